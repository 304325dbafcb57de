import { beforeEach, describe, expect, it } from 'vitest';
import { SesameError } from '../errors';
import { DEFAULT_ACCOUNT_OPTIONS, type StoredAccountOptions } from '../ports';
import { createRecordingEphemeralStore } from '../../testing';
import { createSignInEngine, type SignInEngine } from './engine';
import type { SignInMeta } from './meta';
import type { MethodWireName } from './method';
import { methodRegistry } from './methods/registry';
import { fakeMethod, fakePasswordMethod, type FakeMethod, testUser } from './testing/fake-methods';
import { BASIC_APP, EMAIL, MEDIUM_APP, T0 } from './testing/sign-in-fixtures';
import { SignInStateStore } from './transaction-store';
import { RENEW_WINDOW_MS } from './transitions';

/** "Always require a second factor" in the engine (issue 13 point 5a; docs/adr/0031). */

const META: SignInMeta = { ip: '192.0.2.1', userAgent: 'test', locale: 'en', browser: 'Firefox on Linux' };
const APP: MethodWireName[] = ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN'];

let push: FakeMethod;
let totp: FakeMethod;
let recovery: FakeMethod;
let options: StoredAccountOptions;
let has: MethodWireName[];
let asked: string[];
let recorded: string[];
let engine: SignInEngine;
let now = T0;

beforeEach(() => {
  now = T0;
  const user = testUser();
  push = fakeMethod('app-push');
  totp = fakeMethod('totp');
  recovery = Object.assign(fakeMethod('recovery-code'), { afterwards: 'set-up-factor' as const });
  options = { ...DEFAULT_ACCOUNT_OPTIONS, alwaysSecondFactor: true };
  has = [...APP, 'PASSWORD_TOTP'];
  asked = [];
  recorded = [];
  engine = createSignInEngine({
    store: new SignInStateStore(createRecordingEphemeralStore(() => now)),
    methods: methodRegistry([fakePasswordMethod(user), push, fakeMethod('app-qr'), totp, recovery]),
    users: { findById: async (id) => (id === user.id ? user : null) },
    appName: () => 'Sésame',
    audit: async () => undefined,
    clock: { now: () => new Date(now) },
    account: async (userId) => {
      asked.push(userId);
      return { options, has };
    },
    recordMethodUsed: async (userId, wireName) => {
      recorded.push(`${userId}:${wireName}`);
    },
  });
});

async function submit(password: string, method?: string, target?: typeof MEDIUM_APP) {
  const begun = target
    ? await engine.beginForApp(undefined, target, EMAIL)
    : await engine.giveAddress(undefined, EMAIL);
  if (!begun.ok) throw new Error('begin');
  return engine.submitPassword(begun.handle, { password, ...(method ? { method } : {}) }, META);
}

describe('the password alone, for an account that always requires a second factor', () => {
  it.each([
    ['the portal', undefined],
    ['a BASIC application', BASIC_APP],
    ['a MEDIUM application', MEDIUM_APP],
  ] as const)('on %s: never authenticated; the account’s first method is asked instead', async (_, target) => {
    const step = await submit('right', 'PASSWORD', target);
    expect(step).toMatchObject({ ok: true, state: { step: 'challenge', method: 'app-push', presented: ['PASSWORD'] } });
  });

  it('opens on the preferred method, else the last used one', async () => {
    options = { ...options, lastUsedMethod: 'PASSWORD_TOTP' };
    expect(await submit('right')).toMatchObject({ ok: true, state: { step: 'challenge', method: 'totp' } });
    options = { ...options, preferredMethod: 'PASSWORD_SOFTWARE_TOKEN' };
    expect(await submit('right')).toMatchObject({ ok: true, state: { step: 'challenge', method: 'app-qr' } });
  });

  it('a recovery code when the account has nothing else; no factor at all: SECOND_FACTOR_REQUIRED, no session', async () => {
    has = ['PASSWORD_RECOVERY_CODE'];
    expect(await submit('right')).toMatchObject({ ok: true, state: { step: 'challenge', method: 'recovery-code' } });
    has = [];
    await expect(submit('right')).rejects.toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' });
  });

  it('the app chosen with no device, for a MEDIUM application: the error, not a password-only session', async () => {
    push.startError = new SesameError('NO_ACTIVE_DEVICE');
    await expect(submit('right', 'PASSWORD_MOBILE_APP', MEDIUM_APP)).rejects.toMatchObject({
      code: 'NO_ACTIVE_DEVICE',
    });
  });

  it('nothing about the account is read before the password is right', async () => {
    await expect(submit('wrong')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(asked).toEqual([]);
  });

  it('with the option off, the password alone ends the sign-in as before', async () => {
    options = DEFAULT_ACCOUNT_OPTIONS;
    expect(await submit('right')).toMatchObject({
      ok: true,
      state: { step: 'authenticated', strengths: ['PASSWORD'] },
    });
    push.startError = new SesameError('NO_ACTIVE_DEVICE');
    expect(await submit('right', 'PASSWORD_MOBILE_APP', MEDIUM_APP)).toMatchObject({
      ok: true,
      state: { step: 'authenticated', strengths: ['PASSWORD'] },
    });
  });
});

describe('the last used method (issue 13 point 6)', () => {
  async function signIn(method: string, verdictOf: FakeMethod, lastUsedMethod: string | null = null) {
    options = { ...DEFAULT_ACCOUNT_OPTIONS, lastUsedMethod };
    const begun = await engine.giveAddress(undefined, EMAIL);
    if (!begun.ok) throw new Error('begin');
    const started = await engine.submitPassword(begun.handle, { password: 'right', method }, META);
    if (!started.ok || started.state.step !== 'challenge') throw new Error('challenge');
    verdictOf.nextVerdict = { verdict: 'verified', userId: 'u1', mobileDevices: [] };
    const settled = await engine.settle(begun.handle, started.state.method, { code: '123456' }, META);
    if (!settled.ok || settled.state.next.step !== 'authenticated') throw new Error('settle');
    await engine.finish(begun.handle, settled.state.next, META);
  }

  it('is recorded when a second factor completes the sign-in', async () => {
    await signIn('PASSWORD_TOTP', totp);
    expect(recorded).toEqual(['u1:PASSWORD_TOTP']);
  });

  it('is not written again when the password step read it unchanged (issue 12 point 5); written when it changed', async () => {
    await signIn('PASSWORD_TOTP', totp, 'PASSWORD_TOTP');
    expect(recorded).toEqual([]);
    await signIn('PASSWORD_TOTP', totp, 'PASSWORD_MOBILE_APP');
    expect(recorded).toEqual(['u1:PASSWORD_TOTP']);
  });

  it('is not recorded for a recovery code, nor for the password alone', async () => {
    await signIn('PASSWORD_RECOVERY_CODE', recovery);
    const begun = await engine.giveAddress(undefined, EMAIL);
    if (!begun.ok) throw new Error('begin');
    const alone = await engine.submitPassword(begun.handle, { password: 'right' }, META);
    if (!alone.ok || alone.state.step !== 'authenticated') throw new Error('password');
    await engine.finish(begun.handle, alone.state, META);
    expect(recorded).toEqual([]);
  });
});

describe('the account’s chooser after the password, and switching method (issue 13 point 6)', () => {
  async function challenge(method = 'PASSWORD_MOBILE_APP') {
    options = DEFAULT_ACCOUNT_OPTIONS;
    const begun = await engine.giveAddress(undefined, EMAIL);
    if (!begun.ok) throw new Error('begin');
    const step = await engine.submitPassword(begun.handle, { password: 'right', method }, META);
    if (!step.ok || step.state.step !== 'challenge') throw new Error('challenge');
    return begun.handle;
  }

  it('is there only once the password was right: none at the password step', async () => {
    const begun = await engine.giveAddress(undefined, EMAIL);
    if (!begun.ok) throw new Error('begin');
    expect(await engine.accountChooser(begun.handle)).toBeNull();
    expect(asked).toEqual([]);
    expect(await engine.switchMethod(begun.handle, 'totp', META)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP' },
    });
    expect(totp.starts).toEqual([]);
  });

  it('lists the account’s methods, and switches to one without the password again, keeping its instant', async () => {
    has = [...APP, 'PASSWORD_TOTP', 'PASSWORD_RECOVERY_CODE'];
    const handle = await challenge();
    expect((await engine.accountChooser(handle))?.plan).toEqual({
      methods: ['app-push', 'app-qr', 'totp'],
      lostAccess: 'recovery-code',
    });
    const before = await engine.load(handle);
    const switched = await engine.switchMethod(handle, 'totp', META);
    expect(switched).toMatchObject({ ok: true, state: { step: 'challenge', method: 'totp', userId: 'u1' } });
    expect(switched.ok && switched.state.step === 'challenge' && switched.state.since).toBe(
      before?.step === 'challenge' && before.since,
    );
    expect(await engine.switchMethod(handle, 'recovery-code', META)).toMatchObject({
      ok: true,
      state: { method: 'recovery-code' },
    });
  });

  it('refuses a method the account does not have (NOT_OFFERED), nothing started', async () => {
    has = [...APP];
    const handle = await challenge();
    expect(await engine.switchMethod(handle, 'totp', META)).toEqual({
      ok: false,
      error: { code: 'NOT_OFFERED', method: 'totp' },
    });
    expect(totp.starts).toEqual([]);
  });

  it('past the password’s window, switching asks for the password again: the window never slides', async () => {
    has = [...APP, 'PASSWORD_TOTP'];
    const handle = await challenge();
    now = T0 + RENEW_WINDOW_MS - 1;
    expect(await engine.switchMethod(handle, 'totp', META)).toMatchObject({ ok: true, state: { since: T0 } });
    now = T0 + RENEW_WINDOW_MS + 1;
    expect(await engine.switchMethod(handle, 'app-qr', META)).toMatchObject({ ok: true, state: { step: 'password' } });
  });
});

describe('the opening method after the password (issue 13 point 5; docs/adr/0032 §3)', () => {
  async function open(method: string, preselected: string | undefined, target?: typeof MEDIUM_APP) {
    const begun = target
      ? await engine.beginForApp(undefined, target, EMAIL)
      : await engine.giveAddress(undefined, EMAIL);
    if (!begun.ok) throw new Error('begin');
    const fields = { password: 'right', method, ...(preselected ? { preselected } : {}) };
    return engine.submitPassword(begun.handle, fields, META);
  }

  beforeEach(() => {
    options = { ...DEFAULT_ACCOUNT_OPTIONS, preferredMethod: 'PASSWORD_TOTP' };
  });

  it("the page's pre-selection left as it was gives way to the preferred method", async () => {
    expect(await open('PASSWORD_MOBILE_APP', 'PASSWORD_MOBILE_APP', MEDIUM_APP)).toMatchObject({
      ok: true,
      state: { step: 'challenge', method: 'totp', presented: ['PASSWORD'] },
    });
  });

  it('a method the user picked is kept; so is one sent without a pre-selection (a script)', async () => {
    expect(await open('PASSWORD_MOBILE_APP', 'PASSWORD_TOTP', MEDIUM_APP)).toMatchObject({
      state: { method: 'app-push' },
    });
    expect(await open('PASSWORD_MOBILE_APP', undefined, MEDIUM_APP)).toMatchObject({ state: { method: 'app-push' } });
  });

  it('no preferred method: the last used; else the account’s chooser, nothing started (docs/adr/0034 §3)', async () => {
    options = { ...DEFAULT_ACCOUNT_OPTIONS, lastUsedMethod: 'PASSWORD_TOTP' };
    expect(await open('PASSWORD_SOFTWARE_TOKEN', 'PASSWORD_SOFTWARE_TOKEN')).toMatchObject({
      state: { method: 'totp' },
    });
    options = DEFAULT_ACCOUNT_OPTIONS;
    // Neither fits, and the page's guess is a method the account has: the user saw it and pressed
    // Sign in — it opens (the annex's step 12 keeps the page's default, "Sésame app with PIN code").
    expect(await open('PASSWORD_SOFTWARE_TOKEN', 'PASSWORD_SOFTWARE_TOKEN')).toMatchObject({
      state: { method: 'app-qr' },
    });
    // Neither fits and the guess is not the account's: the chooser, nothing started.
    has = [...APP];
    const started = push.starts.length + totp.starts.length;
    expect(await open('PASSWORD_TOTP', 'PASSWORD_TOTP')).toMatchObject({
      ok: true,
      state: { step: 'choosing', userId: 'u1', presented: ['PASSWORD'], since: T0 },
    });
    expect(push.starts.length + totp.starts.length).toBe(started);
    // One method only: nothing to choose, it opens.
    has = ['PASSWORD_TOTP'];
    expect(await open('PASSWORD_MOBILE_APP', 'PASSWORD_MOBILE_APP')).toMatchObject({ state: { method: 'totp' } });
  });

  it('a preferred and a last used method that are not held: the chooser', async () => {
    options = { ...DEFAULT_ACCOUNT_OPTIONS, preferredMethod: 'PASSWORD_WEBAUTHN', lastUsedMethod: 'PASSWORD_SMS' };
    has = [...APP];
    expect(await open('PASSWORD_TOTP', 'PASSWORD_TOTP', MEDIUM_APP)).toMatchObject({
      state: { step: 'choosing' },
    });
  });

  it('a preferred method the application does not accept is passed over: its chooser lists what it accepts', async () => {
    const appOnly = { ...MEDIUM_APP, requirement: { minimumLevel: 'MEDIUM' as const, acceptedStrengths: APP } };
    const step = await open('PASSWORD_TOTP', 'PASSWORD_TOTP', appOnly);
    expect(step).toMatchObject({ ok: true, state: { step: 'choosing' } });
    if (!step.ok) throw new Error('choosing');
    expect((await engine.accountChooser(step.handle))?.plan).toEqual({ methods: ['app-push', 'app-qr'] });
    // TOTP is not on it: refused, nothing started; a listed method starts, keeping the password's instant.
    expect(await engine.switchMethod(step.handle, 'totp', META)).toMatchObject({
      ok: false,
      error: { code: 'NOT_OFFERED' },
    });
    now = T0 + 1000;
    expect(await engine.switchMethod(step.handle, 'app-qr', META)).toMatchObject({
      ok: true,
      state: { step: 'challenge', method: 'app-qr', since: T0, presented: ['PASSWORD'] },
    });
  });

  it('the chooser left past the password’s window: the password again', async () => {
    options = DEFAULT_ACCOUNT_OPTIONS;
    has = [...APP];
    const step = await open('PASSWORD_TOTP', 'PASSWORD_TOTP');
    if (!step.ok) throw new Error('choosing');
    now = T0 + RENEW_WINDOW_MS + 1;
    expect(await engine.switchMethod(step.handle, 'app-qr', META)).toMatchObject({
      ok: true,
      state: { step: 'password' },
    });
    expect(totp.starts).toEqual([]);
  });

  it('"Password" left as it was stays the password alone (the option "always" aside)', async () => {
    expect(await open('PASSWORD', 'PASSWORD')).toMatchObject({ state: { step: 'authenticated' } });
  });
});

describe('a retiring method after the password: the account’s own sunset (SMS per organisation, docs/adr/0034 §2)', () => {
  it('the account’s chooser lists SMS only before the account’s own date, whatever the last date of all', async () => {
    let accountSunset = new Date(T0 + 60_000);
    const sms = Object.assign(fakeMethod('sms'), {
      // The last date of any account (the password page's) is far; the account's own is set by the test.
      retiring: { sunset: new Date(T0 + 86_400_000), accountSunset: async () => accountSunset },
    });
    const user = testUser();
    const own = createSignInEngine({
      store: new SignInStateStore(createRecordingEphemeralStore(() => now)),
      methods: methodRegistry([fakePasswordMethod(user), push, totp, sms]),
      users: { findById: async (id) => (id === user.id ? user : null) },
      appName: () => 'Sésame',
      audit: async () => undefined,
      clock: { now: () => new Date(now) },
      account: async () => ({ options: DEFAULT_ACCOUNT_OPTIONS, has: ['PASSWORD_TOTP', 'PASSWORD_SMS'] }),
    });
    const chooserAfterPassword = async () => {
      const begun = await own.giveAddress(undefined, EMAIL);
      if (!begun.ok) throw new Error('begin');
      const step = await own.submitPassword(begun.handle, { password: 'right', method: 'PASSWORD_TOTP' }, META);
      if (!step.ok) throw new Error('password');
      return (await own.accountChooser(step.handle))?.plan.methods;
    };
    expect(await chooserAfterPassword()).toEqual(['totp', 'sms']);
    accountSunset = new Date(T0 - 1);
    expect(await chooserAfterPassword()).toEqual(['totp']);
  });
});
