import type { Strength } from '@sesame/protocol';
import type { UserRecord } from '../ports';
import type { ReleasableAttribute, RelyingApp } from '../relying-apps/relying-app';
import type { TicketRecord } from './cas-ticket-store';
import { employeeTypeOf } from './eulogin-identity';

/** What a success document says: a validation's outcome and how the endpoint presents it. */
export interface ValidationSuccess {
  app: RelyingApp;
  user: UserRecord;
  ticket: TicketRecord;
  strengths: Strength[];
  pgtIou: string | null;
  /** /p3 endpoints: standard `<cas:attributes>` (CAS 3.0 §2.5.2 of /p3/serviceValidate). */
  attributes: boolean;
  /** EU Login `userDetails=true`: the person's details (reference/eulogin-facts.md §2.6). */
  userDetails: boolean;
}

export type AttributeValue = string | number | boolean;

function attributeValue(user: UserRecord, name: ReleasableAttribute): string | null {
  switch (name) {
    case 'email':
      return user.email;
    case 'firstName':
      return user.firstName;
    case 'lastName':
      return user.lastName;
    case 'organisation':
      return user.organisation;
    case 'locale':
      return user.emailLocale;
    case 'employeeType':
      return employeeTypeOf(user);
  }
}

/**
 * The attributes the application may receive (its registered `attributes`), in `order`,
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
