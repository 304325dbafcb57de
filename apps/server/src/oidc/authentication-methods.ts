import { levelOf, type Level, type Strength } from '@sesame/protocol';

/**
 * What an ID token says about how the user authenticated (OIDC Core §2): `acr` is the level the
 * session reached (our levels are the `acr_values_supported`), `amr` the methods, with the values
 * of RFC 8176 §2:
 *   pwd  password · otp  one-time password · pin  a PIN that unlocks a key on the device ·
 *   swk  proof of possession of a software-secured key · hwk  … of a hardware-secured key ·
 *   sc   smart card · sms  a code sent by SMS · user  a user presence or verification test ·
 *   mfa  multiple factors were used.
 */
type AmrValue = 'pwd' | 'otp' | 'pin' | 'swk' | 'hwk' | 'sc' | 'sms' | 'user' | 'mfa';

/** Every strength of design §3, so that a new method cannot ship without its amr. */
export const AMR_BY_STRENGTH: Record<Strength, readonly AmrValue[]> = {
  PASSWORD: ['pwd'],
  // The Sésame app answers a push with its device key, unlocked by the user's PIN (design §5).
  PASSWORD_MOBILE_APP: ['pwd', 'swk', 'pin', 'mfa'],
  // The app shows an OCRA code computed offline from the PIN-protected secret (RFC 6287).
  PASSWORD_SOFTWARE_TOKEN: ['pwd', 'otp', 'pin', 'mfa'],
  // On the phone itself: the device key and the PIN, no password (two factors nonetheless).
  MOBILE_APP: ['swk', 'pin', 'mfa'],
  // A security key or platform authenticator: the key never leaves its hardware.
  PASSWORD_WEBAUTHN: ['pwd', 'hwk', 'mfa'],
  // The same at HIGH (docs/adr/0029 §6): an attested, certified key that verified its user.
  PASSWORD_WEBAUTHN_HIGH: ['pwd', 'hwk', 'mfa'],
  // A passkey without the password (docs/adr/0029 §5): the key, and the user verified by it.
  WEBAUTHN_PASSKEY: ['hwk', 'user', 'mfa'],
  // eID by federation: the eID scheme authenticated the user; eIDAS substantial and high
  // require two factors (CIR (EU) 2015/1502 §2.2.1), the methods themselves are not told to us.
  // A Sésame extension (docs/adr/0028): the password and a saved lookup secret.
  PASSWORD_RECOVERY_CODE: ['pwd', 'otp', 'mfa'],
  EIDAS: ['mfa'],
  // The same at HIGH; at BASIC (eIDAS low, or a mapping that says so) one factor may have done,
  // and RFC 8176 has no value for "another provider authenticated the user": none is claimed.
  EIDAS_HIGH: ['mfa'],
  EIDAS_BASIC: [],
  PASSWORD_TOTP: ['pwd', 'otp', 'mfa'],
  PASSWORD_SMS: ['pwd', 'sms', 'mfa'],
  // EU Login's hardware tokens: a displayed one-time code, or a challenge–response token.
  PASSWORD_TOKEN: ['pwd', 'otp', 'hwk', 'mfa'],
  PASSWORD_TOKEN_CRAM: ['pwd', 'hwk', 'mfa'],
  // A certificate on a smart card, unlocked by its PIN.
  CLIENT_CERT: ['sc', 'pin', 'mfa'],
};

const ORDER: readonly AmrValue[] = ['pwd', 'otp', 'pin', 'swk', 'hwk', 'sc', 'sms', 'user', 'mfa'];

/** The amr of a session: the methods of all its strengths, once each, in a stable order. */
export function amrFor(strengths: readonly Strength[]): string[] {
  const values = new Set(strengths.flatMap((strength) => AMR_BY_STRENGTH[strength]));
  return ORDER.filter((value) => values.has(value));
}

/** The acr of a session: the level its strengths reached (BASIC for a session with none, which cannot happen). */
export function acrFor(strengths: readonly Strength[]): Level {
  return levelOf(strengths) ?? 'BASIC';
}
