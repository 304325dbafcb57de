import { refuseEnrolment } from '@sesame/core';
import { ENROLMENT_REFUSALS_PATH } from '@sesame/protocol';
import type { FastifyInstance } from 'fastify';
import type { DeviceApiContext } from './context';
import { DEVICE_API_BODY_LIMIT, deviceMessageBody, enrolmentRefusalResponse, errorResponses } from './schemas';

/**
 * POST /device/v1/enrolment-refusals — issue 11, point 2: the app scanned an enrolment QR while
 * it holds an active account (one phone, one person) and refuses it before asking the PIN →
 * 200 EnrolmentRefusalResult. `refused: true`: the enrolment is over, the QR spent and the
 * portal page told (core refuseEnrolment). Authenticated by the QR's token, like the
 * registration: 400 malformed; 404 for a token unknown, used or expired alike. A repeat of a
 * refusal answers 200 again (idempotent).
 */
export function enrolmentRefusalsRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.post(
    ENROLMENT_REFUSALS_PATH,
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      schema: { body: deviceMessageBody, response: { 200: enrolmentRefusalResponse, ...errorResponses(400, 404) } },
    },
    async (request) => refuseEnrolment(ctx.devices, request.body, ctx.clock.now()),
  );
}
