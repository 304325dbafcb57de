import { z } from 'zod';

/**
 * Zod schemas shared by the device API routes (http/zod-route.ts compiles them). Bodies are
 * only checked to be JSON objects here: the protocol parsers in core check every field and name
 * the bad one (they are the wire spec, zero-dependency, ADR 0026 §2.10). Responses are
 * serialised through their schema, so nothing but the contract's fields leaves.
 */
export const deviceMessageBody = z.looseObject({});

export const verdictResponse = z.object({ accepted: z.boolean() });

/**
 * PinConfirmationResult (protocol device/device-activation.ts): `activation` with a right PIN,
 * `triesLeft` with a wrong one. The handler builds one or the other; the schema lets nothing else out.
 */
export const pinConfirmationResponse = z.object({
  accepted: z.boolean(),
  triesLeft: z.int().optional(),
  activation: z
    .object({
      type: z.string(),
      deviceId: z.string(),
      nonce: z.string(),
      issuedAt: z.int(),
      expiresAt: z.int(),
    })
    .optional(),
});

/** EnrolmentRefusalResult (protocol device/enrolment-refusal.ts). */
export const enrolmentRefusalResponse = z.object({ type: z.string(), refused: z.boolean() });

/** The device API's error body: the stable code, and for a refused message the field and why. */
export const errorResponse = z.object({
  error: z.string(),
  field: z.string().optional(),
  reason: z.string().optional(),
});
export type DeviceApiError = z.infer<typeof errorResponse>;

/** Statuses of http-contract.ts refusals, and the server's own failures, all with the error body. */
export function errorResponses(...statuses: number[]): Record<number, typeof errorResponse> {
  return Object.fromEntries([...statuses, 413, 415, 500, 503].map((status) => [status, errorResponse]));
}

/** Small bodies only: the largest message, a registration with a push subscription, is ~2 KiB. */
export const DEVICE_API_BODY_LIMIT = 16 * 1024;
