import { ENROLMENT_TOKEN_MAX_BYTES } from './enrolment';
import { at, base64url, fail, literal, record } from './fields';
import { RANDOM_MIN_BYTES } from './rules';

/** POST: the app refuses an enrolment QR before asking the PIN (issue 11, point 2). */
export const ENROLMENT_REFUSALS_PATH = '/device/v1/enrolment-refusals';

/**
 * Why the app refuses the scanned QR. The instruction: « un téléphone portable ne peut être
 * utilisé que pour l'authentification d'un seul utilisateur » (design §5, "one account per
 * device"). `other-account`: the app holds the active account of someone else; `same-account`:
 * this phone already serves the account the QR is for.
 */
export const ENROLMENT_REFUSAL_REASONS = ['other-account', 'same-account'] as const;
export type EnrolmentRefusalReason = (typeof ENROLMENT_REFUSAL_REASONS)[number];

/**
 * App → server, right after the scan, before any PIN. Not signed: like the registration, the
 * enrolment token is the authority — whoever saw the QR may end that enrolment, which the
 * portal's "Cancel" does too, and nothing more (docs/adr/0017).
 */
export interface EnrolmentRefusal {
  readonly type: 'enrolment-refusal';
  readonly enrolmentToken: string;
  readonly reason: EnrolmentRefusalReason;
}

/**
 * Server → app. `refused: true`: the enrolment is over (the QR is spent, the portal page told).
 * `refused: false` only for `other-account` on a server whose policy lets one phone hold several
 * accounts: nothing changed, the app goes on to the PIN.
 */
export interface EnrolmentRefusalResult {
  readonly type: 'enrolment-refusal-result';
  readonly refused: boolean;
}

export function parseEnrolmentRefusal(value: unknown, path = ''): EnrolmentRefusal {
  const obj = record(value, path, ['type', 'enrolmentToken', 'reason']);
  return {
    type: literal(obj.type, at(path, 'type'), ['enrolment-refusal']),
    enrolmentToken: base64url(
      obj.enrolmentToken,
      at(path, 'enrolmentToken'),
      RANDOM_MIN_BYTES,
      ENROLMENT_TOKEN_MAX_BYTES,
    ),
    reason: literal(obj.reason, at(path, 'reason'), ENROLMENT_REFUSAL_REASONS),
  };
}

export function parseEnrolmentRefusalResult(value: unknown, path = ''): EnrolmentRefusalResult {
  const obj = record(value, path, ['type', 'refused']);
  const type = literal(obj.type, at(path, 'type'), ['enrolment-refusal-result']);
  if (typeof obj.refused !== 'boolean') fail(at(path, 'refused'), 'malformed');
  return { type, refused: obj.refused };
}
