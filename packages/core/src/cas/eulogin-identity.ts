import type { UserRecord } from '../ports';

/**
 * How a Sésame account reads in EU Login's vocabulary (reference/eulogin-facts.md §2.5, §2.6).
 * Every account today is self-registered (or created like one), so:
 * - `employeeType` is `n`, "extramuros named external": what EU Login gives its self-registered
 *   external users, whose ids start with `n` like ours (§2.8);
 * - `assuranceLevel` is 10 (LOW), the identity assurance of self-registered accounts (§2.5).
 * An identity proofed by an administrator or an eID (design §3) will raise both when it exists.
 */
export const SELF_REGISTERED_EMPLOYEE_TYPE = 'n';
export const SELF_REGISTERED_ASSURANCE_LEVEL = 10;

export function employeeTypeOf(_user: UserRecord): string {
  return SELF_REGISTERED_EMPLOYEE_TYPE;
}

export function assuranceLevelOf(_user: UserRecord): number {
  return SELF_REGISTERED_ASSURANCE_LEVEL;
}
