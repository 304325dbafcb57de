import type { Locale } from '@sesame/protocol';
import type { NewOrganisation, Organisation } from '../organisations/organisation';
import type { RoleAssignment, ScopedRole } from '../organisations/roles';

/**
 * The organisation tree and where each account sits in it (issue 14 point 1, docs/adr/0033).
 * Stored as a materialised path, so that a subtree is one indexed prefix query at 2,000
 * organisations and 100,000 accounts. The root exists from migration 0007 on; an account never
 * placed belongs to the root.
 */
export type CreateOrganisationOutcome = 'created' | 'id_taken' | 'no_parent' | 'too_deep';
export type MoveOrganisationOutcome = 'moved' | 'not_found' | 'no_parent' | 'cycle' | 'root' | 'too_deep';

export interface OrganisationRepository {
  create(organisation: NewOrganisation, at: Date): Promise<CreateOrganisationOutcome>;
  get(id: string): Promise<Organisation | null>;
  /** The direct children, by name. */
  children(id: string): Promise<Organisation[]>;
  /** Every organisation, parents before children (depth first, by path). */
  list(): Promise<Organisation[]>;
  /** The organisation's id and every id below it; empty when it does not exist. */
  subtreeIds(id: string): Promise<string[]>;
  /** True when `id` is `ancestorId` or lies below it. */
  isWithin(id: string, ancestorId: string): Promise<boolean>;
  /** Moves the organisation and its whole subtree under `newParentId`, atomically. */
  move(id: string, newParentId: string): Promise<MoveOrganisationOutcome>;
  rename(id: string, name: string): Promise<boolean>;
  /** The account's organisation (the root when never placed); null when no such account. */
  accountOrganisation(userId: string): Promise<Organisation | null>;
  /**
   * The organisations of these accounts, in one query (the CSV import checks a file's matched
   * accounts by the hundred, docs/adr/0035): as accountOrganisation, an unknown account absent
   * from the map. At most 1,000 accounts per call.
   */
  accountOrganisations(userIds: readonly string[]): Promise<Map<string, Organisation>>;
  /** False when the account or the organisation does not exist (nothing changes). */
  placeAccount(userId: string, organisationId: string): Promise<boolean>;
}

/** A stored grant with its scope's ancestry, as authorise() takes it. */
export type AccountGrant = RoleAssignment & ScopedRole;

export interface RoleAssignmentRepository {
  /** Idempotent: true when the grant is now held (new or already there); false when the account or scope does not exist. */
  grant(assignment: RoleAssignment, at: Date): Promise<boolean>;
  /** True when the grant was held and is gone. */
  revoke(assignment: RoleAssignment): Promise<boolean>;
  /** The account's grants, each with its scope's ancestry; by role, then scope path. */
  listForAccount(userId: string): Promise<AccountGrant[]>;
  /**
   * The grants of these accounts, in one query (the CSV import, docs/adr/0035): each account's as
   * listForAccount orders them; an account without any (or unknown) absent from the map. At most
   * 1,000 accounts per call.
   */
  listForAccounts(userIds: readonly string[]): Promise<Map<string, AccountGrant[]>>;
}

/** One line of an account search (the admin console's list). */
export interface AccountListing {
  readonly id: string;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly organisationId: string;
}

/**
 * Accounts as the admin console finds them (issue 14 point 2): always within organisations — the
 * scopes of the actor — never across the whole table unless a scope is the root.
 */
export interface AccountDirectory {
  /**
   * Accounts in the subtrees of `withinIds` whose e-mail, first name (or first then last name)
   * or last name (or last then first name) starts with `text` without regard to case or accents
   * (their `searchKey`s, docs/adr/0060), or whose id is `text`; by last name, first name, id; at
   * most `limit`. An empty text lists the subtrees' accounts.
   */
  search(query: { withinIds: readonly string[]; text: string; limit: number }): Promise<AccountListing[]>;
  /**
   * The accounts in the subtrees of `withinIds` by identifier, the first `limit` after `afterId`
   * (the CSV export's pages, docs/adr/0035): every account once, however many there are.
   */
  exportPage(query: {
    withinIds: readonly string[];
    afterId: string | null;
    limit: number;
  }): Promise<AccountExportRow[]>;
}

/** One account as the CSV export writes it (docs/adr/0035): the import's columns, and its state. */
export interface AccountExportRow extends AccountListing {
  readonly externalId: string | null;
  readonly emailLocale: Locale;
  readonly deactivated: boolean;
  /** Invited, no password chosen yet. */
  readonly invitationPending: boolean;
  /** When the last invitation was sent (docs/adr/0054 §6); null for an account never invited. */
  readonly invitationSentAt: Date | null;
}
