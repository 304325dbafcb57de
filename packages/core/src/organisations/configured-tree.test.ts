import { describe, expect, it } from 'vitest';
import type { NewOrganisation, Organisation } from './organisation';
import { applyConfiguredTree } from './configured-tree';

const AT = new Date('2026-12-07T09:00:00Z');

/** A two-method stand-in for the repository: a map of organisations. */
function fakeTree(initial: Organisation[] = []) {
  const byId = new Map(initial.map((o) => [o.id, o]));
  byId.set('root', { id: 'root', parentId: null, kind: 'root', name: 'Sésame', path: ['root'] });
  return {
    byId,
    get: (id: string) => Promise.resolve(byId.get(id) ?? null),
    create(o: NewOrganisation) {
      const parent = byId.get(o.parentId);
      if (!parent) return Promise.resolve('no_parent' as const);
      if (byId.has(o.id)) return Promise.resolve('id_taken' as const);
      byId.set(o.id, { ...o, path: [...parent.path, o.id] });
      return Promise.resolve('created' as const);
    },
  };
}

describe('applyConfiguredTree', () => {
  const CONFIGURED = [
    { id: 'dgal', parent: 'root', kind: 'ministry', name: 'DGAL' },
    { id: 'ddpp-35', parent: 'dgal', kind: 'departmental-service', name: 'DDPP 35' },
  ];

  it('creates what is missing, parents first, and is idempotent', async () => {
    const tree = fakeTree();
    expect(await applyConfiguredTree(tree, CONFIGURED, AT)).toEqual({ created: 2, notes: [] });
    expect(tree.byId.get('ddpp-35')?.path).toEqual(['root', 'dgal', 'ddpp-35']);
    expect(await applyConfiguredTree(tree, CONFIGURED, AT)).toEqual({ created: 0, notes: [] });
  });

  it('keeps an organisation the console moved, and says so', async () => {
    const tree = fakeTree([{ id: 'dgal', parentId: 'root', kind: 'ministry', name: 'DGAL', path: ['root', 'dgal'] }]);
    tree.byId.set('ddpp-35', { id: 'ddpp-35', parentId: 'root', kind: 'x', name: 'x', path: ['root', 'ddpp-35'] });
    const { created, notes } = await applyConfiguredTree(tree, CONFIGURED, AT);
    expect(created).toBe(0);
    expect(notes).toEqual([expect.stringMatching(/ddpp-35 sits under root in the database, under dgal/)]);
    expect(tree.byId.get('ddpp-35')?.parentId).toBe('root');
  });

  it('throws when a parent is missing', async () => {
    await expect(applyConfiguredTree(fakeTree(), [CONFIGURED[1]!], AT)).rejects.toThrow(/no_parent/);
  });
});
