import { activateDevice } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { DeviceApiContext } from './context';
import { deviceActor } from './device-actor';
import { DEVICE_API_BODY_LIMIT, deviceMessageBody, errorResponses, verdictResponse } from './schemas';

/**
 * POST /device/v1/activations — annex step 10, the user accepts the device in the app: the
 * DeviceActivation, signed with the device key over the nonce of the PIN confirmation's answer
 * (so no request proof: the activation is the proof) → 200 {"accepted": true}; the device is
 * then active, the account mailed and the portal page told. 400 malformed or badly signed; 404
 * no acceptance awaited (unknown device, PIN not confirmed yet, or already accepted); 410
 * expired (the enrolment is cancelled: add the device again).
 */
export function activationsRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.post(
    '/device/v1/activations',
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      schema: { body: deviceMessageBody, response: { 200: verdictResponse, ...errorResponses(400, 404, 410) } },
    },
    async (request) => {
      return activateDevice(ctx.devices, request.body, ctx.clock.now(), deviceActor(request));
    },
  );
}
