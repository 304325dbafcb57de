import { pendingChallenges, SesameError, verifyDeviceRequestProof } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { parseDeviceAuthorization } from './device-authorization';
import { errorResponses } from './route-schemas';

const PATH = '/device/v1/challenges';

/**
 * GET /device/v1/challenges — the app fetches its pending push challenges, authenticated by its
 * signed request proof (`Authorization: SesameDevice …`, NIST SP 800-63B rev 3 §5.1.3.1) →
 * 200 {"challenges": PushChallenge[]}. 401 for a missing, stale or bad proof or an unknown
 * device; 403 for a blocked one.
 */
export function challengesRoute(api: FastifyInstance, services: Services): void {
  api.get(
    PATH,
    {
      schema: {
        response: {
          200: {
            type: 'object',
            required: ['challenges'],
            additionalProperties: false,
            // Each challenge is built by protocol's parsePushChallenge, which admits no other field.
            properties: { challenges: { type: 'array', items: { type: 'object', additionalProperties: true } } },
          },
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      const proof = parseDeviceAuthorization(request.headers.authorization);
      if (proof === null) throw new SesameError('DEVICE_UNAUTHENTICATED');
      const now = services.clock.now();
      // The signed path is the route's, without a query string: the app signs exactly this.
      const device = await verifyDeviceRequestProof(services.devices, { method: 'GET', path: PATH }, proof, now);
      return { challenges: await pendingChallenges(services.devices, device.id, now) };
    },
  );
}
