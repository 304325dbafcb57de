import type { Strength } from '@sesame/protocol';
import type { AuthenticationRequirement } from '../relying-apps/authentication-requirement';
import { reachedStrengths } from '../sign-in/policy';

export type CasLoginDecision =
  /** The SSO session is enough: issue a service ticket now. */
  | { action: 'issue' }
  /** gateway: back to the service without a ticket, credentials never asked (CAS 3.0 §2.1.1). */
  | { action: 'return-without-ticket' }
  /** To the sign-in pages; `again` when a session exists and renew asks for its credentials anew. */
  | { action: 'authenticate'; again: boolean }
  /** A session exists but is too weak for the application: the step-up path. */
  | { action: 'step-up' };

/**
 * What /cas/login does with `renew`, `gateway` and the browser's SSO session (CAS 3.0 §2.1.1):
 * renew bypasses SSO and, when both are set, wins over gateway (the RECOMMENDED reading of an
 * otherwise undefined combination); gateway never asks for credentials and returns without a
 * ticket when SSO cannot serve; otherwise SSO serves when it reaches the requirement.
 */
export function decideCasLogin(input: {
  renew: boolean;
  gateway: boolean;
  sessionStrengths: readonly Strength[] | null;
  requirement: AuthenticationRequirement;
}): CasLoginDecision {
  const { renew, gateway, sessionStrengths, requirement } = input;
  if (renew) return { action: 'authenticate', again: sessionStrengths !== null };
  // The sign-in policy's one satisfaction check (docs/adr/0026 §2.5).
  if (sessionStrengths !== null && reachedStrengths(sessionStrengths, requirement).length > 0) {
    return { action: 'issue' };
  }
  if (gateway) return { action: 'return-without-ticket' };
  return sessionStrengths === null ? { action: 'authenticate', again: false } : { action: 'step-up' };
}
