import type { Strength } from '@sesame/protocol';
import type { UserRecord } from '../ports';
import type { ReleasableAttribute } from '../relying-apps/attribute-release';
import type { RelyingApp } from '../relying-apps/relying-app';
import type { TicketRecord } from './cas-ticket-store';
import { attributeValue } from '../relying-apps/attribute-release';

/** What a success document says: a validation's outcome and how the endpoint presents it. */
export interface ValidationSuccess {
  app: RelyingApp;
  user: UserRecord;
  ticket: TicketRecord;
  strengths: Strength[];
  pgtIou: string | null;
  /**
   * Standard `<cas:attributes>`: the /p3 endpoints (CAS 3.0 §2.5.2 of /p3/serviceValidate), and the
   * CAS 2.0 ones for an application registered with `serviceValidateAttributes` (casAttributesWanted).
   */
  attributes: boolean;
  /** EU Login `userDetails=true`: the person's details (reference/eulogin-facts.md §2.6). */
  userDetails: boolean;
}

export type AttributeValue = string | number | boolean;

/**
 * Whether the answer carries `<cas:attributes>`: always at /p3 (CAS 3.0 §2.5.2); at the CAS 2.0
 * endpoints only for an application that asked (docs/adr/0043: clients that never call /p3).
 */
export function casAttributesWanted(app: RelyingApp, p3: boolean): boolean {
  return p3 || app.cas?.serviceValidateAttributes === true;
}

/**
 * EU Login's own details: the attributes the application may receive (its registered `attributes`), in `order`,
 * skipping those the account has no value for.
 */
export function releasedAttributes(
  success: ValidationSuccess,
  order: readonly ReleasableAttribute[],
): Array<[ReleasableAttribute, string]> {
  const out: Array<[ReleasableAttribute, string]> = [];
  for (const name of order) {
    if (!success.app.attributes.includes(name)) continue;
    const value = attributeValue(success.user, name);
    if (value) out.push([name, value]);
  }
  return out;
}

/** ISO 8601 in UTC with milliseconds: authenticationDate, loginDate. */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString();
}
