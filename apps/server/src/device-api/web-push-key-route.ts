import { SesameError } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DeviceApiContext } from './context';
import { errorResponses } from './schemas';

/**
 * GET /device/v1/web-push-key — the VAPID public key the app subscribes with (the Push API's
 * applicationServerKey, RFC 8292 §3.2), base64url of the uncompressed P-256 point →
 * 200 {"publicKey": "…"}; 404 when Web Push is off (the app then relies on its event stream and
 * polling). Public: it only lets a push service tell this server's requests from others'.
 */
export function webPushKeyRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.get(
    '/device/v1/web-push-key',
    {
      schema: {
        response: {
          200: z.object({ publicKey: z.string() }),
          ...errorResponses(404),
        },
      },
    },
    async () => {
      const publicKey = ctx.vapidPublicKey;
      if (publicKey === null) throw new SesameError('NOT_FOUND');
      return { publicKey };
    },
  );
}
