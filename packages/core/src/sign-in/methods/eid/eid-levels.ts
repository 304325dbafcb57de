import type { Level, Strength } from '@sesame/protocol';

/**
 * An upstream identity provider's level mapping (issue 15 point 1; docs/adr/0042 §2): its `acr`
 * values (eIDAS `http://eidas.europa.eu/LoA/substantial`, FranceConnect's `eidas2`…) to Sésame's
 * levels, written by the operator. Nothing is guessed from the value's spelling.
 */
export type EidLevelMapping = Readonly<Record<string, Level>>;

/**
 * The level an eID answer reaches. SEC-42, no silent upgrade: an `acr` absent from the mapping,
 * or none at all, reaches no level — never a default one — and the caller refuses it wherever a
 * level is needed (a sign-in, a link). `Object.hasOwn`: an acr named `__proto__` or `toString`
 * finds nothing.
 */
export function eidLevel(mapping: EidLevelMapping, acr: string | null): Level | null {
  if (acr === null || !Object.hasOwn(mapping, acr)) return null;
  return mapping[acr] ?? null;
}

/**
 * The strength a session gets from an eID at `level` (design §3: EIDAS; protocol
 * INTERNAL_STRENGTHS): EIDAS is MEDIUM, EIDAS_BASIC and EIDAS_HIGH its BASIC and HIGH names inside
 * Sésame, all told to applications as EIDAS with the level they reached.
 */
export function eidStrength(level: Level): Strength {
  return level === 'BASIC' ? 'EIDAS_BASIC' : level === 'HIGH' ? 'EIDAS_HIGH' : 'EIDAS';
}
