import { describe, expect, it } from 'vitest';
import { isSesameError } from '../errors';
import {
  ACTIONS,
  ADMIN_ACTIONS,
  assertAuthorised,
  authorise,
  mayEver,
  type Actor,
  type AdminAction,
  type AdminTarget,
} from './authorise';
import { ROLES, type Role, type ScopedRole } from './roles';

/*
 * root ─┬─ dgal ─┬─ draaf-bzh ─┬─ ddpp-35
 *       │        │             └─ ddpp-29
 *       │        └─ draaf-idf ─── ddpp-75
 *       └─ operators
 */
const PATH = {
  root: ['root'],
  dgal: ['root', 'dgal'],
  'draaf-bzh': ['root', 'dgal', 'draaf-bzh'],
  'ddpp-35': ['root', 'dgal', 'draaf-bzh', 'ddpp-35'],
  'ddpp-29': ['root', 'dgal', 'draaf-bzh', 'ddpp-29'],
  'draaf-idf': ['root', 'dgal', 'draaf-idf'],
  'ddpp-75': ['root', 'dgal', 'draaf-idf', 'ddpp-75'],
  operators: ['root', 'operators'],
} as const;
type Org = keyof typeof PATH;

const grant = (role: Role, scope: Org): ScopedRole => ({ role, scopePath: PATH[scope] });
const actor = (...grants: ScopedRole[]): Actor => ({ accountId: 'actor001', grants });
const account = (org: Org, ...grants: ScopedRole[]): AdminTarget => ({
  kind: 'account',
  accountId: 'target01',
  path: PATH[org],
  grants,
});
const organisation = (org: Org): AdminTarget => ({ kind: 'organisation', path: PATH[org] });

/**
 * What issue 14 point 1 says each role may do, written out independently of ACTIONS: A
 * administrator, L local manager, H helpdesk, U auditor.
 */
const EXPECTED: Record<AdminAction, string> = {
  'account.search': 'ALH',
  'account.view': 'ALH',
  'account.unlock': 'ALH',
  'account.send_password_reset': 'ALH',
  'account.reset_second_factor': 'ALH',
  // docs/adr/0041 §4: ending a recovery's wait after an identity check is helpdesk work, like a reset.
  'account.expedite_recovery': 'ALH',
  'account.deactivate': 'AL',
  'account.delete': 'AL',
  'account.move': 'AL',
  'account.update': 'AL',
  'account.invite': 'AL',
  'account.export': 'AL',
  'dashboard.view': 'AL',
  'reminders.send': 'AL',
  'campaign.configure': 'AL',
  'campaign.exclude': 'AL',
  'audit.view': 'ALU',
  'audit.export': 'ALU',
  'organisation.view': 'ALHU',
  'organisation.create': 'AL',
  'organisation.rename': 'AL',
  'organisation.move': 'AL',
  'role.grant.administrator': 'A',
  'role.grant.local_manager': 'AL',
  'role.grant.helpdesk': 'AL',
  'role.grant.auditor': 'A',
  'settings.manage': 'A',
};
const LETTER: Record<Role, string> = { administrator: 'A', local_manager: 'L', helpdesk: 'H', auditor: 'U' };

function targetOf(action: AdminAction, org: Org): AdminTarget {
  return (ACTIONS[action].targets as readonly string[]).includes('account') ? account(org) : organisation(org);
}

describe('authorise: every action × every role × in and out of scope', () => {
  it('the expectations cover every action', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ADMIN_ACTIONS].sort());
  });

  for (const action of ADMIN_ACTIONS) {
    for (const role of ROLES) {
      // An administrator's scope is the root (roles.ts checkGrantScope); the others hold DRAAF Bretagne.
      const scope: Org = role === 'administrator' ? 'root' : 'draaf-bzh';
      const allowed = EXPECTED[action].includes(LETTER[role]);

      it(`${action} as ${role}: ${allowed ? 'allowed' : 'refused'} in scope`, () => {
        const decision = authorise(actor(grant(role, scope)), action, targetOf(action, 'ddpp-35'));
        expect(decision).toEqual(
          allowed ? { allowed: true, grant: grant(role, scope) } : { allowed: false, reason: 'no_role' },
        );
      });

      if (role !== 'administrator') {
        it(`${action} as ${role}: refused out of scope (a sibling region, the parent, another branch)`, () => {
          for (const org of ['ddpp-75', 'draaf-idf', 'dgal', 'root', 'operators'] as const) {
            const decision = authorise(actor(grant(role, scope)), action, targetOf(action, org));
            expect(decision).toEqual({ allowed: false, reason: allowed ? 'out_of_scope' : 'no_role' });
          }
        });
      }
    }
  }
});

describe('authorise: the scope', () => {
  it('reaches the scope organisation itself and its whole subtree', () => {
    const lm = actor(grant('local_manager', 'draaf-bzh'));
    for (const org of ['draaf-bzh', 'ddpp-35', 'ddpp-29'] as const) {
      expect(authorise(lm, 'account.unlock', account(org)).allowed).toBe(true);
    }
  });

  it('uses any grant that fits: helpdesk here, local manager there', () => {
    const both = actor(grant('helpdesk', 'draaf-idf'), grant('local_manager', 'ddpp-35'));
    expect(authorise(both, 'account.unlock', account('ddpp-75'))).toEqual({
      allowed: true,
      grant: grant('helpdesk', 'draaf-idf'),
    });
    expect(authorise(both, 'account.delete', account('ddpp-75'))).toEqual({ allowed: false, reason: 'out_of_scope' });
    expect(authorise(both, 'account.delete', account('ddpp-35')).allowed).toBe(true);
  });

  it('needs the target strictly below the scope to reshape the tree', () => {
    const lm = actor(grant('local_manager', 'draaf-bzh'));
    expect(authorise(lm, 'organisation.move', organisation('draaf-bzh'))).toEqual({
      allowed: false,
      reason: 'out_of_scope',
    });
    expect(authorise(lm, 'organisation.rename', organisation('draaf-bzh')).allowed).toBe(false);
    expect(authorise(lm, 'organisation.move', organisation('ddpp-35')).allowed).toBe(true);
    expect(authorise(lm, 'organisation.create', organisation('draaf-bzh')).allowed).toBe(true);
  });

  it('refuses an actor with no grant at all', () => {
    for (const action of ADMIN_ACTIONS) {
      expect(authorise(actor(), action, targetOf(action, 'ddpp-35'))).toEqual({ allowed: false, reason: 'no_role' });
    }
  });

  it('throws on a target of the wrong kind (a programming error, never a refusal)', () => {
    expect(() => authorise(actor(grant('administrator', 'root')), 'account.unlock', organisation('root'))).toThrow(
      /does not apply/,
    );
  });
});

describe('authorise: the account changed', () => {
  const CHANGES = ADMIN_ACTIONS.filter((a) => 'changesAccount' in ACTIONS[a]);

  it('never lets anyone change their own account, not even an administrator', () => {
    const admin = actor(grant('administrator', 'root'));
    for (const action of CHANGES) {
      const own: AdminTarget = { kind: 'account', accountId: 'actor001', path: PATH['ddpp-35'], grants: [] };
      expect(authorise(admin, action, own)).toEqual({ allowed: false, reason: 'own_account' });
    }
    const own: AdminTarget = { kind: 'account', accountId: 'actor001', path: PATH['ddpp-35'], grants: [] };
    expect(authorise(admin, 'account.view', own).allowed).toBe(true);
  });

  it('refuses a helpdesk agent on a local manager’s or an auditor’s account', () => {
    const helpdesk = actor(grant('helpdesk', 'draaf-bzh'));
    expect(
      authorise(helpdesk, 'account.reset_second_factor', account('ddpp-35', grant('local_manager', 'ddpp-35'))),
    ).toEqual({
      allowed: false,
      reason: 'outranked',
    });
    expect(authorise(helpdesk, 'account.unlock', account('ddpp-35', grant('auditor', 'ddpp-35'))).allowed).toBe(false);
    expect(authorise(helpdesk, 'account.unlock', account('ddpp-35', grant('helpdesk', 'ddpp-35'))).allowed).toBe(false);
    // Reading is not changing.
    expect(authorise(helpdesk, 'account.view', account('ddpp-35', grant('local_manager', 'ddpp-35'))).allowed).toBe(
      true,
    );
  });

  it('lets a local manager act on the managers and helpdesk below, not on those above or elsewhere', () => {
    const lm = actor(grant('local_manager', 'draaf-bzh'));
    expect(authorise(lm, 'account.unlock', account('ddpp-35', grant('local_manager', 'ddpp-35'))).allowed).toBe(true);
    expect(authorise(lm, 'account.unlock', account('ddpp-35', grant('helpdesk', 'draaf-bzh'))).allowed).toBe(true);
    // Placed in DDPP 35 but manager of the whole ministry: out of reach.
    expect(authorise(lm, 'account.unlock', account('ddpp-35', grant('local_manager', 'dgal')))).toEqual({
      allowed: false,
      reason: 'outranked',
    });
    // Placed here, holds a role over another region.
    expect(authorise(lm, 'account.delete', account('ddpp-35', grant('helpdesk', 'draaf-idf'))).allowed).toBe(false);
    expect(authorise(lm, 'account.delete', account('ddpp-35', grant('administrator', 'root'))).allowed).toBe(false);
    expect(authorise(lm, 'account.delete', account('ddpp-35', grant('auditor', 'ddpp-35'))).allowed).toBe(false);
  });

  it('lets an administrator act on any account but its own, another administrator’s included', () => {
    const admin = actor(grant('administrator', 'root'));
    expect(authorise(admin, 'account.delete', account('ddpp-35', grant('administrator', 'root'))).allowed).toBe(true);
  });
});

describe('mayEver and assertAuthorised', () => {
  it('mayEver says whether some grant allows the action anywhere', () => {
    expect(mayEver(actor(grant('helpdesk', 'ddpp-35')), 'account.unlock')).toBe(true);
    expect(mayEver(actor(grant('helpdesk', 'ddpp-35')), 'audit.view')).toBe(false);
    expect(mayEver(actor(), 'account.view')).toBe(false);
  });

  it('assertAuthorised throws FORBIDDEN with the refusal', () => {
    const error = (() => {
      try {
        assertAuthorised(actor(grant('helpdesk', 'ddpp-35')), 'account.unlock', account('ddpp-75'));
      } catch (e) {
        return e;
      }
    })();
    expect(isSesameError(error, 'FORBIDDEN')).toBe(true);
    expect(isSesameError(error) && error.details.refusal).toBe('out_of_scope');
  });
});
