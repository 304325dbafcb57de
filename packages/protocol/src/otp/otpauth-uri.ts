import { ProtocolError } from '../errors';
import { toBase32 } from './base32';
import type { OtpAlgorithm } from './hotp';

export interface OtpauthTotp {
  /** Who issues the code, e.g. "Sésame": the app's heading. */
  readonly issuer: string;
  /** Whose code it is, e.g. the e-mail address. */
  readonly account: string;
  readonly secret: Uint8Array;
  readonly algorithm: OtpAlgorithm;
  readonly digits: number;
  readonly period: number;
}

/**
 * The `otpauth://totp/` URI an authenticator app scans (Key Uri Format, google-authenticator
 * wiki): label `issuer:account`, each part percent-encoded (RFC 3986 §2.1, a space is %20, never
 * `+`); the secret in base32 without padding; `issuer` again as a parameter, as the format
 * recommends. Neither part may hold a colon: the format forbids it and apps split on it.
 */
export function otpauthTotpUri(o: OtpauthTotp): string {
  for (const [field, value] of [
    ['issuer', o.issuer],
    ['account', o.account],
  ] as const) {
    if (value === '') throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field, reason: 'required' });
    if (value.includes(':')) throw new ProtocolError('ERR_OTP_INPUT_INVALID', { field, reason: 'not_allowed' });
  }
  const label = `${encodeURIComponent(o.issuer)}:${encodeURIComponent(o.account)}`;
  const params = [
    `secret=${toBase32(o.secret, { padding: false })}`,
    `issuer=${encodeURIComponent(o.issuer)}`,
    `algorithm=${o.algorithm}`,
    `digits=${o.digits}`,
    `period=${o.period}`,
  ];
  return `otpauth://totp/${label}?${params.join('&')}`;
}
