import { describe, expect, it } from 'vitest';
import { tokenDigest } from '../security/random-token';
import { createRecordingEphemeralStore } from '../../testing';
import { passwordStep } from './testing/sign-in-fixtures';
import { SIGN_IN_STATE_TTL_MS, SignInStateStore } from './transaction-store';

describe('SignInStateStore', () => {
  it('keeps the given handle, under ltx:<digest>, evictable, for 30 minutes', async () => {
    const ephemeral = createRecordingEphemeralStore(() => 0);
    const store = new SignInStateStore(ephemeral);
    expect(await store.save('handle-1', passwordStep())).toBe('handle-1');
    expect(ephemeral.entries.get(`ltx:${tokenDigest('handle-1')}`)).toMatchObject({
      expiresAt: SIGN_IN_STATE_TTL_MS,
      options: { evictable: true },
    });
    expect(await store.load('handle-1')).toEqual(passwordStep());
  });

  it('makes a new handle when none, an empty one or one over 100 characters is given', async () => {
    const store = new SignInStateStore(createRecordingEphemeralStore());
    for (const given of [undefined, '', 'x'.repeat(101)]) {
      const handle = await store.save(given, passwordStep());
      expect(handle).not.toBe(given);
      expect(handle.length).toBeGreaterThan(20);
    }
    expect(await store.save('x'.repeat(100), passwordStep())).toBe('x'.repeat(100));
  });

  it('reads a missing or malformed record as null; delete removes it', async () => {
    const ephemeral = createRecordingEphemeralStore();
    const store = new SignInStateStore(ephemeral);
    expect(await store.load(undefined)).toBeNull();
    expect(await store.load('absent')).toBeNull();
    await ephemeral.set(`ltx:${tokenDigest('bad')}`, '{"v":2,"step":"nope"}', 60_000);
    expect(await store.load('bad')).toBeNull();
    await store.save('h', passwordStep());
    await store.delete('h');
    expect(await store.load('h')).toBeNull();
  });

  it('take: of two callers at once, one gets the state and the other nothing (SEC-23)', async () => {
    const store = new SignInStateStore(createRecordingEphemeralStore());
    await store.save('h', passwordStep());
    const taken = await Promise.all([store.take('h'), store.take('h')]);
    expect(taken.filter((t) => t !== null)).toEqual([passwordStep()]);
    expect(await store.load('h')).toBeNull();
    expect(await store.take(undefined)).toBeNull();
    expect(await store.take('x'.repeat(101))).toBeNull();
  });
});
