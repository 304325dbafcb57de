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
   * Sésame's own name, never on the wire (docs/adr/0029 §6): PASSWORD_WEBAUTHN with a key that
   * reached HIGH (attested, FIDO-certified, not synced, user verified — sign-in/policy.ts
   * webauthnLevel). Sessions and tickets keep it, so the level is carried like any strength's;
   * applications are told PASSWORD_WEBAUTHN (wireStrength) with the level HIGH.
   */
  PASSWORD_WEBAUTHN_HIGH: 'HIGH',
  /**
   * Sésame's own name, never on the wire (docs/adr/0029 §5): "Sign in with a passkey", no password
   * typed — the passkey and its user verification are the two factors. Told to applications as
   * PASSWORD_WEBAUTHN (EU Login has no passwordless WebAuthn strength); its amr has no `pwd`.
   */
  WEBAUTHN_PASSKEY: 'MEDIUM',
  /**
   * A Sésame extension, not EU Login's (docs/adr/0028): the password and a single-use recovery
   * code, a "look-up secret" of NIST SP 800-63B rev 4 §3.1.2 — two factors, so MEDIUM; an
   * application that lists the strengths it accepts gets it only by naming it.
   */
  PASSWORD_RECOVERY_CODE: 'MEDIUM',
  /**
   * eID by federation (issue 15 point 1; docs/adr/0042): the upstream identity provider's level
   * of assurance, mapped by the operator (eIDAS substantial → MEDIUM). EIDAS_BASIC and EIDAS_HIGH
   * are Sésame's own names for the same strength at the other two levels, never on the wire:
   * applications are told EIDAS with the level the mapping gave (INTERNAL_STRENGTHS).
   */
  EIDAS: 'MEDIUM',
  EIDAS_BASIC: 'BASIC',
  EIDAS_HIGH: 'HIGH',
  PASSWORD_TOKEN: 'HIGH',
  PASSWORD_TOKEN_CRAM: 'HIGH',
  CLIENT_CERT: 'HIGH',
} as const satisfies Record<string, Level>;

export type Strength = keyof typeof STRENGTH_LEVELS;
export const STRENGTHS = Object.keys(STRENGTH_LEVELS) as Strength[];

export function isStrength(value: unknown): value is Strength {
  return typeof value === 'string' && Object.hasOwn(STRENGTH_LEVELS, value);
}

/** The strengths kept inside Sésame under a name of their own, and the wire name each one is told as. */
export const INTERNAL_STRENGTHS = {
  PASSWORD_WEBAUTHN_HIGH: 'PASSWORD_WEBAUTHN',
  WEBAUTHN_PASSKEY: 'PASSWORD_WEBAUTHN',
  EIDAS_BASIC: 'EIDAS',
  EIDAS_HIGH: 'EIDAS',
} as const satisfies Partial<Record<Strength, Strength>>;

/** The strengths applications may name and are told of (EU Login's vocabulary and Sésame's extensions). */
export const WIRE_STRENGTHS = STRENGTHS.filter((s) => !Object.hasOwn(INTERNAL_STRENGTHS, s));

/** The name `strength` is told to applications as (CAS `strength`, `acceptStrengths` matching). */
export function wireStrength(strength: Strength): Strength {
  return (INTERNAL_STRENGTHS as Partial<Record<Strength, Strength>>)[strength] ?? strength;
}

/** `strengths` as applications are told them: wire names, each once, in order. */
export function wireStrengths(strengths: readonly Strength[]): Strength[] {
  return [...new Set(strengths.map(wireStrength))];
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
    // An internal name is not the applications' to ask for (INTERNAL_STRENGTHS).
    if (isStrength(name) && !Object.hasOwn(INTERNAL_STRENGTHS, name)) strengths.push(name);
    else unknown.push(part);
  }
  return { strengths, unknown };
}
