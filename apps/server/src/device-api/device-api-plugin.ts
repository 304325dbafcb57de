import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { activationsRoute } from './activations-route';
import { challengeAnswerRoute } from './challenge-answer-route';
import { challengesRoute } from './challenges-route';
import { deviceApiErrorHandler } from './device-api-errors';
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
 * the device signs (its registration, answers, or request proof). JSON in and out, never cached.
 */
export async function registerDeviceApi(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(async (api) => {
    api.setErrorHandler(deviceApiErrorHandler(services));
    api.addHook('onSend', async (_request, reply) => {
      // Secrets (the device secret at registration) and live challenges: never in a cache.
      reply.header('cache-control', 'no-store');
    });
    registrationsRoute(api, services);
    enrolmentRefusalsRoute(api, services);
    pinConfirmationsRoute(api, services);
    activationsRoute(api, services);
    challengesRoute(api, services);
    challengeAnswerRoute(api, services);
    webPushKeyRoute(api, services);
    deviceEventsRoute(api, services);
    pushSubscriptionRoute(api, services);
    pendingDeviceSweeper(api, services);
  });
}
