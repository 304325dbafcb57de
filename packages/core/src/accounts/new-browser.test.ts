import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_OPTIONS, type MailRequest, type StoredAccountOptions } from '../ports';
import { hmacChallengeMac } from '../security/stateless-challenge';
import { testUser } from '../sign-in/testing/fake-methods';
import { recogniseBrowser } from './new-browser';

const WHERE = { ip: '192.0.2.1', browser: 'Firefox on Linux' };

function deps(options: StoredAccountOptions) {
  const reads: string[] = [];
  const sent: MailRequest[] = [];
  const user = testUser();
  return {
    reads,
    sent,
    user,
    deps: {
      mac: hmacChallengeMac('k1', { k1: crypto.getRandomValues(new Uint8Array(32)) }),
      accountOptions: { get: async (id: string) => (reads.push(`options:${id}`), options) },
      users: { findById: async (id: string) => (reads.push(`user:${id}`), id === user.id ? user : null) },
      mailer: { send: async (message: MailRequest) => void sent.push(message) },
      clock: { now: () => new Date('2026-12-07T13:00:00Z') },
    },
  };
}

/** Issue 13 point 5, at the cost issue 12 point 5 allows: what a sign-in reads to recognise its browser. */
describe('recogniseBrowser: what it reads', () => {
  it('a known browser reads nothing; a new one the options only, the owner not when given or the option off', async () => {
    const w = deps({ ...DEFAULT_ACCOUNT_OPTIONS, notifyNewBrowser: true });
    const first = await recogniseBrowser(w.deps, w.user, undefined, WHERE);
    expect(first).toMatchObject({ isNew: true, mailed: true });
    expect(w.reads).toEqual(['options:u1']);
    expect(w.sent).toHaveLength(1);
    expect(await recogniseBrowser(w.deps, w.user, first.cookie, WHERE)).toMatchObject({ isNew: false, mailed: false });
    expect(w.reads).toEqual(['options:u1']);

    const byId = deps({ ...DEFAULT_ACCOUNT_OPTIONS, notifyNewBrowser: true });
    expect(await recogniseBrowser(byId.deps, 'u1', undefined, WHERE)).toMatchObject({ mailed: true });
    expect(byId.reads).toEqual(['options:u1', 'user:u1']);

    const off = deps(DEFAULT_ACCOUNT_OPTIONS);
    expect(await recogniseBrowser(off.deps, 'u1', undefined, WHERE)).toMatchObject({ isNew: true, mailed: false });
    expect(off.reads).toEqual(['options:u1']);
  });
});
