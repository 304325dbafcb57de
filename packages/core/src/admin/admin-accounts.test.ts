import { describe, expect, it } from 'vitest';
import type { StoredAuditEvent } from '../ports';
import { scopesFor } from './admin-actor';
import { recentLock } from './admin-accounts';

const NOW = new Date('2026-12-07T12:00:00Z');
const event = (seq: number, type: StoredAuditEvent['type'], minutesAgo: number): StoredAuditEvent => ({
  seq,
  type,
  userId: 'agent001',
  ip: '192.0.2.1',
  userAgent: null,
  at: new Date(NOW.getTime() - minutesAgo * 60_000),
  details: {},
});

describe('recentLock', () => {
  it('finds the last lock within the lock period', () => {
    const events = [event(3, 'sign_in.failed', 4), event(2, 'account.locked', 5), event(1, 'sign_in.failed', 6)];
    expect(recentLock(events, NOW, 15)).toEqual(events[1]!.at);
  });

  it('forgets a lock past the period, or lifted by an unlock or a password reset since', () => {
    expect(recentLock([event(1, 'account.locked', 16)], NOW, 15)).toBeNull();
    expect(recentLock([event(2, 'account.unlocked', 1), event(1, 'account.locked', 5)], NOW, 15)).toBeNull();
    expect(recentLock([event(2, 'password.reset', 1), event(1, 'account.locked', 5)], NOW, 15)).toBeNull();
    expect(recentLock([], NOW, 15)).toBeNull();
  });
});

describe('scopesFor', () => {
  const grant = (role: 'helpdesk' | 'local_manager' | 'auditor', ...scopePath: string[]) => ({ role, scopePath });

  it('keeps the outermost scopes of the grants that allow the action', () => {
    const actor = {
      accountId: 'a',
      grants: [
        grant('helpdesk', 'root', 'dgal', 'draaf-bzh'),
        grant('local_manager', 'root', 'dgal', 'draaf-bzh', 'ddpp-35'),
        grant('helpdesk', 'root', 'operators'),
        grant('auditor', 'root'),
      ],
    };
    expect(scopesFor(actor, 'account.search')).toEqual(['draaf-bzh', 'operators']);
    expect(scopesFor(actor, 'audit.view')).toEqual(['root']);
  });

  it('throws FORBIDDEN when no grant allows the action', () => {
    expect(() => scopesFor({ accountId: 'a', grants: [grant('auditor', 'root')] }, 'account.search')).toThrow(
      /FORBIDDEN/,
    );
  });
});
