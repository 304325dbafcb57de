import { LEVELS, type Level } from './levels';

/**
 * Authentication strengths, EU Login's wire vocabulary (reference/eulogin-facts.md §2.3), with
 * the level each one reaches (design §3; §2.4 of the facts: "a service provider that accepts a
 * level allows all authentication mechanisms in it and automatically accepts all levels above").
 */
export const STRENGTH_LEVELS = {
  PASSWORD: 'BASIC',
  PASSWORD_SMS: 'MEDIUM',
  PASSWORD_TOTP: 'MEDIUM',
  PASSWORD_MOBILE_APP: 'MEDIUM',
  PASSWORD_SOFTWARE_TOKEN: 'MEDIUM',
  MOBILE_APP: 'MEDIUM',
  PASSWORD_WEBAUTHN: 'MEDIUM',
  /**
   * A Sésame extension, not EU Login's (docs/adr/0028): the password and a single-use recovery
   * code, a "look-up secret" of NIST SP 800-63B rev 4 §3.1.2 — two factors, so MEDIUM; an
   * application that lists the strengths it accepts gets it only by naming it.
   */
  PASSWORD_RECOVERY_CODE: 'MEDIUM',
  EIDAS: 'MEDIUM',
  PASSWORD_TOKEN: 'HIGH',
  PASSWORD_TOKEN_CRAM: 'HIGH',
  CLIENT_CERT: 'HIGH',
} as const satisfies Record<string, Level>;

export type Strength = keyof typeof STRENGTH_LEVELS;
export const STRENGTHS = Object.keys(STRENGTH_LEVELS) as Strength[];

export function isStrength(value: unknown): value is Strength {
  return typeof value === 'string' && Object.hasOwn(STRENGTH_LEVELS, value);
}

/** The level reached by a set of strengths: the highest of theirs; BASIC for none is wrong, so null. */
export function levelOf(strengths: readonly Strength[]): Level | null {
  let best = -1;
  for (const s of strengths) best = Math.max(best, LEVELS.indexOf(STRENGTH_LEVELS[s]));
  return best < 0 ? null : LEVELS[best]!;
}

/**
 * Parses a comma-separated `acceptStrengths` list (EU Login login and validation parameter).
 * Unknown names are returned apart so the caller can refuse them (INVALID_STRENGTH).
 */
export function parseStrengthList(raw: string | undefined): { strengths: Strength[]; unknown: string[] } {
  const strengths: Strength[] = [];
  const unknown: string[] = [];
  for (const part of (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    // Deprecated aliases of the EU Login XSD.
    const name =
      part === 'STRONG'
        ? 'PASSWORD'
        : part === 'STRONG_SMS'
          ? 'PASSWORD_SMS'
          : part === 'STRONG_TOKEN'
            ? 'PASSWORD_TOKEN'
            : part;
    if (isStrength(name)) strengths.push(name);
    else unknown.push(part);
  }
  return { strengths, unknown };
}
