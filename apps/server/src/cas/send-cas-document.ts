import type { CasFormat } from '@sesame/core';
import type { FastifyReply } from 'fastify';

const CONTENT_TYPES = {
  XML: 'application/xml; charset=utf-8',
  JSON: 'application/json; charset=utf-8',
  TEXT: 'text/plain; charset=utf-8',
} as const;

/**
 * Answers an application with a CAS document. Protocol failures are documents too, with 200, as
 * CAS clients expect (CAS 3.0 §2.5.2); tickets must never be cached on the way.
 */
export function sendCasDocument(reply: FastifyReply, format: CasFormat | 'TEXT', body: string, status = 200) {
  return reply
    .status(status)
    .header('content-type', CONTENT_TYPES[format])
    .header('cache-control', 'no-store')
    .send(body);
}
