import type { FastifyInstance } from 'fastify';
import { useZodSchemas } from '../http/zod-route';
import { activationsRoute } from './activations-route';
import { challengeAnswerRoute } from './challenge-answer-route';
import { challengesRoute } from './challenges-route';
import type { DeviceApiContext } from './context';
import { deviceEventsRoute } from './device-events-route';
import { enrolmentRefusalsRoute } from './enrolment-refusals-route';
import { pendingDeviceSweeper } from './pending-device-sweeper';
import { pinConfirmationsRoute } from './pin-confirmations-route';
import { pushSubscriptionRoute } from './push-subscription-route';
import { registrationsRoute } from './registrations-route';
import { webPushKeyRoute } from './web-push-key-route';

/**
 * The authenticator app's API (authenticator-core api/http-contract.ts), an encapsulated sub-app
 * outside the portal: no cookies, no CSRF, no session — every request is authenticated by what
 * the device signs (its registration, answers, or request proof). JSON in and out, never cached;
 * bodies, parameters and responses declared in zod (http/zod-route.ts, ADR 0026 §2.10). Its
 * failures go through the app's one error handler, which renders this surface's JSON
 * (device-api-errors.ts; ADR 0026 §2.7).
 */
export async function registerDeviceApi(app: FastifyInstance, ctx: DeviceApiContext): Promise<void> {
  await app.register(async (api) => {
    useZodSchemas(api, 'DEVICE_MESSAGE_INVALID');
    api.addHook('onSend', async (_request, reply) => {
      // Secrets (the device secret at registration) and live challenges: never in a cache.
      reply.header('cache-control', 'no-store');
    });
    registrationsRoute(api, ctx);
    enrolmentRefusalsRoute(api, ctx);
    pinConfirmationsRoute(api, ctx);
    activationsRoute(api, ctx);
    challengesRoute(api, ctx);
    challengeAnswerRoute(api, ctx);
    webPushKeyRoute(api, ctx);
    deviceEventsRoute(api, ctx);
    pushSubscriptionRoute(api, ctx);
    pendingDeviceSweeper(api, ctx);
  });
}
