import type { OrganisationRepository } from '../ports/organisation-repository';

/** One organisation of the configuration (config `organisationTree.organisations`), a parent before its children. */
export interface ConfiguredOrganisation {
  readonly id: string;
  readonly parent: string;
  readonly kind: string;
  readonly name: string;
}

/**
 * Creates the configured organisations that are missing (issue 14 point 1, docs/adr/0033), at
 * every start, on every node: a creation that another node won is `id_taken`, which is fine. The
 * store is the truth afterwards — an organisation that exists is never moved nor renamed from
 * here, since the console may have done so on purpose; a difference is returned as a note for the
 * start log. Throws when a parent is missing from the store (the configuration lists parents first).
 */
export async function applyConfiguredTree(
  organisations: Pick<OrganisationRepository, 'create' | 'get'>,
  configured: readonly ConfiguredOrganisation[],
  at: Date,
): Promise<{ created: number; notes: string[] }> {
  let created = 0;
  const notes: string[] = [];
  for (const entry of configured) {
    const stored = await organisations.get(entry.id);
    if (stored) {
      if (stored.parentId !== entry.parent) {
        notes.push(
          `Organisation ${entry.id} sits under ${stored.parentId ?? '(none)'} in the database, under ${entry.parent} in the configuration: the database is kept.`,
        );
      }
      continue;
    }
    const outcome = await organisations.create(
      { id: entry.id, parentId: entry.parent, kind: entry.kind, name: entry.name },
      at,
    );
    if (outcome === 'created') created++;
    else if (outcome !== 'id_taken')
      throw new Error(`Organisation ${entry.id} of the configuration cannot be created: ${outcome}`);
  }
  return { created, notes };
}
