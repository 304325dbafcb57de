import type { DurableStore, NewOrganisation, NewUser } from '@sesame/core';
import { beforeEach, describe, expect, it } from 'vitest';

/**
 * The behaviour of the organisation tree and role grants (ports/organisation-repository.ts,
 * docs/adr/0033) that every durable backend must show; run inside describeDurableStoreConformance,
 * on a fresh store each test.
 *
 * root ─┬─ dgal ─┬─ draaf-bzh ─┬─ ddpp-35
 *       │        │             └─ ddpp-29
 *       │        └─ draaf-idf ─── ddpp-75
 *       └─ operators
 */
export function describeOrganisationConformance(current: () => DurableStore): void {
  const AT = new Date('2026-12-07T09:00:00.000Z');
  const org = (id: string, parentId: string, kind = 'service'): NewOrganisation => ({
    id,
    parentId,
    kind,
    name: id.toUpperCase(),
  });
  const user = (id: string, email = `${id}@example.eu`): NewUser => ({
    id,
    email,
    firstName: 'Agent',
    lastName: id,
    emailLocale: 'fr',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: AT,
  });

  async function buildTree(store: DurableStore): Promise<void> {
    for (const [id, parent] of [
      ['dgal', 'root'],
      ['draaf-bzh', 'dgal'],
      ['ddpp-35', 'draaf-bzh'],
      ['ddpp-29', 'draaf-bzh'],
      ['draaf-idf', 'dgal'],
      ['ddpp-75', 'draaf-idf'],
      ['operators', 'root'],
    ] as const) {
      expect(await store.organisations.create(org(id, parent), AT)).toBe('created');
    }
  }

  describe('organisations (docs/adr/0033)', () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = current();
      await buildTree(store);
    });

    it('starts from the root that the migration created', async () => {
      expect(await store.organisations.get('root')).toEqual({
        id: 'root',
        parentId: null,
        kind: 'root',
        name: 'Sésame',
        path: ['root'],
      });
    });

    it('gets an organisation with its ancestry, and null for an unknown one', async () => {
      expect(await store.organisations.get('ddpp-35')).toEqual({
        id: 'ddpp-35',
        parentId: 'draaf-bzh',
        kind: 'service',
        name: 'DDPP-35',
        path: ['root', 'dgal', 'draaf-bzh', 'ddpp-35'],
      });
      expect(await store.organisations.get('nowhere')).toBeNull();
    });

    it('refuses a taken id, a missing parent, and a tree deeper than the limit, storing nothing', async () => {
      expect(await store.organisations.create(org('ddpp-35', 'operators'), AT)).toBe('id_taken');
      expect((await store.organisations.get('ddpp-35'))?.parentId).toBe('draaf-bzh');
      expect(await store.organisations.create(org('lost', 'nowhere'), AT)).toBe('no_parent');
      let parent = 'ddpp-35';
      for (let depth = 5; depth <= 12; depth++) {
        expect(await store.organisations.create(org(`level-${depth}`, parent), AT)).toBe('created');
        parent = `level-${depth}`;
      }
      expect(await store.organisations.create(org('level-13', parent), AT)).toBe('too_deep');
      expect(await store.organisations.get('level-13')).toBeNull();
    });

    it('lists children by name, everything parents first, and a subtree', async () => {
      expect((await store.organisations.children('draaf-bzh')).map((o) => o.id)).toEqual(['ddpp-29', 'ddpp-35']);
      expect(await store.organisations.children('ddpp-35')).toEqual([]);
      const all = (await store.organisations.list()).map((o) => o.id);
      expect(all).toHaveLength(8);
      expect(all.indexOf('dgal')).toBeLessThan(all.indexOf('draaf-bzh'));
      expect(all.indexOf('draaf-bzh')).toBeLessThan(all.indexOf('ddpp-35'));
      expect(await store.organisations.subtreeIds('draaf-bzh')).toEqual(['draaf-bzh', 'ddpp-29', 'ddpp-35']);
      expect((await store.organisations.subtreeIds('root')).sort()).toEqual([...all].sort());
      expect(await store.organisations.subtreeIds('nowhere')).toEqual([]);
    });

    it('tells whether an organisation lies within another', async () => {
      expect(await store.organisations.isWithin('ddpp-35', 'dgal')).toBe(true);
      expect(await store.organisations.isWithin('ddpp-35', 'ddpp-35')).toBe(true);
      expect(await store.organisations.isWithin('ddpp-35', 'draaf-idf')).toBe(false);
      expect(await store.organisations.isWithin('dgal', 'ddpp-35')).toBe(false);
      expect(await store.organisations.isWithin('nowhere', 'root')).toBe(false);
    });

    it('moves an organisation with its whole subtree', async () => {
      expect(await store.organisations.move('draaf-bzh', 'operators')).toBe('moved');
      expect((await store.organisations.get('draaf-bzh'))?.parentId).toBe('operators');
      expect((await store.organisations.get('ddpp-35'))?.path).toEqual(['root', 'operators', 'draaf-bzh', 'ddpp-35']);
      expect(await store.organisations.subtreeIds('dgal')).toEqual(['dgal', 'draaf-idf', 'ddpp-75']);
      expect(await store.organisations.subtreeIds('operators')).toEqual([
        'operators',
        'draaf-bzh',
        'ddpp-29',
        'ddpp-35',
      ]);
    });

    it('refuses a move into its own subtree, of the root, to or of an unknown organisation', async () => {
      expect(await store.organisations.move('dgal', 'ddpp-35')).toBe('cycle');
      expect(await store.organisations.move('dgal', 'dgal')).toBe('cycle');
      expect(await store.organisations.move('root', 'dgal')).toBe('root');
      expect(await store.organisations.move('nowhere', 'dgal')).toBe('not_found');
      expect(await store.organisations.move('dgal', 'nowhere')).toBe('no_parent');
      expect((await store.organisations.get('ddpp-35'))?.path).toEqual(['root', 'dgal', 'draaf-bzh', 'ddpp-35']);
    });

    it('refuses a move that would make the tree too deep', async () => {
      let parent = 'operators';
      for (let depth = 3; depth <= 12; depth++) {
        await store.organisations.create(org(`level-${depth}`, parent), AT);
        parent = `level-${depth}`;
      }
      // draaf-bzh has children: under level-11 its children would sit at depth 13.
      expect(await store.organisations.move('draaf-bzh', 'level-11')).toBe('too_deep');
      expect(await store.organisations.move('ddpp-29', 'level-11')).toBe('moved');
    });

    it('renames', async () => {
      expect(await store.organisations.rename('ddpp-35', 'DDPP d’Ille-et-Vilaine')).toBe(true);
      expect((await store.organisations.get('ddpp-35'))?.name).toBe('DDPP d’Ille-et-Vilaine');
      expect(await store.organisations.rename('nowhere', 'x')).toBe(false);
    });

    it('keeps every account in the root until it is placed, then where it was placed', async () => {
      await store.users.create(user('agent001'));
      expect((await store.organisations.accountOrganisation('agent001'))?.id).toBe('root');
      expect(await store.organisations.placeAccount('agent001', 'ddpp-35')).toBe(true);
      expect(await store.organisations.accountOrganisation('agent001')).toMatchObject({
        id: 'ddpp-35',
        path: ['root', 'dgal', 'draaf-bzh', 'ddpp-35'],
      });
      expect(await store.organisations.placeAccount('agent001', 'nowhere')).toBe(false);
      expect((await store.organisations.accountOrganisation('agent001'))?.id).toBe('ddpp-35');
      expect(await store.organisations.placeAccount('nobody01', 'ddpp-35')).toBe(false);
      expect(await store.organisations.accountOrganisation('nobody01')).toBeNull();
    });

    it('reads many accounts’ organisations in one call, as one by one', async () => {
      for (const id of ['agent001', 'agent002', 'agent003']) await store.users.create(user(id));
      await store.organisations.placeAccount('agent001', 'ddpp-35');
      await store.organisations.placeAccount('agent002', 'operators');
      const found = await store.organisations.accountOrganisations(['agent001', 'agent002', 'agent003', 'nobody01']);
      expect([...found.keys()].sort()).toEqual(['agent001', 'agent002', 'agent003']);
      for (const id of ['agent001', 'agent002', 'agent003']) {
        expect(found.get(id)).toEqual(await store.organisations.accountOrganisation(id));
      }
      expect(found.get('agent003')?.id).toBe('root');
      expect(await store.organisations.accountOrganisations([])).toEqual(new Map());
      await expect(
        store.organisations.accountOrganisations(Array.from({ length: 1_001 }, (_, i) => `a${i}`)),
      ).rejects.toThrow(RangeError);
    });

    it('follows a moved organisation: its accounts move with it', async () => {
      await store.users.create(user('agent001'));
      await store.organisations.placeAccount('agent001', 'ddpp-35');
      await store.organisations.move('draaf-bzh', 'operators');
      expect((await store.organisations.accountOrganisation('agent001'))?.path).toEqual([
        'root',
        'operators',
        'draaf-bzh',
        'ddpp-35',
      ]);
    });

    it('lands a creation and a move atomically inside a store transaction', async () => {
      await expect(
        store.transaction(async (tx) => {
          await tx.organisations.create(org('ddpp-22', 'draaf-bzh'), AT);
          await tx.organisations.move('draaf-bzh', 'operators');
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await store.organisations.get('ddpp-22')).toBeNull();
      expect((await store.organisations.get('draaf-bzh'))?.parentId).toBe('dgal');
    });
  });

  describe('role assignments (docs/adr/0033)', () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = current();
      await buildTree(store);
      await store.users.create(user('manager1'));
      await store.users.create(user('helper01'));
    });

    it('grants, lists with the scope’s ancestry, and revokes', async () => {
      expect(await store.roles.grant({ userId: 'manager1', role: 'local_manager', scopeId: 'draaf-bzh' }, AT)).toBe(
        true,
      );
      expect(await store.roles.grant({ userId: 'manager1', role: 'auditor', scopeId: 'dgal' }, AT)).toBe(true);
      expect(await store.roles.grant({ userId: 'helper01', role: 'helpdesk', scopeId: 'ddpp-35' }, AT)).toBe(true);
      expect(await store.roles.listForAccount('manager1')).toEqual([
        { userId: 'manager1', role: 'auditor', scopeId: 'dgal', scopePath: ['root', 'dgal'] },
        { userId: 'manager1', role: 'local_manager', scopeId: 'draaf-bzh', scopePath: ['root', 'dgal', 'draaf-bzh'] },
      ]);

      expect(await store.roles.revoke({ userId: 'manager1', role: 'auditor', scopeId: 'dgal' })).toBe(true);
      expect(await store.roles.revoke({ userId: 'manager1', role: 'auditor', scopeId: 'dgal' })).toBe(false);
      expect((await store.roles.listForAccount('manager1')).map((g) => g.role)).toEqual(['local_manager']);
      expect((await store.roles.listForAccount('helper01')).map((g) => g.scopeId)).toEqual(['ddpp-35']);
    });

    it('lists many accounts’ grants in one call, each as listForAccount orders them', async () => {
      await store.users.create(user('nogrant1'));
      await store.roles.grant({ userId: 'manager1', role: 'local_manager', scopeId: 'draaf-bzh' }, AT);
      await store.roles.grant({ userId: 'manager1', role: 'auditor', scopeId: 'dgal' }, AT);
      await store.roles.grant({ userId: 'manager1', role: 'helpdesk', scopeId: 'ddpp-75' }, AT);
      await store.roles.grant({ userId: 'manager1', role: 'helpdesk', scopeId: 'ddpp-29' }, AT);
      await store.roles.grant({ userId: 'helper01', role: 'helpdesk', scopeId: 'ddpp-35' }, AT);
      const grants = await store.roles.listForAccounts(['manager1', 'helper01', 'nogrant1', 'nobody01']);
      expect([...grants.keys()].sort()).toEqual(['helper01', 'manager1']);
      expect(grants.get('manager1')).toEqual(await store.roles.listForAccount('manager1'));
      expect(grants.get('manager1')?.map((g) => `${g.role}@${g.scopeId}`)).toEqual([
        'auditor@dgal',
        'helpdesk@ddpp-29',
        'helpdesk@ddpp-75',
        'local_manager@draaf-bzh',
      ]);
      expect(grants.get('helper01')).toEqual(await store.roles.listForAccount('helper01'));
      expect(await store.roles.listForAccounts([])).toEqual(new Map());
      await expect(store.roles.listForAccounts(Array.from({ length: 1_001 }, (_, i) => `a${i}`))).rejects.toThrow(
        RangeError,
      );
    });

    it('is idempotent, and refuses an unknown account or scope', async () => {
      const grant = { userId: 'manager1', role: 'local_manager', scopeId: 'draaf-bzh' } as const;
      expect(await store.roles.grant(grant, AT)).toBe(true);
      expect(await store.roles.grant(grant, AT)).toBe(true);
      expect(await store.roles.listForAccount('manager1')).toHaveLength(1);
      expect(await store.roles.grant({ ...grant, userId: 'nobody01' }, AT)).toBe(false);
      expect(await store.roles.grant({ ...grant, scopeId: 'nowhere' }, AT)).toBe(false);
      expect(await store.roles.listForAccount('nobody01')).toEqual([]);
    });

    it('keeps administrators at the root', async () => {
      expect(await store.roles.grant({ userId: 'manager1', role: 'administrator', scopeId: 'root' }, AT)).toBe(true);
      await expect(
        store.roles.grant({ userId: 'manager1', role: 'administrator', scopeId: 'dgal' }, AT),
      ).rejects.toThrow(/root/);
    });

    it('follows a moved scope', async () => {
      await store.roles.grant({ userId: 'helper01', role: 'helpdesk', scopeId: 'ddpp-35' }, AT);
      await store.organisations.move('draaf-bzh', 'operators');
      expect((await store.roles.listForAccount('helper01'))[0]?.scopePath).toEqual([
        'root',
        'operators',
        'draaf-bzh',
        'ddpp-35',
      ]);
    });
  });

  describe('account directory (docs/adr/0033)', () => {
    let store: DurableStore;
    beforeEach(async () => {
      store = current();
      await buildTree(store);
      const people: Array<[string, string, string, string | null]> = [
        ['agent035', 'Marie', 'Dupont', 'ddpp-35'],
        ['agent029', 'Yves', 'Kerouac', 'ddpp-29'],
        ['agent075', 'Paul', 'Durand', 'ddpp-75'],
        ['manager1', 'Anne', 'Le Goff', 'draaf-bzh'],
        ['rootless', 'Zoé', 'Martin', null],
        ['percent1', 'Cent', 'Pour%cent', 'ddpp-35'],
      ];
      for (const [id, firstName, lastName, organisationId] of people) {
        await store.users.create({ ...user(id, `${firstName.toLowerCase()}.${id}@example.eu`), firstName, lastName });
        if (organisationId) await store.organisations.placeAccount(id, organisationId);
      }
    });
    const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id);

    it('lists a subtree’s accounts by last name, never those outside it', async () => {
      const rows = await store.directory.search({ withinIds: ['draaf-bzh'], text: '', limit: 50 });
      expect(ids(rows)).toEqual(['agent035', 'agent029', 'manager1', 'percent1']);
      expect(rows[0]).toEqual({
        id: 'agent035',
        email: 'marie.agent035@example.eu',
        firstName: 'Marie',
        lastName: 'Dupont',
        organisationId: 'ddpp-35',
      });
      expect(ids(await store.directory.search({ withinIds: ['ddpp-75'], text: '', limit: 50 }))).toEqual(['agent075']);
      expect(await store.directory.search({ withinIds: [], text: '', limit: 50 })).toEqual([]);
    });

    it('reads an account never placed as the root’s', async () => {
      expect(ids(await store.directory.search({ withinIds: ['root'], text: 'zoé', limit: 50 }))).toEqual(['rootless']);
      expect((await store.directory.search({ withinIds: ['root'], text: '', limit: 50 })).length).toBe(6);
      expect(ids(await store.directory.search({ withinIds: ['dgal'], text: 'martin', limit: 50 }))).toEqual([]);
    });

    it('matches the start of the e-mail and names without regard to case, the id exactly, wildcards literally', async () => {
      const find = async (text: string) => ids(await store.directory.search({ withinIds: ['dgal'], text, limit: 50 }));
      expect(await find('DUP')).toEqual(['agent035']);
      expect(await find('yves.agent')).toEqual(['agent029']);
      expect(await find('agent075')).toEqual(['agent075']);
      expect(await find('pont')).toEqual([]);
      expect(await find('pour%')).toEqual(['percent1']);
      expect(await find('pour_')).toEqual([]);
      expect(await find('%')).toEqual([]);
      expect(await find('_')).toEqual([]);
      expect(await find('nobody')).toEqual([]);
    });

    describe('without regard to accents (docs/adr/0060)', () => {
      const find = async (text: string) =>
        ids(await store.directory.search({ withinIds: ['operators'], text, limit: 50 })).sort();
      const person = (id: string, firstName: string, lastName: string, email = `${id}@example.eu`): NewUser => ({
        ...user(id, email),
        firstName,
        lastName,
      });
      beforeEach(async () => {
        await store.users.create(person('elodie01', 'Élodie', 'Lefèvre', 'Élodie.Lefèvre@Agri.example'));
        await store.users.createMany([
          person('lukasz01', 'Łukasz', 'Wałęsa'),
          person('jurgen01', 'Jürgen', 'Strauß'),
          person('eleni001', 'Ελένη', 'Παπαδοπούλου'),
          person('soren001', 'Søren', 'Dvořák'),
        ]);
        for (const id of ['elodie01', 'lukasz01', 'jurgen01', 'eleni001', 'soren001']) {
          await store.organisations.placeAccount(id, 'operators');
        }
      });

      it('finds a name typed with or without its accents, in any case, on every backend alike', async () => {
        for (const typed of ['élodie', 'Élodie', 'ELODIE', 'elodie', 'lefevre', 'LEFÈVRE', 'élodie.lef']) {
          expect(await find(typed), typed).toEqual(['elodie01']);
        }
        expect(await find('lukasz')).toEqual(['lukasz01']);
        expect(await find('walesa')).toEqual(['lukasz01']);
        expect(await find('strauss')).toEqual(['jurgen01']);
        expect(await find('jurgen')).toEqual(['jurgen01']);
        expect(await find('ελενη')).toEqual(['eleni001']);
        expect(await find('ΠΑΠΑΔΟΠΟΥΛΟΥ')).toEqual(['eleni001']);
        expect(await find('soren')).toEqual(['soren001']);
        expect(await find('dvorak')).toEqual(['soren001']);
      });

      it('finds the first name then the last, or the last then the first (the French "NOM Prénom")', async () => {
        expect(await find('elodie lef')).toEqual(['elodie01']);
        expect(await find('LEFEVRE Élodie')).toEqual(['elodie01']);
        expect(await find('  lefèvre   élo ')).toEqual(['elodie01']);
        expect(await find('lefevre jurgen')).toEqual([]);
      });

      it('finds a text that folds to nothing nowhere, not everywhere', async () => {
        expect(await find('\u0301')).toEqual([]);
      });

      it('follows every change of a name or an e-mail address', async () => {
        expect(await store.users.update('elodie01', { firstName: 'Hélène' })).toBe(true);
        expect(await find('elodie lef')).toEqual([]);
        expect(await find('helene lefevre')).toEqual(['elodie01']);
        expect(await store.users.update('elodie01', { lastName: 'Bœuf' })).toBe(true);
        expect(await find('lefevre')).toEqual([]);
        expect(await find('boeuf helene')).toEqual(['elodie01']);
        expect(await store.users.update('elodie01', { firstName: 'Zoë', lastName: 'Noël' })).toBe(true);
        expect(await find('zoe noel')).toEqual(['elodie01']);
        expect(await store.users.update('elodie01', { email: 'ZOE.NOËL@agri.example' })).toBe(true);
        expect(await find('élodie.')).toEqual([]);
        expect(await find('zoe.noel@')).toEqual(['elodie01']);
        expect(await store.users.update('nobody00', { firstName: 'Personne' })).toBe(false);
      });
    });

    it('unites several scopes and stops at the limit', async () => {
      const rows = await store.directory.search({ withinIds: ['ddpp-35', 'draaf-idf'], text: '', limit: 50 });
      expect(ids(rows)).toEqual(['agent035', 'agent075', 'percent1']);
      expect(await store.directory.search({ withinIds: ['dgal'], text: '', limit: 2 })).toHaveLength(2);
    });
  });
}
