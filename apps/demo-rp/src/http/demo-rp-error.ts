import type { Messages } from '../i18n/en';

/** Errors the demo app raises on purpose: a stable code, the HTTP status, and the message's parameters. */
export type DemoRpErrorCode = Exclude<keyof Messages['errors'], 'title' | 'backHome'>;

export const ERROR_STATUS: Record<DemoRpErrorCode, number> = {
  CAS_REFUSED: 401,
  LEVEL_TOO_LOW: 403,
  STRENGTH_NOT_ACCEPTED: 403,
  OIDC_REFUSED: 401,
  OIDC_FAILED: 401,
  SIGN_IN_EXPIRED: 400,
  SESAME_UNREACHABLE: 502,
  BAD_REQUEST: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INTERNAL: 500,
};

export class DemoRpError extends Error {
  override readonly name = 'DemoRpError';
  constructor(
    readonly code: DemoRpErrorCode,
    readonly params: Record<string, string> = {},
    options?: { cause?: unknown },
  ) {
    super(code, options);
  }
}

export function isDemoRpError(error: unknown): error is DemoRpError {
  return error instanceof DemoRpError;
}
