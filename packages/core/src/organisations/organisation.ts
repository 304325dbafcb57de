import { invalidInput } from '../errors';

/**
 * The organisation tree of issue 14 point 1 (docs/adr/0033): a ministry → regional →
 * departmental services, operators, private veterinarians… Every account belongs to exactly one
 * organisation; an account that was never placed belongs to the root.
 */

/** The root every tree hangs from; migration 0007 creates it and places every existing account in it. */
export const ROOT_ORGANISATION_ID = 'root';

/** Lower-case letters, digits and hyphens: stable in URLs, CSV files and the materialised path (no LIKE wildcard). */
const ORGANISATION_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** Deeper than any administration needs (ministry → region → department → unit…); bounds a path's length. */
export const MAX_ORGANISATION_DEPTH = 12;

export interface Organisation {
  readonly id: string;
  /** Null for the root only. */
  readonly parentId: string | null;
  /** One of the configured kinds (config `organisations.kinds`); the root's is `root`. */
  readonly kind: string;
  readonly name: string;
  /** The ids from the root down to this organisation, itself included: its ancestry. */
  readonly path: readonly string[];
}

export type NewOrganisation = Pick<Organisation, 'id' | 'parentId' | 'kind' | 'name'> & { readonly parentId: string };

export function parseOrganisationId(value: string, field = 'organisation'): string {
  if (!ORGANISATION_ID.test(value)) throw invalidInput(field, 'malformed');
  return value;
}

export function isOrganisationId(value: string): boolean {
  return ORGANISATION_ID.test(value);
}

/** True when `organisation` is `ancestorId` or lies in its subtree. */
export function isWithin(organisation: Pick<Organisation, 'path'>, ancestorId: string): boolean {
  return organisation.path.includes(ancestorId);
}
