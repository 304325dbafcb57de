import { confirmPin } from '@sesame/core';
import type { PinConfirmationResult } from '@sesame/protocol';
import type { FastifyInstance } from 'fastify';
import type { DeviceApiContext } from './context';
import { DEVICE_API_BODY_LIMIT, deviceMessageBody, errorResponses, pinConfirmationResponse } from './schemas';

/**
 * POST /device/v1/pin-confirmations — annex step 4: the PinConfirmationAnswer → 200
 * PinConfirmationResult. A right PIN is `{"accepted": true, "activation": …}`: the device stays
 * pending until the app accepts it (POST /device/v1/activations, annex step 10), and the app is
 * told by its event stream and Web Push (push/notify-activation.ts). A wrong PIN is
 * `{"accepted": false, "triesLeft": n}` (0: that was the last try, the enrolment is cancelled).
 * 400 malformed or badly signed; 404 no device awaits confirmation; 410 expired.
 */
export function pinConfirmationsRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.post(
    '/device/v1/pin-confirmations',
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      schema: { body: deviceMessageBody, response: { 200: pinConfirmationResponse, ...errorResponses(400, 404, 410) } },
    },
    async (request): Promise<PinConfirmationResult> => {
      const verdict = await confirmPin(ctx.devices, request.body, ctx.clock.now());
      if (!verdict.accepted) return { accepted: false, triesLeft: verdict.triesLeft };
      // Not awaited: a slow push service must not hold the app's answer; notifyActivation never rejects.
      void ctx.notifyActivation(verdict.activation, verdict.pushSubscription);
      return { accepted: true, activation: verdict.activation };
    },
  );
}
