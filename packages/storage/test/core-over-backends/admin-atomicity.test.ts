import {
  changeRole,
  configureCampaign,
  createOrganisation,
  deactivateAccount,
  deleteAccount,
  excludeFromCampaign,
  expediteRecoveryByAdmin,
  includeInCampaign,
  inviteAccount,
  loadActor,
  moveAccount,
  moveOrganisation,
  reactivateAccount,
  renameOrganisation,
  resetSecondFactorByAdmin,
  SignInGuard,
  unlockAccount,
  updateAccountDetails,
  type AccountPolicy,
  type Actor,
  type AdminDeps,
  type DurableRepositories,
  type DurableStore,
  type EphemeralStore,
  type MailRequest,
  type MigrationDeps,
} from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDurableStore, createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryPostgresStore } from '../temporary-stores';

/**
 * Every administrative write and its audit line are one transaction (issue 14, docs/adr/0041 §3),
 * on SQLite and PostgreSQL: with an audit log whose writes fail, each admin use case fails and
 * leaves the store exactly as it was — accounts, tree, roles, factors, campaign, recovery, locks —
 * and mails nobody. The use cases are core's, over the real backends.
 *
 * root ── dgal ── draaf-bzh ─┬─ ddpp-35 (Marie, Paul)   Anne: local manager of draaf-bzh
 *                            └─ ddpp-29
 */

const POLICY: AccountPolicy = {
  password: { minLength: 12, maxLength: 128, blocklist: new Set() },
  linkTtlMinutes: 90,
  lockAfterFailures: 5,
  accountLockAfterFailures: 3,
  lockMinutes: 15,
  mailRequests: { perAddress: 5, perIp: 30, windowMinutes: 15 },
};
const META = { ip: '192.0.2.7', userAgent: 'tests', locale: 'fr' as const };

/** The store with an audit log that refuses every line, inside transactions and out. */
function failingAudit(store: DurableStore): DurableStore {
  const broken = <T extends DurableRepositories>(repositories: T): T => ({
    ...repositories,
    audit: { ...repositories.audit, append: () => Promise.reject(new Error('the audit log is full')) },
  });
  return { ...broken(store), transaction: (work) => store.transaction((tx) => work(broken(tx))) };
}

function describeAtomicity(name: string, open: () => Promise<DurableStore>): void {
  describe(`admin writes and their audit lines over ${name} (docs/adr/0041 §3)`, () => {
    let durable: DurableStore;
    let ephemeral: EphemeralStore;
    let mails: MailRequest[];
    let anne: Actor;
    const clock = Date.parse('2026-12-07T09:00:00Z');

    const deps = (store: DurableStore): AdminDeps & MigrationDeps => ({
      durable: store,
      ephemeral,
      policy: POLICY,
      clock: { now: () => new Date(clock) },
      mailer: { send: async (mail) => void mails.push(mail) },
      smsSunsetFor: () => null,
      reminderEveryDays: 7,
      defaultCampaign: { enabled: false, snoozes: 3, snoozeDays: 7, deadline: null },
    });

    beforeEach(async () => {
      durable = await open();
      ephemeral = createMemoryEphemeralStore({ clock: () => clock });
      mails = [];
      for (const [id, parent] of [
        ['dgal', 'root'],
        ['draaf-bzh', 'dgal'],
        ['ddpp-35', 'draaf-bzh'],
        ['ddpp-29', 'draaf-bzh'],
      ] as const) {
        await durable.organisations.create(
          { id, parentId: parent, kind: 'service', name: id.toUpperCase() },
          new Date(),
        );
      }
      for (const [id, organisationId] of [
        ['marie035', 'ddpp-35'],
        ['paul0035', 'ddpp-35'],
        ['anne0bzh', 'draaf-bzh'],
      ] as const) {
        await durable.users.create({
          id,
          email: `${id}@example.eu`,
          firstName: 'Agent',
          lastName: id,
          emailLocale: 'fr',
          passwordHash: 'hash',
          organisation: null,
          roles: [],
          createdAt: new Date(clock),
          organisationId,
        });
      }
      await durable.roles.grant({ userId: 'anne0bzh', role: 'local_manager', scopeId: 'draaf-bzh' }, new Date(clock));
      await durable.roles.grant({ userId: 'paul0035', role: 'helpdesk', scopeId: 'ddpp-35' }, new Date(clock));
      await durable.users.update('paul0035', { deactivatedAt: new Date(clock) });
      await durable.users.startRecovery('marie035', {
        startedAt: new Date(clock - 3_600_000),
        readyAt: new Date(clock + 20 * 3_600_000),
      });
      await durable.campaign.exclude('paul0035', { reason: 'no phone', by: 'anne0bzh', at: new Date(clock) });
      await durable.credentials.create({
        id: 'totp-1',
        userId: 'marie035',
        kind: 'totp',
        name: 'Phone',
        externalId: null,
        secret: { keyId: 'k1', ciphertext: 'aXZpdml2aXZpdml2Y2lwaGVydGV4dHRhZw' },
        data: '{"algorithm":"SHA1","digits":6,"period":30}',
        counter: 0,
        status: 'active',
        createdAt: new Date(clock),
        lastUsedAt: null,
      });
      const guard = new SignInGuard(ephemeral, POLICY);
      for (let i = 0; i < POLICY.accountLockAfterFailures; i++) {
        await (await guard.reserve('marie035@example.eu', `198.51.100.${i + 1}`)).failed();
      }
      anne = await loadActor(durable, 'anne0bzh');
    });
    afterEach(async () => {
      await ephemeral.close();
      await durable.close();
    });

    /** Everything an admin write could touch. */
    async function state() {
      const people = ['marie035', 'paul0035', 'anne0bzh'];
      return {
        users: await Promise.all(people.map((id) => durable.users.findById(id))),
        placed: await Promise.all(people.map((id) => durable.organisations.accountOrganisation(id))),
        roles: await Promise.all(people.map((id) => durable.roles.listForAccount(id))),
        tree: await durable.organisations.list(),
        credentials: await durable.credentials.listByUser('marie035'),
        devices: await durable.devices.listByUser('marie035'),
        campaign: await durable.campaign.settingsFor(['root', 'dgal', 'draaf-bzh', 'ddpp-35']),
        agents: await Promise.all(people.map((id) => durable.campaign.agent(id))),
        invited: await durable.users.findByEmail('nouvelle@example.eu'),
        audit: await durable.audit.list({ limit: 1000 }),
        locked: (await new SignInGuard(ephemeral, POLICY).lockState('marie035@example.eu')).lockedEverywhere,
      };
    }

    const WRITES: Array<[string, (d: AdminDeps & MigrationDeps) => Promise<unknown>]> = [
      ['deactivate', (d) => deactivateAccount(d, anne, 'marie035', META)],
      ['reactivate', (d) => reactivateAccount(d, anne, 'paul0035', META)],
      ['erase', (d) => deleteAccount(d, anne, 'marie035', META)],
      ['move an account', (d) => moveAccount(d, anne, 'marie035', 'ddpp-29', META)],
      ['update names', (d) => updateAccountDetails(d, anne, 'marie035', { lastName: 'Curie' }, META)],
      [
        'grant a role',
        (d) => changeRole(d, anne, 'granted', { userId: 'marie035', role: 'helpdesk', scopeId: 'ddpp-35' }, META),
      ],
      [
        'revoke a role',
        (d) => changeRole(d, anne, 'revoked', { userId: 'paul0035', role: 'helpdesk', scopeId: 'ddpp-35' }, META),
      ],
      ['reset the second factors', (d) => resetSecondFactorByAdmin(d, anne, 'marie035', 'phone lost', META)],
      ['unlock', (d) => unlockAccount(d, anne, 'marie035', META)],
      [
        'invite',
        (d) =>
          inviteAccount(
            d,
            anne,
            { email: 'nouvelle@example.eu', firstName: 'Nouvelle', lastName: 'Agente', organisationId: 'ddpp-35' },
            META,
          ),
      ],
      [
        'create an organisation',
        (d) =>
          createOrganisation(
            d,
            anne,
            { parentId: 'ddpp-35', id: 'ddpp-35-sud', name: 'Sud', kind: 'service' },
            ['service'],
            META,
          ),
      ],
      [
        'rename an organisation',
        (d) => renameOrganisation(d, anne, { id: 'ddpp-35', name: 'DDPP Ille-et-Vilaine' }, META),
      ],
      ['move an organisation', (d) => moveOrganisation(d, anne, { id: 'ddpp-29', parentId: 'ddpp-35' }, META)],
      [
        'end a recovery’s wait',
        (d) =>
          expediteRecoveryByAdmin(
            d,
            anne,
            'marie035',
            { reason: 'ID checked', recoveryStartedAt: String(clock - 3_600_000) },
            META,
          ),
      ],
      ['exclude from the campaign', (d) => excludeFromCampaign(d, anne, 'marie035', 'on leave', META)],
      ['include in the campaign', (d) => includeInCampaign(d, anne, 'paul0035', META)],
      [
        'configure the campaign',
        (d) =>
          configureCampaign(d, anne, 'ddpp-35', { enabled: true, snoozes: 1, snoozeDays: 3, deadline: null }, META),
      ],
    ];

    for (const [what, write] of WRITES) {
      it(`${what}: a failing audit write leaves nothing half-written, and mails nobody`, async () => {
        const before = await state();
        await expect(write(deps(failingAudit(durable)))).rejects.toThrow('the audit log is full');
        expect(await state()).toEqual(before);
        expect(mails).toEqual([]);
        // The same write with a working audit log changes something and writes its line.
        await write(deps(durable));
        const after = await state();
        expect(after).not.toEqual(before);
        expect(after.audit.length).toBeGreaterThan(before.audit.length);
      });
    }
  });
}

describeAtomicity('SQLite', () => createDurableStore('sqlite::memory:'));
withBackend('postgres', (url) => describeAtomicity('PostgreSQL', () => createTemporaryPostgresStore(url)));
