import { SesameError } from '../errors';
import { assertAuthorised, type Actor } from '../organisations/authorise';
import type { AccountExportRow } from '../ports';
import type { AdminDeps } from './admin-deps';
import { scopesFor } from './admin-actor';

/** Rows read per query: the export streams, whatever the subtree's size. */
export const EXPORT_PAGE = 1_000;

/**
 * The CSV export of issue 14 point 2 (docs/adr/0035): the accounts of `organisationId`'s subtree,
 * or of every organisation the actor may export, each once, by identifier. Authorised
 * ('account.export') before anything is read, so the caller can answer 403 before it starts
 * writing; the rows are then read page by page.
 */
export async function prepareExport(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  organisationId?: string,
): Promise<{ withinIds: string[]; rows: () => AsyncGenerator<AccountExportRow> }> {
  let withinIds: string[];
  if (organisationId !== undefined) {
    const organisation = await deps.durable.organisations.get(organisationId);
    if (!organisation) throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
    assertAuthorised(actor, 'account.export', { kind: 'organisation', path: organisation.path });
    withinIds = [organisation.id];
  } else {
    withinIds = scopesFor(actor, 'account.export');
  }
  async function* rows(): AsyncGenerator<AccountExportRow> {
    let afterId: string | null = null;
    for (;;) {
      const page = await deps.durable.directory.exportPage({ withinIds, afterId, limit: EXPORT_PAGE });
      yield* page;
      const last = page.at(-1);
      if (page.length < EXPORT_PAGE || !last) return;
      afterId = last.id;
    }
  }
  return { withinIds, rows };
}
