import { isSesameError, SesameError, type ErrorCode } from '@sesame/core';
import type { Messages } from '../i18n/en';
import { format } from '../i18n/format-message';
import type { FormErrors } from '../views/view-context';
import { dateTimeFormat } from '../i18n/date-time-format';
import { callingCodeCountries } from '../i18n/calling-codes';

/** The one place where a domain error code becomes an HTTP status. */
export const STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 429,
  TOO_MANY_REQUESTS: 429,
  LINK_INVALID: 400,
  EMAIL_UNAVAILABLE: 409,
  EXTERNAL_ID_UNAVAILABLE: 409,
  // The right password of an account a manager deactivated (docs/adr/0035).
  ACCOUNT_DEACTIVATED: 403,
  CSRF_INVALID: 403,
  SIGN_IN_REQUIRED: 401,
  STORE_UNAVAILABLE: 503,
  NOT_FOUND: 404,
  DEVICE_MESSAGE_INVALID: 400,
  ENROLMENT_INVALID: 404,
  DEVICE_ALREADY_ENROLLED: 409,
  DEVICE_UNAUTHENTICATED: 401,
  DEVICE_BLOCKED: 403,
  SECOND_FACTOR_REQUIRED: 403,
  DEVICE_CHALLENGE_INVALID: 404,
  DEVICE_CHALLENGE_EXPIRED: 410,
  PUSH_LIMIT_REACHED: 429,
  NO_ACTIVE_DEVICE: 409,
  DEVICE_SECRET_UNREADABLE: 500,
  // The gateway, not the user: try again later (issue 13 point 4).
  SMS_UNAVAILABLE: 503,
  SMS_RETIRED: 403,
  // Toll fraud (docs/adr/0059): a number outside the accepted countries is the request's fault;
  // a cap reached asks the client to wait (or to use another method) — never a 500, nothing sent.
  SMS_COUNTRY_NOT_ACCEPTED: 400,
  SMS_LIMIT_REACHED: 429,
  FORBIDDEN: 403,
  // eID by federation (docs/adr/0042): the provider, not the user — try later.
  EID_UNAVAILABLE: 503,
  EID_REFUSED: 401,
  EID_NOT_LINKED: 403,
  // SEC-42: an answer without a level Sésame knows is refused, never given one.
  EID_LEVEL_UNKNOWN: 403,
  EID_ALREADY_LINKED: 409,
  // docs/adr/0047: no account made, none reconciled, from an e-mail the provider did not verify.
  EID_EMAIL_UNVERIFIED: 403,
  EID_OTHER_ACCOUNT: 403,
  // docs/adr/0053: the level page's eID step-up, with an eID that is not this account's.
  EID_NOT_THIS_ACCOUNT: 403,
};

export interface MessageOptions {
  passwordMinLength: number;
}

/** The message for a user, in their language, saying what happened and what to do next. */
export function errorMessage(m: Messages, error: SesameError, options: MessageOptions): string {
  const minutes = Math.ceil((error.details.retryAfterSeconds ?? 0) / 60);
  if (error.code === 'INVALID_INPUT') {
    const field = error.details.field ?? '';
    const fieldName = (m.fieldNames as Record<string, string>)[field] ?? field;
    if (error.details.reason === 'mismatch' && field === 'currentPassword') return m.errors.currentPasswordWrong;
    if (error.details.reason === 'required' && field in m.errors.confirmRequired) {
      return m.errors.confirmRequired[field as keyof Messages['errors']['confirmRequired']];
    }
    if (error.details.reason === 'mismatch' && field === 'newEmail') return m.errors.sameEmail;
    // The device form's rules (4 digits, no spaces) need their own words, not the password's.
    const reasons = m.devices.fieldReasons as Record<string, Partial<Record<string, string>>>;
    const specific = reasons[field]?.[error.details.reason ?? 'malformed'];
    if (specific) return specific;
    return format(
      m.reasons[error.details.reason ?? 'malformed'],
      { field: fieldName, min: options.passwordMinLength },
      m.blocking.timeLocale,
    );
  }
  // No wait lifts it: the message says what does (docs/adr/0063).
  if (error.code === 'ACCOUNT_LOCKED' && error.details.untilReset === true) return m.errors.accountLockedUntilReset;
  const codes = error.details.callingCodes;
  return format(
    m.errors[error.code],
    {
      minutes,
      time: blockEnd(m, error.details.until),
      // SMS_COUNTRY_NOT_ACCEPTED: the accepted countries, in the reader's language (docs/adr/0059).
      ...(codes ? { countries: callingCodeCountries(codes, m.blocking.timeLocale) } : {}),
    },
    m.blocking.timeLocale,
  );
}

/** DEVICE_BLOCKED's {time}: the end of the block, in the user's language (issue 10). */
export function blockEnd(m: Messages, until: string | Date | null | undefined): string {
  if (!until) return m.blocking.later;
  const date = new Date(until);
  const sameDay = Math.abs(date.getTime() - Date.now()) < 12 * 3_600_000;
  return dateTimeFormat(
    m.blocking.timeLocale,
    sameDay
      ? { timeStyle: 'short' }
      : {
          dateStyle: 'medium',
          timeStyle: 'short',
        },
  ).format(date);
}

/** A form's errors for an expected failure: each invalid field's message stays by its field. */
export function formErrors(m: Messages, error: SesameError, options: MessageOptions): FormErrors {
  if (error.code === 'INVALID_INPUT' && error.details.field) {
    const issues = error.details.issues ?? [
      { field: error.details.field, reason: error.details.reason ?? 'malformed' },
    ];
    const fields: Record<string, string> = {};
    for (const issue of issues) {
      fields[issue.field] = errorMessage(m, new SesameError('INVALID_INPUT', issue), options);
    }
    return { fields };
  }
  return { fields: {}, general: errorMessage(m, error, options) };
}

export function expected(error: unknown): error is SesameError {
  return isSesameError(error) && error.code !== 'STORE_UNAVAILABLE' && error.code !== 'DEVICE_SECRET_UNREADABLE';
}
