import {
  applyPlan,
  IMPORT_CHUNK,
  importProgress,
  isSesameError,
  loadActor,
  planImport,
  prepareExport,
  stageImport,
  startImport,
  type Actor,
  type AdminDeps,
  type DurableStore,
  type EphemeralStore,
  type ImportRecord,
  type MailRequest,
  type Role,
} from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDurableStore, createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryPostgresStore } from '../temporary-stores';

/**
 * The CSV import and export of issue 14 point 2 (core admin/account-import.ts, account-export.ts,
 * docs/adr/0035) over SQLite, and PostgreSQL when DATABASE_URL is set: the dry run writes nothing,
 * a line out of reach is refused with its reason, the confirmation applies, the same file twice
 * changes nothing and mails nobody, the job is its starter's only.
 *
 * root ─┬─ draaf-bzh ─┬─ ddpp-35
 *       │             └─ ddpp-29
 *       └─ draaf-idf ─── ddpp-75   (Paul, out of Anne's reach)
 */
const META = { ip: '192.0.2.7', userAgent: 'tests', locale: 'en' as const };

function describeImport(name: string, open: () => Promise<DurableStore>): void {
  describe(`CSV import over ${name}`, () => {
    let durable: DurableStore;
    let ephemeral: EphemeralStore;
    let mails: MailRequest[];
    let deps: AdminDeps;
    const actors: Record<string, Actor> = {};

    async function person(id: string, organisationId: string, role?: Role) {
      await durable.users.create({
        id,
        email: `${id}@example.eu`,
        firstName: 'Agent',
        lastName: id,
        emailLocale: 'fr',
        passwordHash: 'x',
        organisation: null,
        roles: [],
        createdAt: new Date(),
      });
      await durable.organisations.placeAccount(id, organisationId);
      if (role) await durable.roles.grant({ userId: id, role, scopeId: organisationId }, new Date());
      actors[id] = await loadActor(durable, id);
    }

    beforeEach(async () => {
      durable = await open();
      ephemeral = createMemoryEphemeralStore();
      mails = [];
      deps = {
        durable,
        ephemeral,
        mailer: { send: async (mail) => void mails.push(mail) },
        clock: { now: () => new Date() },
        policy: {} as AdminDeps['policy'],
      };
      for (const [id, parentId] of [
        ['draaf-bzh', 'root'],
        ['ddpp-35', 'draaf-bzh'],
        ['ddpp-29', 'draaf-bzh'],
        ['draaf-idf', 'root'],
        ['ddpp-75', 'draaf-idf'],
      ] as const) {
        await durable.organisations.create({ id, parentId, kind: 'service', name: id.toUpperCase() }, new Date());
      }
      await person('anne', 'draaf-bzh', 'local_manager');
      await person('hugo', 'draaf-idf', 'local_manager');
      await person('paul', 'ddpp-75');
      await person('yves', 'ddpp-29');
    });
    afterEach(async () => {
      await ephemeral.close();
      await durable.close();
    });

    const row = (line: number, email: string, extra: Partial<Record<string, string>> = {}): ImportRecord => ({
      line,
      values: {
        email,
        first_name: 'Jeanne',
        last_name: `Agent${'abcdefghijk'[line]}`,
        organisation_id: 'ddpp-35',
        ...extra,
      },
    });
    const FILE: ImportRecord[] = [
      row(2, 'jeanne.a@example.eu', { external_id: 'HR-2' }),
      row(3, 'jeanne.b@example.eu', { organisation_id: '', language: 'en' }),
      row(4, 'yves@example.eu', { first_name: 'Agent', last_name: 'yves', organisation_id: 'ddpp-29' }),
      row(5, 'yves@example.eu', { first_name: 'Yves', last_name: 'Kerouac', organisation_id: 'ddpp-29' }),
      row(6, 'paul@example.eu', { organisation_id: 'ddpp-29' }),
      row(7, 'jeanne.c@example.eu', { organisation_id: 'ddpp-75' }),
      row(8, 'not an address', { first_name: '' }),
      row(9, 'jeanne.a@example.eu'),
      row(10, 'jeanne.d@example.eu', { organisation_id: 'nowhere' }),
    ];

    it('plans line by line, writing nothing: created, updated, unchanged, and each refusal with its reason', async () => {
      const users = await durable.users.count();
      const plan = await planImport(deps, actors.anne!, FILE, { defaultOrganisationId: 'ddpp-29' }, META);
      expect(plan.lines.map((l) => [l.line, l.action])).toEqual([
        [2, 'create'],
        [3, 'create'],
        [4, 'unchanged'],
        [5, 'error'],
        [6, 'error'],
        [7, 'error'],
        [8, 'error'],
        [9, 'error'],
        [10, 'error'],
      ]);
      const errors = Object.fromEntries(plan.lines.map((l) => [l.line, l.action === 'error' ? l.errors : null]));
      expect(errors[5]).toEqual([{ field: 'email', reason: 'duplicate' }]);
      expect(errors[6]).toEqual([{ field: 'email', reason: 'taken' }]);
      expect(errors[7]).toEqual([{ field: 'organisationId', reason: 'out_of_scope' }]);
      expect(errors[8]).toEqual([
        { field: 'email', reason: 'malformed' },
        { field: 'firstName', reason: 'required' },
      ]);
      expect(errors[9]).toEqual([{ field: 'email', reason: 'duplicate' }]);
      expect(errors[10]).toEqual(errors[7]);
      expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 1, error: 6 });
      const created = plan.lines[1];
      expect(created?.action === 'create' && created.invitation).toMatchObject({
        organisationId: 'ddpp-29',
        emailLocale: 'en',
      });
      expect(await durable.users.count()).toBe(users);
      expect(mails).toEqual([]);
    });

    it('attacker: one dry run confirmed twice at once starts one import, one set of invitations', async () => {
      const staged = await stageImport(deps, actors.anne!, FILE, {}, META);
      const users = await durable.users.count();
      const settled = await Promise.allSettled([
        startImport(deps, actors.anne!, staged.id, META),
        startImport(deps, actors.anne!, staged.id, META),
      ]);
      const started = settled.filter((r) => r.status === 'fulfilled');
      expect(started).toHaveLength(1);
      await (started[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof startImport>>>).value.done;
      expect(await durable.users.count()).toBe(users + 1);
      expect(mails).toHaveLength(1);
    });

    it('applies on confirmation, mails the invitations, and the same file again changes nothing', async () => {
      const staged = await stageImport(deps, actors.anne!, FILE, {}, META);
      expect(await importProgress(deps, actors.anne!, staged.id)).toBeNull();
      const { job, done } = await startImport(deps, actors.anne!, staged.id, META);
      expect(job).toMatchObject({ state: 'running', total: FILE.length, processed: 0 });
      const finished = await done;
      expect(finished).toMatchObject({
        state: 'done',
        processed: FILE.length,
        created: 1,
        updated: 0,
        unchanged: 1,
        errorCount: 7,
        mailed: 1,
        mailFailed: 0,
      });
      expect(await importProgress(deps, actors.anne!, staged.id)).toEqual(finished);
      // Someone else's job is nobody's business: the same answer as an unknown one.
      expect(await importProgress(deps, actors.hugo!, staged.id)).toBeNull();
      expect(mails.map((m) => [m.template, m.to])).toEqual([['invitation', 'jeanne.a@example.eu']]);
      const jeanne = await durable.users.findByEmail('jeanne.a@example.eu');
      expect(jeanne).toMatchObject({ externalId: 'HR-2', firstName: 'Jeanne', lastName: 'Agentc' });
      expect((await durable.organisations.accountOrganisation(jeanne!.id))?.id).toBe('ddpp-35');
      const [invited] = await durable.audit.list({ userId: jeanne!.id, limit: 1 });
      expect(invited).toMatchObject({ type: 'account.invited', details: { actor: 'anne', source: 'import' } });

      // A confirmation is used once.
      const again = await startImport(deps, actors.anne!, staged.id, META).catch((e: unknown) => e);
      expect(isSesameError(again, 'LINK_INVALID')).toBe(true);

      const second = await stageImport(deps, actors.anne!, FILE, {}, META);
      expect(second.plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 7 });
      const users = await durable.users.count();
      await (
        await startImport(deps, actors.anne!, second.id, META)
      ).done;
      expect(await durable.users.count()).toBe(users);
      expect(mails).toHaveLength(1);
    });

    it('matches by external id first, updates names and moves within reach', async () => {
      await (
        await startImport(deps, actors.anne!, (await stageImport(deps, actors.anne!, [FILE[0]!], {}, META)).id, META)
      ).done;
      const renamed = row(2, 'jeanne.a@example.eu', {
        external_id: 'HR-2',
        last_name: 'Martin',
        organisation_id: 'ddpp-29',
      });
      const staged = await stageImport(deps, actors.anne!, [renamed], {}, META);
      expect(staged.plan.lines[0]).toMatchObject({
        action: 'update',
        changes: { lastName: 'Martin' },
        moveTo: 'ddpp-29',
      });
      expect(await (await startImport(deps, actors.anne!, staged.id, META)).done).toMatchObject({ updated: 1 });
      const jeanne = await durable.users.findByExternalId('HR-2');
      expect(jeanne?.lastName).toBe('Martin');
      expect((await durable.organisations.accountOrganisation(jeanne!.id))?.id).toBe('ddpp-29');
      // The same external id under another address is refused: addresses are their owners' to change.
      const other = await planImport(deps, actors.anne!, [row(2, 'x@example.eu', { external_id: 'HR-2' })], {}, META);
      expect(other.lines[0]).toMatchObject({ action: 'error', errors: [{ field: 'email', reason: 'conflict' }] });
      // Hugo's import cannot reach Jeanne through her external id.
      const hugo = await planImport(
        deps,
        actors.hugo!,
        [row(2, 'jeanne.a@example.eu', { external_id: 'HR-2', organisation_id: 'ddpp-75' })],
        {},
        META,
      );
      expect(hugo.lines[0]).toMatchObject({ action: 'error', errors: [{ field: 'externalId', reason: 'taken' }] });
    });

    it('writes a file of several chunks: every line created, audited in the file’s order, mailed; the same file again changes nothing', async () => {
      const lines = 2 * IMPORT_CHUNK + 50;
      const file = Array.from({ length: lines }, (_, i) =>
        row(i + 2, `agent.${i}@example.eu`, { external_id: `HR-${i}`, organisation_id: i % 2 ? 'ddpp-35' : 'ddpp-29' }),
      );
      const staged = await stageImport(deps, actors.anne!, file, {}, META);
      const users = await durable.users.count();
      const { done } = await startImport(deps, actors.anne!, staged.id, META);
      expect(await done).toMatchObject({ processed: lines, created: lines, errorCount: 0, mailed: lines });
      expect(await durable.users.count()).toBe(users + lines);
      expect(new Set(mails.map((m) => m.to))).toEqual(new Set(file.map((r) => r.values.email)));
      const invited = (await durable.audit.search({ actorId: 'anne', limit: lines + 10 })).reverse();
      expect(invited).toHaveLength(lines);
      const accounts = await durable.users.findMany({ emails: [], externalIds: file.map((_, i) => `HR-${i}`) });
      const idOf = new Map(accounts.map((a) => [a.externalId, a.id]));
      expect(invited.map((e) => [e.type, e.userId, e.details.organisation, e.details.source])).toEqual(
        file.map((r, i) => ['account.invited', idOf.get(`HR-${i}`), r.values.organisation_id, 'import']),
      );
      for (const [i, organisation] of [
        [0, 'ddpp-29'],
        [lines - 1, 'ddpp-35'],
      ] as const) {
        expect((await durable.organisations.accountOrganisation(idOf.get(`HR-${i}`)!))?.id).toBe(organisation);
      }
      // The same file again: all unchanged, nothing written, nobody mailed.
      const again = await stageImport(deps, actors.anne!, file, {}, META);
      expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: lines, error: 0 });
      expect(await (await startImport(deps, actors.anne!, again.id, META)).done).toMatchObject({ unchanged: lines });
      expect(await durable.users.count()).toBe(users + lines);
      expect(mails).toHaveLength(lines);
    });

    it('a chunk that meets an address taken since its plan refuses that line only, and writes and audits the others', async () => {
      const file = [
        row(2, 'first@example.eu'),
        row(3, 'taken@example.eu'),
        row(4, 'yves@example.eu', { first_name: 'Yves', last_name: 'Kerouac', organisation_id: 'ddpp-29' }),
        row(5, 'last@example.eu'),
      ];
      const plan = await planImport(deps, actors.anne!, file, {}, META);
      expect(plan.counts).toEqual({ create: 3, update: 1, unchanged: 0, error: 0 });
      // Someone else takes the address between the plan and its writing.
      await person('taken', 'ddpp-75');
      const reports: number[] = [];
      const progress = await applyPlan(deps, actors.anne!, plan, META, async (p) => void reports.push(p.processed));
      expect(progress).toMatchObject({ processed: 4, created: 2, updated: 1, errorCount: 1, mailed: 2 });
      expect(progress.errors).toEqual([
        { line: 3, email: 'taken@example.eu', errors: [{ field: 'email', reason: 'taken' }] },
      ]);
      expect(reports).toEqual([4]);
      expect((await durable.users.findById('taken'))?.firstName).toBe('Agent');
      expect((await durable.users.findById('yves'))?.lastName).toBe('Kerouac');
      expect(mails.map((m) => m.to).sort()).toEqual(['first@example.eu', 'last@example.eu']);
      const audited = (await durable.audit.search({ actorId: 'anne', limit: 10 })).reverse();
      expect(audited.map((e) => [e.type, e.details.fields ?? e.details.organisation])).toEqual([
        ['account.invited', 'ddpp-35'],
        ['account.updated', 'firstName,lastName'],
        ['account.invited', 'ddpp-35'],
      ]);
    });

    it('refuses an import to a person who may invite nowhere, and a confirmation by another person', async () => {
      const none = await planImport(deps, actors.paul!, FILE, {}, META).catch((e: unknown) => e);
      expect(isSesameError(none, 'FORBIDDEN')).toBe(true);
      const staged = await stageImport(deps, actors.anne!, FILE, {}, META);
      const stolen = await startImport(deps, actors.hugo!, staged.id, META).catch((e: unknown) => e);
      expect(isSesameError(stolen, 'LINK_INVALID')).toBe(true);
    });

    it('exports the subtree, every account once, and refuses an organisation out of reach', async () => {
      const { rows } = await prepareExport(deps, actors.anne!, undefined, { ip: '192.0.2.1', userAgent: null });
      const ids: string[] = [];
      for await (const each of rows()) ids.push(each.id);
      expect(ids.sort()).toEqual(['anne', 'yves']);
      const refused = await prepareExport(deps, actors.anne!, 'ddpp-75', { ip: '192.0.2.1', userAgent: null }).catch(
        (e: unknown) => e,
      );
      expect(isSesameError(refused, 'FORBIDDEN')).toBe(true);
    });
  });
}

describeImport('SQLite', () => createDurableStore('sqlite::memory:'));
withBackend('postgres', (url) => describeImport('PostgreSQL', () => createTemporaryPostgresStore(url)));
