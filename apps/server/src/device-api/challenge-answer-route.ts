import { answerPushChallenge } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ZodTypeProvider } from '../http/zod-route';
import type { DeviceApiContext } from './context';
import { deviceActor } from './device-actor';
import { DEVICE_API_BODY_LIMIT, deviceMessageBody, errorResponses, verdictResponse } from './schemas';

/**
 * POST /device/v1/challenges/:challengeId/answer — the app's PushAnswer, itself signed with the
 * device key (so no request proof: the answer is the proof) → 200 {"accepted": boolean}; a
 * wrong number or PIN is `false` and counts towards the block (design §5). 400 malformed, badly
 * signed, or naming another challenge than the path; 403 device blocked; 404 unknown or
 * answered; 410 expired.
 */
export function challengeAnswerRoute(api: FastifyInstance, ctx: DeviceApiContext): void {
  api.withTypeProvider<ZodTypeProvider>().post(
    '/device/v1/challenges/:challengeId/answer',
    {
      bodyLimit: DEVICE_API_BODY_LIMIT,
      schema: {
        params: z.object({ challengeId: z.string().max(64) }),
        body: deviceMessageBody,
        response: { 200: verdictResponse, ...errorResponses(400, 403, 404, 410) },
      },
    },
    async (request) => {
      const { challengeId } = request.params;
      const result = await answerPushChallenge(
        ctx.devices,
        challengeId,
        request.body,
        ctx.clock.now(),
        deviceActor(request),
      );
      return { accepted: result.accepted };
    },
  );
}
