import { confirmPin } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { deviceActor } from './device-actor';
import { DEVICE_API_BODY_LIMIT, errorResponses, jsonObjectBody, verdictResponse } from './route-schemas';

/**
 * POST /device/v1/pin-confirmations — annex step 4: the PinConfirmationAnswer → 200
 * {"accepted": boolean}; a wrong PIN is `false` (the last allowed one cancels the enrolment).
 * 400 malformed or badly signed; 404 no device awaits confirmation; 410 expired.
 */
export function pinConfirmationsRoute(api: FastifyInstance, services: Services): void {
  api.post(
    '/device/v1/pin-confirmations',
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      schema: { body: jsonObjectBody, response: { 200: verdictResponse, ...errorResponses(400, 404, 410) } },
    },
    async (request) => {
      const verdict = await confirmPin(services.devices, request.body, services.clock.now(), deviceActor(request));
      return { accepted: verdict.accepted };
    },
  );
}
