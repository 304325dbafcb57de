import { registerDevice } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { DeviceApiContext } from './context';
import { DEVICE_API_BODY_LIMIT, deviceMessageBody, errorResponses } from './schemas';

/**
 * POST /device/v1/registrations — annex steps 3–4: the app's signed DeviceRegistration →
 * 201 DeviceRegistrationResult (its device id, secret, the server keys and the PIN
 * confirmation challenge). 400 malformed or badly signed; 404 for a token unknown, used or
 * expired alike (ENROLMENT_INVALID: one answer, so a guess learns nothing).
 */
export function registrationsRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.post(
    '/device/v1/registrations',
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      // The result is built by protocol's parseDeviceRegistrationResult, nothing else in it.
      schema: { body: deviceMessageBody, response: errorResponses(400, 404, 409) },
    },
    async (request, reply) => {
      const result = await registerDevice(ctx.devices, request.body, ctx.clock.now());
      return reply.code(201).send(result);
    },
  );
}
