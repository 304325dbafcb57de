import type { RequestMeta } from '../accounts/account-deps';
import { ACTIONS, assertAuthorised, refused, type Actor } from '../organisations/authorise';
import type { AccountExportRow } from '../ports';
import type { AdminDeps } from './admin-deps';
import { scopesFor } from './admin-actor';
import { invitationExpiry } from './account-lifecycle';

/**
 * An account's state as the export writes it (docs/adr/0035): `invitation-expired` apart from
 * `invited` once the last invitation sent is past its life (docs/adr/0051 §2, 0054 §6), as the
 * console's account page says "Invitation expired".
 */
export type ExportedState = 'active' | 'invited' | 'invitation-expired' | 'deactivated';

export interface ExportedAccount extends AccountExportRow {
  readonly state: ExportedState;
}

/** The state of `row` at `now`. An invited account whose sending is unknown is still `invited`. */
export function exportedState(
  row: Pick<AccountExportRow, 'deactivated' | 'invitationPending' | 'invitationSentAt'>,
  now: Date,
): ExportedState {
  if (row.deactivated) return 'deactivated';
  if (!row.invitationPending) return 'active';
  return row.invitationSentAt !== null && invitationExpiry(row.invitationSentAt) <= now
    ? 'invitation-expired'
    : 'invited';
}

/** Rows read per query: the export streams, whatever the subtree's size. */
export const EXPORT_PAGE = 1_000;

/**
 * The CSV export of issue 14 point 2 (docs/adr/0035): the accounts of `organisationId`'s subtree,
 * or of every organisation the actor may export, each once, by identifier. Authorised
 * ('account.export') before anything is read, so the caller can answer 403 before it starts
 * writing; audited (`account.exported`: who, under which role, which organisations) before the
 * first row is read (docs/adr/0041 §2), so a download cut half-way is recorded too; the rows are
 * then read page by page.
 */
export async function prepareExport(
  deps: Pick<AdminDeps, 'durable' | 'clock'>,
  actor: Actor,
  organisationId: string | undefined,
  meta: Pick<RequestMeta, 'ip' | 'userAgent'>,
): Promise<{ withinIds: string[]; rows: () => AsyncGenerator<ExportedAccount> }> {
  let withinIds: string[];
  let roles: string[];
  if (organisationId !== undefined) {
    const organisation = await deps.durable.organisations.get(organisationId);
    if (!organisation) throw refused('out_of_scope', 'account.export', organisationId);
    roles = [assertAuthorised(actor, 'account.export', { kind: 'organisation', path: organisation.path }).role];
    withinIds = [organisation.id];
  } else {
    withinIds = scopesFor(actor, 'account.export');
    const entitled: readonly string[] = ACTIONS['account.export'].roles;
    roles = [...new Set(actor.grants.filter((g) => entitled.includes(g.role)).map((g) => g.role))];
  }
  await deps.durable.audit.append({
    type: 'account.exported',
    userId: null,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: deps.clock.now(),
    details: { actor: actor.accountId, role: roles.join(' '), within: withinIds.join(' '), format: 'csv' },
  });
  async function* rows(): AsyncGenerator<ExportedAccount> {
    let afterId: string | null = null;
    for (;;) {
      const page = await deps.durable.directory.exportPage({ withinIds, afterId, limit: EXPORT_PAGE });
      const now = deps.clock.now();
      for (const row of page) yield { ...row, state: exportedState(row, now) };
      const last = page.at(-1);
      if (page.length < EXPORT_PAGE || !last) return;
      afterId = last.id;
    }
  }
  return { withinIds, rows };
}
