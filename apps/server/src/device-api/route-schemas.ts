/**
 * Route schemas shared by the device API routes. Bodies are only checked to be JSON objects
 * here: the protocol parsers in core check every field and name the bad one. Responses are
 * serialised through their schema, so nothing but the contract's fields leaves.
 */
export const jsonObjectBody = { type: 'object' } as const;

export const verdictResponse = {
  type: 'object',
  required: ['accepted'],
  additionalProperties: false,
  properties: { accepted: { type: 'boolean' } },
} as const;

/**
 * PinConfirmationResult (protocol device/device-activation.ts): `activation` with a right PIN,
 * `triesLeft` with a wrong one. The handler builds one or the other; the schema lets nothing else out.
 */
export const pinConfirmationResponse = {
  type: 'object',
  required: ['accepted'],
  additionalProperties: false,
  properties: {
    accepted: { type: 'boolean' },
    triesLeft: { type: 'integer' },
    activation: {
      type: 'object',
      required: ['type', 'deviceId', 'nonce', 'issuedAt', 'expiresAt'],
      additionalProperties: false,
      properties: {
        type: { type: 'string' },
        deviceId: { type: 'string' },
        nonce: { type: 'string' },
        issuedAt: { type: 'integer' },
        expiresAt: { type: 'integer' },
      },
    },
  },
} as const;

/** EnrolmentRefusalResult (protocol device/enrolment-refusal.ts). */
export const enrolmentRefusalResponse = {
  type: 'object',
  required: ['type', 'refused'],
  additionalProperties: false,
  properties: { type: { type: 'string' }, refused: { type: 'boolean' } },
} as const;

export const errorResponse = {
  type: 'object',
  required: ['error'],
  additionalProperties: false,
  properties: { error: { type: 'string' }, field: { type: 'string' }, reason: { type: 'string' } },
} as const;

/** Statuses of http-contract.ts refusals, and the server's own failures, all with the error body. */
export function errorResponses(...statuses: number[]) {
  return Object.fromEntries([...statuses, 413, 415, 500, 503].map((status) => [status, errorResponse]));
}

/** Small bodies only: the largest message, a registration with a push subscription, is ~2 KiB. */
export const DEVICE_API_BODY_LIMIT = 16 * 1024;
