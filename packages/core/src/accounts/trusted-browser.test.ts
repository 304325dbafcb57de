import { describe, expect, it } from 'vitest';
import {
  createMemoryEphemeralStore,
  createRecordingEphemeralStore,
  TEST_ACCOUNT_POLICY as POLICY,
} from '../../testing';
import type { UserRecord } from '../ports';
import { markBrowserKnown } from './new-browser';
import { hmacChallengeMac } from '../security/stateless-challenge';
import { rememberSignIn, TRUSTED_BROWSER_DAYS, trustedBrowser } from './trusted-browser';

function world() {
  let now = 1_000_000;
  const ephemeral = createMemoryEphemeralStore({ clock: () => now });
  const mac = hmacChallengeMac('a', { a: crypto.getRandomValues(new Uint8Array(32)) });
  const user = { id: 'n0025vuz', email: 'marie@example.eu', passwordHash: 'hash-1' } as UserRecord;
  return { deps: { ephemeral, mac, policy: POLICY }, user, advanceDays: (d: number) => (now += d * 86_400_000) };
}

describe('trusted browsers (docs/adr/0065)', () => {
  it('trusts a browser after a sign-in with the password, for TRUSTED_BROWSER_DAYS, with this password only', async () => {
    const w = world();
    const cookie = markBrowserKnown(w.deps.mac, w.user.id, undefined);
    expect(await trustedBrowser(w.deps, w.user, cookie)).toBeUndefined();
    await rememberSignIn(w.deps, w.user, ['PASSWORD'], cookie);
    const id = await trustedBrowser(w.deps, w.user, cookie);
    expect(id).toBeDefined();
    expect(await trustedBrowser(w.deps, { ...w.user, passwordHash: 'hash-2' }, cookie)).toBeUndefined();
    expect(await trustedBrowser(w.deps, { ...w.user, id: 'x0099abc' }, cookie)).toBeUndefined();
    w.advanceDays(TRUSTED_BROWSER_DAYS + 1);
    expect(await trustedBrowser(w.deps, w.user, cookie)).toBeUndefined();
  });

  it('writes the record evictable, for TRUSTED_BROWSER_DAYS: a full memory store drops one rather than refusing every write (ADR 0021)', async () => {
    const w = world();
    const ephemeral = createRecordingEphemeralStore(() => 1_000_000);
    const cookie = markBrowserKnown(w.deps.mac, w.user.id, undefined);
    await rememberSignIn({ ...w.deps, ephemeral }, w.user, ['PASSWORD'], cookie);
    const records = [...ephemeral.entries.entries()].filter(([key]) => key.startsWith('signin:trusted:'));
    expect(records).toHaveLength(1);
    expect(records[0]![1]).toMatchObject({
      expiresAt: 1_000_000 + TRUSTED_BROWSER_DAYS * 86_400_000,
      options: { evictable: true },
    });
  });

  it('does not trust a browser after a sign-in without the password', async () => {
    const w = world();
    const cookie = markBrowserKnown(w.deps.mac, w.user.id, undefined);
    await rememberSignIn(w.deps, w.user, ['WEBAUTHN_PASSKEY'], cookie);
    expect(await trustedBrowser(w.deps, w.user, cookie)).toBeUndefined();
  });
});
