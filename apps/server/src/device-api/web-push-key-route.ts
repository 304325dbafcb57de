import { SesameError } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { errorResponses } from './route-schemas';

/**
 * GET /device/v1/web-push-key — the VAPID public key the app subscribes with (the Push API's
 * applicationServerKey, RFC 8292 §3.2), base64url of the uncompressed P-256 point →
 * 200 {"publicKey": "…"}; 404 when Web Push is off (the app then relies on its event stream and
 * polling). Public: it only lets a push service tell this server's requests from others'.
 */
export function webPushKeyRoute(api: FastifyInstance, services: Services): void {
  api.get(
    '/device/v1/web-push-key',
    {
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['publicKey'],
            additionalProperties: false,
            properties: { publicKey: { type: 'string' } },
          },
          ...errorResponses(404),
        },
      },
    },
    async () => {
      const publicKey = services.push.publicKey;
      if (publicKey === null) throw new SesameError('NOT_FOUND');
      return { publicKey };
    },
  );
}
