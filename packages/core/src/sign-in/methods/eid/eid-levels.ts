import type { Level, Strength } from '@sesame/protocol';
import type { EidLinkRecord } from '../../../ports/eid-link-repository';
import { type AuthenticationRequirement, satisfyingStrengths } from '../../../relying-apps/authentication-requirement';

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

/**
 * The `acr` values of `mapping` whose level meets `requirement` (docs/adr/0053 §2), in the
 * mapping's order: what the level page's step-up asks the provider for. Judged as every session
 * is (satisfyingStrengths): the level reached, and `EIDAS` among the strengths the application
 * accepts when it names them. Empty: this provider's eID cannot give what the application asks.
 */
export function eidAcrsReaching(mapping: EidLevelMapping, requirement: AuthenticationRequirement): string[] {
  return Object.entries(mapping)
    .filter(([, level]) => satisfyingStrengths([eidStrength(level)], requirement).length > 0)
    .map(([acr]) => acr);
}

/** A provider as the level page judges it: its id, issuer and level mapping. */
export interface EidStepUpProvider {
  readonly id: string;
  readonly issuer: string;
  readonly levels: EidLevelMapping;
}

/**
 * The providers whose eID may step the account's sign-in up to `requirement` on the level page
 * (docs/adr/0053 §2): the account has linked an eID of that provider (same id, same issuer: links
 * are keyed by the issuer) and the provider's mapping names an acr that reaches the requirement.
 * In the configuration's order.
 */
export function eidStepUpProviders<P extends EidStepUpProvider>(
  providers: readonly P[],
  links: readonly Pick<EidLinkRecord, 'provider' | 'issuer'>[],
  requirement: AuthenticationRequirement,
): P[] {
  return providers.filter(
    (p) =>
      links.some((l) => l.provider === p.id && l.issuer === p.issuer) &&
      eidAcrsReaching(p.levels, requirement).length > 0,
  );
}
