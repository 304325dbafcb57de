import { isSesameError } from '@sesame/core';
import { faultReason } from '@sesame/storage';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { expected, STATUS } from '../http/error-map';
import { asDeviceApiContext, type DeviceApiContextSource } from './context-from-services';
import type { DeviceApiError } from './schemas';

export type { DeviceApiError };

/**
 * Errors of the device API become JSON with the statuses of authenticator-core's
 * api/http-contract.ts (through STATUS, the one map of codes to statuses). A request Fastify
 * could not read (malformed JSON, wrong content type, too large) keeps its 4xx as
 * DEVICE_MESSAGE_INVALID; a body or parameter its zod schema refuses is one already
 * (http/zod-route.ts), with the field. Anything else is logged with its cause and answered 500 — or 503 when
 * a store does not answer: fail closed, nothing was registered or approved.
 */
export function deviceApiErrorHandler(source: DeviceApiContextSource) {
  const { probe } = asDeviceApiContext(source);
  return async (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    let status: number;
    let body: DeviceApiError;
    if (expected(error)) {
      status = STATUS[error.code];
      body = { error: error.code };
      if (error.code === 'DEVICE_MESSAGE_INVALID' || error.code === 'INVALID_INPUT') {
        if (error.details.field) body.field = error.details.field;
        if (error.details.reason) body.reason = error.details.reason;
      }
    } else if (!isSesameError(error) && typeof error.statusCode === 'number' && error.statusCode < 500) {
      status = error.statusCode;
      body = { error: 'DEVICE_MESSAGE_INVALID', field: '$', reason: 'malformed' };
    } else if ((isSesameError(error) && error.code === 'STORE_UNAVAILABLE') || !(await probe())) {
      // Issue 10 finding 5: the outage is logged once by the store-health tracker, not per request.
      request.log.debug({ reason: faultReason(error) }, 'device API: store unavailable');
      status = STATUS.STORE_UNAVAILABLE;
      body = { error: 'STORE_UNAVAILABLE' };
      void reply.header('retry-after', '60');
    } else {
      request.log.error({ err: error }, 'device API: unexpected error');
      status = 500;
      body = { error: 'INTERNAL' };
    }
    return reply.code(status).header('cache-control', 'no-store').type('application/json').send(body);
  };
}
