import type { DeviceActor } from '@sesame/core';
import type { FastifyRequest } from 'fastify';

/** Who acted, for the audit log (the portal's request meta is not built outside the portal). */
export function deviceActor(request: FastifyRequest): DeviceActor {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null };
}
