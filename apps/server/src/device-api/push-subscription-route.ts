import { SesameError, updatePushSubscription } from '@sesame/core';
import { PUSH_SUBSCRIPTION_PATH } from '@sesame/protocol';
import type { FastifyInstance } from 'fastify';
import type { DeviceApiContext } from './context';
import { parseDeviceAuthorization } from './device-authorization';
import { DEVICE_API_BODY_LIMIT, deviceMessageBody, errorResponses } from './schemas';

/**
 * PUT /device/v1/push-subscription — the app gives its Web Push subscription after enrolment
 * (issue 10, finding 6: enrolled where the push service was out of reach, it subscribes later):
 * `{"pushSubscription": PushSubscriptionJson}` with the signed request proof, whose path names
 * the body's SHA-256 (core push-subscription.ts) → 204. 400 malformed; 401 for a missing, stale
 * or bad proof or an unknown device; 403 for a blocked one.
 */
export function pushSubscriptionRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.put(
    PUSH_SUBSCRIPTION_PATH,
    { bodyLimit: DEVICE_API_BODY_LIMIT, schema: { body: deviceMessageBody, response: errorResponses(400, 401, 403) } },
    async (request, reply) => {
      const proof = parseDeviceAuthorization(request.headers.authorization);
      if (proof === null) throw new SesameError('DEVICE_UNAUTHENTICATED');
      await updatePushSubscription(ctx.devices, proof, request.body, ctx.clock.now());
      return reply.code(204).send();
    },
  );
}
