/**
 * The eIDs linked to accounts (issue 15 point 1; docs/adr/0042): "Manage my eIDs" → "Link my
 * eID" binds the identity an upstream identity provider asserts — its issuer and the subject it
 * gives the person — to one Sésame account; "Sign in with eID" then finds the account by them.
 * One row per link; `(issuer, subject)` is unique: an eID opens one account only.
 */
export interface EidLinkRecord {
  /** Random, URL-safe. */
  id: string;
  userId: string;
  /** The configured provider's id (eid.providers[].id) when it was linked: the list's label. */
  provider: string;
  /** The provider's issuer identifier (OIDC Discovery `issuer`), as the ID token's `iss` said it. */
  issuer: string;
  /** The ID token's `sub`: the person at that issuer. */
  subject: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface EidLinkRepository {
  /** Stores a new link. False when `(issuer, subject)` is already linked (to anyone): nothing stored. */
  create(link: EidLinkRecord): Promise<boolean>;
  findBySubject(issuer: string, subject: string): Promise<EidLinkRecord | null>;
  /** Oldest first, then by id. */
  listByUser(userId: string): Promise<EidLinkRecord[]>;
  /** Notes a sign-in with the link. False when no such link. */
  touch(id: string, at: Date): Promise<boolean>;
  /** Unlinks, only when the link is `userId`'s (one conditional write). True when deleted. */
  delete(id: string, userId: string): Promise<boolean>;
  /** Every link of the account (PANIC, an administrator's reset); returns how many. */
  deleteByUser(userId: string): Promise<number>;
}
