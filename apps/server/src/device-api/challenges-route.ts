import { pendingChallenges, SesameError, verifyDeviceRequestProof } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DeviceApiContext } from './context';
import { parseDeviceAuthorization } from './device-authorization';
import { errorResponses } from './schemas';

const PATH = '/device/v1/challenges';

/**
 * GET /device/v1/challenges — the app fetches its pending push challenges, authenticated by its
 * signed request proof (`Authorization: SesameDevice …`, NIST SP 800-63B rev 3 §5.1.3.1) →
 * 200 {"challenges": PushChallenge[]}. 401 for a missing, stale or bad proof or an unknown
 * device; 403 for a blocked one.
 */
export function challengesRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.get(
    PATH,
    {
      schema: {
        response: {
          // Each challenge is built by protocol's parsePushChallenge, which admits no other field.
          200: z.object({ challenges: z.array(z.looseObject({})) }),
          ...errorResponses(401, 403),
        },
      },
    },
    async (request) => {
      const proof = parseDeviceAuthorization(request.headers.authorization);
      if (proof === null) throw new SesameError('DEVICE_UNAUTHENTICATED');
      const now = ctx.clock.now();
      // The signed path is the route's, without a query string: the app signs exactly this.
      const device = await verifyDeviceRequestProof(ctx.devices, { method: 'GET', path: PATH }, proof, now);
      return { challenges: await pendingChallenges(ctx.devices, device.id, now) };
    },
  );
}
