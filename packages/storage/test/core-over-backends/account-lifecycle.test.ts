import {
  authenticatePassword,
  completePasswordReset,
  deactivateAccount,
  deleteAccount,
  invitationPending,
  inviteAccount,
  isSesameError,
  loadActor,
  moveAccount,
  prepareExport,
  reactivateAccount,
  resendInvitation,
  updateAccountDetails,
  userStillValid,
  type AccountDeps,
  type AccountPolicy,
  type Actor,
  type AdminDeps,
  type DurableStore,
  type EphemeralStore,
  type MailRequest,
  type NewUser,
  type Role,
} from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDurableStore, createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryPostgresStore } from '../temporary-stores';

/**
 * The account lifecycle use cases of issue 14 point 2 (core admin/account-lifecycle.ts,
 * docs/adr/0035) over real stores: SQLite, and PostgreSQL when DATABASE_URL is set. Every refusal
 * is checked to change nothing.
 *
 * root ── dgal ── draaf-bzh ─┬─ ddpp-35 ── ddpp-35-sud
 *                            └─ ddpp-29
 */

const POLICY: AccountPolicy = {
  password: { minLength: 12, maxLength: 128, blocklist: new Set() },
  linkTtlMinutes: 90,
  lockAfterFailures: 5,
  accountLockAfterFailures: 20,
  lockMinutes: 15,
  mailRequests: { perAddress: 5, perIp: 30, windowMinutes: 15 },
};
const META = { ip: '192.0.2.7', userAgent: 'tests', locale: 'fr' as const };
const PASSWORD = 'le chat dort sur le radiateur';

function describeLifecycle(name: string, open: () => Promise<DurableStore>): void {
  describe(`account lifecycle over ${name}`, () => {
    let durable: DurableStore;
    let ephemeral: EphemeralStore;
    let mails: MailRequest[];
    let deps: AdminDeps & AccountDeps;
    let clock: number;
    const actors: Record<string, Actor> = {};

    const user = (id: string): NewUser => ({
      id,
      email: `${id}@example.eu`,
      firstName: 'Agent',
      lastName: id,
      emailLocale: 'en',
      passwordHash: `hash:${PASSWORD}`,
      organisation: null,
      roles: [],
      createdAt: new Date(clock),
    });

    async function person(id: string, organisationId: string, role?: Role, scopeId = organisationId) {
      await durable.users.create(user(id));
      await durable.organisations.placeAccount(id, organisationId);
      if (role) await durable.roles.grant({ userId: id, role, scopeId }, new Date(clock));
      actors[id] = await loadActor(durable, id);
    }

    beforeEach(async () => {
      durable = await open();
      clock = Date.parse('2026-12-07T09:00:00Z');
      ephemeral = createMemoryEphemeralStore({ clock: () => clock });
      mails = [];
      deps = {
        durable,
        ephemeral,
        hasher: { hash: async (p) => `hash:${p}`, verify: async (h, p) => h === `hash:${p}` },
        mailer: { send: async (mail) => void mails.push(mail) },
        clock: { now: () => new Date(clock) },
        policy: POLICY,
      };
      for (const [id, parent] of [
        ['dgal', 'root'],
        ['draaf-bzh', 'dgal'],
        ['ddpp-35', 'draaf-bzh'],
        ['ddpp-35-sud', 'ddpp-35'],
        ['ddpp-29', 'draaf-bzh'],
      ] as const) {
        await durable.organisations.create(
          { id, parentId: parent, kind: 'service', name: id.toUpperCase() },
          new Date(),
        );
      }
      await person('lm35', 'ddpp-35', 'local_manager');
      await person('lm29', 'ddpp-29', 'local_manager');
      await person('hd35', 'ddpp-35', 'helpdesk');
      await person('regional', 'draaf-bzh', 'local_manager');
      await person('agent35', 'ddpp-35');
      // Placed in DDPP 35 but manager of the whole region: out of DDPP 35's manager's rank.
      await person('boss', 'ddpp-35', 'local_manager', 'draaf-bzh');
    });
    afterEach(async () => {
      await ephemeral.close();
      await durable.close();
    });

    const invite = (actor: string, overrides: Record<string, string> = {}) =>
      inviteAccount(
        deps,
        actors[actor]!,
        {
          email: 'Nouvelle.Agente@Example.eu',
          firstName: 'Nouvelle',
          lastName: 'Agente',
          organisationId: 'ddpp-35',
          externalId: 'HR-1',
          ...overrides,
        },
        META,
      );
    const error = (promise: Promise<unknown>) =>
      promise.then(
        () => null,
        (e: unknown) => e,
      );
    const code = async (promise: Promise<unknown>) => {
      const e = await error(promise);
      return isSesameError(e) ? `${e.code}${e.details.refusal ? `:${e.details.refusal}` : ''}` : e;
    };

    it('invites an agent: no usable password, placed, audited, mailed a link that sets the password', async () => {
      const created = await invite('lm35', { emailLocale: 'en' });
      expect(created).toMatchObject({ email: 'nouvelle.agente@example.eu', externalId: 'HR-1', emailLocale: 'en' });
      expect(invitationPending(created)).toBe(true);
      expect((await durable.organisations.accountOrganisation(created.id))?.id).toBe('ddpp-35');
      const [line] = await durable.audit.list({ userId: created.id, limit: 5 });
      expect(line).toMatchObject({
        type: 'account.invited',
        details: { actor: 'lm35', role: 'local_manager', organisation: 'ddpp-35', source: 'console', language: 'en' },
      });
      expect(await code(authenticatePassword(deps, created.email, PASSWORD, META))).toBe('INVALID_CREDENTIALS');

      const [mail] = mails;
      expect(mail).toMatchObject({ template: 'invitation', to: created.email, locale: 'en' });
      if (mail?.template !== 'invitation') throw new Error('no invitation');
      expect(mail.params).toMatchObject({ ttlDays: 7, organisation: 'DDPP-35' });
      // Still valid after six days: an invitation lives longer than a reset link.
      clock += 6 * 86_400_000;
      await completePasswordReset(deps, mail.params.token, PASSWORD, PASSWORD, META);
      expect((await authenticatePassword(deps, created.email, PASSWORD, META)).id).toBe(created.id);
      // Its first password changes none: no "your password was changed" mail, an audit line that says so.
      expect(mails.map((x) => x.template)).toEqual(['invitation']);
      expect(
        (await durable.audit.list({ userId: created.id, limit: 5 })).find((x) => x.type === 'password.reset'),
      ).toMatchObject({
        details: { invitation: true },
      });
      expect(await code(completePasswordReset(deps, mail.params.token, PASSWORD, PASSWORD, META))).toBe('LINK_INVALID');
      // Active now: nothing to send again.
      expect(await resendInvitation(deps, actors.lm35!, created.id, META)).toBe(false);
    });

    it('the export tells an expired invitation from a pending one (docs/adr/0054 §6): sent again, invited again; used, active', async () => {
      const created = await invite('lm35');
      const stateOf = async () => {
        const { rows } = await prepareExport(deps, actors.lm35!, 'ddpp-35', META);
        const found = [];
        for await (const row of rows()) if (row.id === created.id) found.push(row);
        expect(found).toHaveLength(1);
        return found[0]!;
      };
      expect(await stateOf()).toMatchObject({ state: 'invited', invitationSentAt: new Date(clock) });
      // The link lives seven days: a second before, still invited; at seven days, expired.
      clock += 7 * 86_400_000 - 1_000;
      expect((await stateOf()).state).toBe('invited');
      clock += 1_000;
      expect((await stateOf()).state).toBe('invitation-expired');
      // Sent again: a new link, its own seven days.
      expect(await resendInvitation(deps, actors.lm35!, created.id, META)).toBe(true);
      expect(await stateOf()).toMatchObject({ state: 'invited', invitationSentAt: new Date(clock) });
      clock += 3 * 86_400_000;
      expect((await stateOf()).state).toBe('invited');
      // The owner chooses a password with the newest link: active, whatever the time.
      const mail = mails.at(-1);
      if (mail?.template !== 'invitation') throw new Error('no invitation');
      await completePasswordReset(deps, mail.params.token, PASSWORD, PASSWORD, META);
      clock += 30 * 86_400_000;
      expect((await stateOf()).state).toBe('active');
      // The others of the subtree: active, and deactivated apart.
      await deactivateAccount(deps, actors.lm35!, 'agent35', META);
      const { rows } = await prepareExport(deps, actors.lm35!, 'ddpp-35', META);
      const states: Record<string, string> = {};
      for await (const row of rows()) states[row.id] = row.state;
      expect(states).toMatchObject({ agent35: 'deactivated', lm35: 'active', [created.id]: 'active' });
    });

    it('refuses an organisation out of scope or unknown, and bad fields all at once; nothing is written', async () => {
      const before = await durable.users.count();
      expect(await code(invite('lm29'))).toBe('FORBIDDEN:out_of_scope');
      expect(await code(invite('lm35', { organisationId: 'draaf-bzh' }))).toBe('FORBIDDEN:out_of_scope');
      expect(await code(invite('lm35', { organisationId: 'nowhere' }))).toBe('FORBIDDEN:out_of_scope');
      expect(await code(invite('hd35'))).toBe('FORBIDDEN:no_role');
      const bad = await error(invite('lm35', { email: 'nope', firstName: '', externalId: 'a b' }));
      expect(isSesameError(bad, 'INVALID_INPUT') && bad.details.issues).toEqual([
        { field: 'email', reason: 'malformed' },
        { field: 'firstName', reason: 'required' },
        { field: 'externalId', reason: 'malformed' },
      ]);
      expect(await durable.users.count()).toBe(before);
      expect(mails).toEqual([]);
    });

    it('refuses a taken address or external id with nothing written', async () => {
      await invite('lm35');
      const before = await durable.users.count();
      expect(await code(invite('lm35', { externalId: 'HR-2' }))).toBe('EMAIL_UNAVAILABLE');
      expect(await code(invite('lm35', { email: 'other@example.eu' }))).toBe('EXTERNAL_ID_UNAVAILABLE');
      expect(await durable.users.count()).toBe(before);
      expect(mails).toHaveLength(1);
    });

    it('deactivates: the right password is refused, SSO and tickets no longer vouch; reactivates', async () => {
      const authTime = clock;
      clock += 1000;
      expect(await code(deactivateAccount(deps, actors.lm29!, 'agent35', META))).toBe('FORBIDDEN:out_of_scope');
      expect(await code(deactivateAccount(deps, actors.hd35!, 'agent35', META))).toBe('FORBIDDEN:no_role');
      expect(await code(deactivateAccount(deps, actors.lm35!, 'lm35', META))).toBe('FORBIDDEN:own_account');
      expect((await durable.users.findById('agent35'))?.deactivatedAt).toBeNull();

      expect(await deactivateAccount(deps, actors.lm35!, 'agent35', META)).toBe(true);
      expect(await deactivateAccount(deps, actors.lm35!, 'agent35', META)).toBe(false);
      expect(await code(authenticatePassword(deps, 'agent35@example.eu', PASSWORD, META))).toBe('ACCOUNT_DEACTIVATED');
      expect(await code(authenticatePassword(deps, 'agent35@example.eu', 'wrong password!!', META))).toBe(
        'INVALID_CREDENTIALS',
      );
      const cas = { findUser: (id: string) => durable.users.findById(id) } as Parameters<typeof userStillValid>[0];
      expect(await userStillValid(cas, 'agent35', authTime)).toBeNull();
      expect(await userStillValid(cas, 'agent35', clock + 1)).toBeNull();
      expect((await durable.audit.list({ userId: 'agent35', limit: 10 })).map((e) => e.type)).toContain(
        'account.deactivated',
      );

      expect(await code(reactivateAccount(deps, actors.lm29!, 'agent35', META))).toBe('FORBIDDEN:out_of_scope');
      expect(await reactivateAccount(deps, actors.regional!, 'agent35', META)).toBe(true);
      expect(await reactivateAccount(deps, actors.regional!, 'agent35', META)).toBe(false);
      expect((await authenticatePassword(deps, 'agent35@example.eu', PASSWORD, META)).id).toBe('agent35');
      // The sessions from before stay ended.
      expect(await userStillValid(cas, 'agent35', authTime)).toBeNull();
    });

    it('erases an account: everything personal goes, the audit keeps the bare identifier', async () => {
      const created = await invite('lm35');
      expect(await code(deleteAccount(deps, actors.lm29!, created.id, META))).toBe('FORBIDDEN:out_of_scope');
      expect(await code(deleteAccount(deps, actors.lm35!, 'boss', META))).toBe('FORBIDDEN:outranked');
      expect(await durable.users.findById(created.id)).not.toBeNull();

      await deleteAccount(deps, actors.lm35!, created.id, META);
      expect(await durable.users.findById(created.id)).toBeNull();
      expect(await durable.users.findByEmail(created.email)).toBeNull();
      const lines = await durable.audit.list({ userId: created.id, limit: 10 });
      expect(lines.map((e) => e.type)).toEqual(['account.deleted', 'account.invited']);
      expect(JSON.stringify(lines)).not.toMatch(/nouvelle|agente|HR-1/i);
      // Gone is gone: a second try is refused like any account out of reach.
      expect(await code(deleteAccount(deps, actors.lm35!, created.id, META))).toBe('FORBIDDEN:out_of_scope');
    });

    it('moves an account within the subtree only', async () => {
      expect(await code(moveAccount(deps, actors.lm35!, 'agent35', 'ddpp-29', META))).toBe('FORBIDDEN:out_of_scope');
      expect(await code(moveAccount(deps, actors.lm29!, 'agent35', 'ddpp-29', META))).toBe('FORBIDDEN:out_of_scope');
      expect((await durable.organisations.accountOrganisation('agent35'))?.id).toBe('ddpp-35');

      expect(await moveAccount(deps, actors.lm35!, 'agent35', 'ddpp-35-sud', META)).toBe(true);
      expect(await moveAccount(deps, actors.lm35!, 'agent35', 'ddpp-35-sud', META)).toBe(false);
      expect(await moveAccount(deps, actors.regional!, 'agent35', 'ddpp-29', META)).toBe(true);
      expect((await durable.organisations.accountOrganisation('agent35'))?.id).toBe('ddpp-29');
      const [moved] = await durable.audit.list({ userId: 'agent35', limit: 1 });
      expect(moved).toMatchObject({ type: 'account.moved', details: { from: 'ddpp-35-sud', to: 'ddpp-29' } });
    });

    it('updates names and external id, saying which fields changed', async () => {
      expect(
        await updateAccountDetails(deps, actors.lm35!, 'agent35', { lastName: 'Martin', externalId: 'E7' }, META),
      ).toEqual(['lastName', 'externalId']);
      expect(await updateAccountDetails(deps, actors.lm35!, 'agent35', { lastName: 'Martin' }, META)).toEqual([]);
      expect(await code(updateAccountDetails(deps, actors.lm29!, 'agent35', { lastName: 'X' }, META))).toBe(
        'FORBIDDEN:out_of_scope',
      );
      expect(await durable.users.findById('agent35')).toMatchObject({ lastName: 'Martin', externalId: 'E7' });
    });
  });
}

describeLifecycle('SQLite', () => createDurableStore('sqlite::memory:'));
withBackend('postgres', (url) => describeLifecycle('PostgreSQL', () => createTemporaryPostgresStore(url)));
