/**
 * Typed domain errors with stable codes. The server maps each code to an HTTP status and a
 * message in the user's language in one place (apps/server/src/http/error-map.ts); anything
 * that is not a SesameError is an unexpected fault and becomes a generic 500.
 */
export type ErrorCode =
  /** A form field is missing, too long or malformed; `field` and `reason` say which and why. */
  | 'INVALID_INPUT'
  /** Wrong e-mail/password pair; never says which of the two, nor whether the account exists. */
  | 'INVALID_CREDENTIALS'
  /** Too many failures on one account: locked for a while (EU Login: 15 minutes). */
  | 'ACCOUNT_LOCKED'
  /** Too many requests from one network address. */
  | 'TOO_MANY_REQUESTS'
  /** An e-mail link that is unknown, expired or already used: the three look the same. */
  | 'LINK_INVALID'
  /** A new e-mail address already belongs to an account (only shown to the signed-in owner). */
  | 'EMAIL_UNAVAILABLE'
  /** An external id (HR system, CSV import, SCIM `externalId`) already belongs to another account (docs/adr/0035). */
  | 'EXTERNAL_ID_UNAVAILABLE'
  /** The right password for an account a manager deactivated (docs/adr/0035): said only after the password. */
  | 'ACCOUNT_DEACTIVATED'
  /** The CSRF token is missing or wrong. */
  | 'CSRF_INVALID'
  /** The page needs a signed-in session. */
  | 'SIGN_IN_REQUIRED'
  /** A store (database, Redis) does not answer: fail closed, no sign-in. */
  | 'STORE_UNAVAILABLE'
  | 'NOT_FOUND'
  | 'SECOND_FACTOR_REQUIRED'
  /** A device API message is malformed, or its ES256 signature does not verify (design §5). */
  | 'DEVICE_MESSAGE_INVALID'
  /** An enrolment token that is unknown, expired or already used: the three look the same. */
  | 'ENROLMENT_INVALID'
  /** "One account per device" (design §5): this app installation is already bound to another account. */
  | 'DEVICE_ALREADY_ENROLLED'
  /** A device request without a valid proof, or from an unknown or inactive device. */
  | 'DEVICE_UNAUTHENTICATED'
  /** The device is blocked after 5 wrong answers in a row (design §5); it must be deleted and enrolled again. */
  | 'DEVICE_BLOCKED'
  /** A push or PIN-confirmation challenge that is unknown, already answered, cancelled, or not this device's. */
  | 'DEVICE_CHALLENGE_INVALID'
  /** A push or PIN-confirmation challenge answered after its expiry. */
  | 'DEVICE_CHALLENGE_EXPIRED'
  /** Too many push challenges for one account in a short time (push bombing, NIST SP 800-63B rev 4 §3.1.3.2). */
  | 'PUSH_LIMIT_REACHED'
  /** The account has no active mobile device to send a push challenge to. */
  | 'NO_ACTIVE_DEVICE'
  /** A stored device secret does not decrypt (unknown key id, or tampered): a server fault, not the user's. */
  | 'DEVICE_SECRET_UNREADABLE'
  /** The SMS gateway did not take the message (no answer, 5xx after the retries, or a refusal): nothing was sent. */
  | 'SMS_UNAVAILABLE'
  /** SMS is past its sunset date, or the asking application refuses it (issue 13 point 4). */
  | 'SMS_RETIRED'
  /** A number outside `sms.allowedCountryCodes` (docs/adr/0059): nothing is texted; `callingCodes` lists those accepted. */
  | 'SMS_COUNTRY_NOT_ACCEPTED'
  /**
   * A cap on texts is reached (docs/adr/0059): the number's or the account's for the day, or the
   * deployment's for the hour. Nothing is texted; the user is pointed to another method.
   */
  | 'SMS_LIMIT_REACHED'
  /** An administrative action that authorise() refused (issue 14, docs/adr/0033); `refusal` says why. */
  | 'FORBIDDEN'
  /** An eID provider (docs/adr/0042) that does not answer (discovery, token endpoint, keys): try later. */
  | 'EID_UNAVAILABLE'
  /** An eID answer refused by its checks (state, iss, nonce, signature, PKCE; another browser's). */
  | 'EID_REFUSED'
  /** A verified eID that no account has linked (docs/adr/0042 §3): sign in, then link it. */
  | 'EID_NOT_LINKED'
  /** SEC-42: the eID's `acr` is missing or not in the provider's level mapping: no level, no use. */
  | 'EID_LEVEL_UNKNOWN'
  /** The eID is already linked to an account (this one or another). */
  | 'EID_ALREADY_LINKED'
  /**
   * An unlinked eID whose e-mail is missing or not verified (`email_verified` not true): no
   * account is made from it and none is reconciled with it (docs/adr/0047).
   */
  | 'EID_EMAIL_UNVERIFIED'
  /** A reconciliation confirmed while signed in to another account than the eID's e-mail names (docs/adr/0047). */
  | 'EID_OTHER_ACCOUNT'
  /**
   * The eID proved at the level page's step-up is not the one linked to the signed-in account
   * (linked to another, or to none): it upgrades nothing (docs/adr/0053 §2).
   */
  | 'EID_NOT_THIS_ACCOUNT';

export type InputReason =
  | 'required'
  | 'too_long'
  | 'malformed'
  | 'mismatch'
  | 'too_short'
  | 'common'
  | 'contextual'
  | 'not_accepted'
  /** Not one of the values offered (a role, an organisation kind; docs/adr/0038). */
  | 'unknown'
  /** Already used by another (an organisation id). */
  | 'taken'
  /** The organisation tree's rules (docs/adr/0033 §1): deeper than the cap, or under itself. */
  | 'too_deep'
  | 'cycle';

export class SesameError extends Error {
  override readonly name = 'SesameError';
  constructor(
    readonly code: ErrorCode,
    readonly details: {
      field?: string;
      reason?: InputReason;
      /** Every invalid field of a form, when more than one was checked (the first is also in field/reason). */
      issues?: Array<{ field: string; reason: InputReason }>;
      retryAfterSeconds?: number;
      /** ACCOUNT_LOCKED: no wait lifts this lock, only a password reset or the helpdesk (docs/adr/0063). */
      untilReset?: boolean;
      /** DEVICE_BLOCKED: the end of the block, ISO-8601 (shown to the user). */
      until?: string;
      /** FORBIDDEN: no_role, out_of_scope, own_account or outranked (organisations/authorise.ts). */
      refusal?: string;
      /** FORBIDDEN: the action refused and the target as the caller named it (audited, docs/adr/0041 §1; never shown). */
      action?: string;
      target?: string;
      /** SMS_COUNTRY_NOT_ACCEPTED: the E.164 calling codes texted (shown to the user as countries). */
      callingCodes?: readonly string[];
    } = {},
    options?: { cause?: unknown },
  ) {
    super(details.field ? `${code}: ${details.field} ${details.reason ?? ''}`.trim() : code, options);
  }
}

export function invalidInput(field: string, reason: InputReason): SesameError {
  return new SesameError('INVALID_INPUT', { field, reason });
}

/**
 * Runs each field's check and throws one INVALID_INPUT listing every invalid field, so a form
 * shows all its problems at once (WCAG 3.3.1) instead of one per submission.
 */
export function collectInputIssues<T extends Record<string, () => unknown>>(
  checks: T,
): { [K in keyof T]: ReturnType<T[K]> } {
  const values: Record<string, unknown> = {};
  const issues: Array<{ field: string; reason: InputReason }> = [];
  for (const [name, check] of Object.entries(checks)) {
    try {
      values[name] = check();
    } catch (error) {
      if (!(error instanceof SesameError) || error.code !== 'INVALID_INPUT' || !error.details.field) throw error;
      issues.push({ field: error.details.field, reason: error.details.reason ?? 'malformed' });
    }
  }
  const [first] = issues;
  if (first) throw new SesameError('INVALID_INPUT', { ...first, issues });
  return values as { [K in keyof T]: ReturnType<T[K]> };
}

export function isSesameError(error: unknown, code?: ErrorCode): error is SesameError {
  return error instanceof SesameError && (code === undefined || error.code === code);
}
