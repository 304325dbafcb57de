import { registerDevice } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { DEVICE_API_BODY_LIMIT, errorResponses, jsonObjectBody } from './route-schemas';

/**
 * POST /device/v1/registrations — annex steps 3–4: the app's signed DeviceRegistration →
 * 201 DeviceRegistrationResult (its device id, secret, the server keys and the PIN
 * confirmation challenge). 400 malformed or badly signed; 404 for a token unknown, used or
 * expired alike (ENROLMENT_INVALID: one answer, so a guess learns nothing).
 */
export function registrationsRoute(api: FastifyInstance, services: Services): void {
  api.post(
    '/device/v1/registrations',
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      // The result is built by protocol's parseDeviceRegistrationResult, nothing else in it.
      schema: { body: jsonObjectBody, response: errorResponses(400, 404, 409) },
    },
    async (request, reply) => {
      const result = await registerDevice(services.devices, request.body, services.clock.now());
      return reply.code(201).send(result);
    },
  );
}
