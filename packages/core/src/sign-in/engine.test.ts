import { beforeEach, describe, expect, it } from 'vitest';
import { SesameError } from '../errors';
import { tokenDigest } from '../security/random-token';
import { createSignInEngine, type SignInAuditEvent, type SignInEngine } from './engine';
import type { SignInMeta } from './meta';
import { methodRegistry } from './methods/registry';
import type { Authenticated } from './state';
import { fakeMethod, fakePasswordMethod, type FakeMethod, testUser } from './testing/fake-methods';
import { createRecordingEphemeralStore } from '../../testing';
import { EMAIL, HIGH_APP, MEDIUM_APP, T0 } from './testing/sign-in-fixtures';
import { SignInStateStore } from './transaction-store';

const META: SignInMeta = { ip: '192.0.2.1', userAgent: 'test', locale: 'en', browser: 'Firefox on Linux' };

let now: number;
let ephemeral: ReturnType<typeof createRecordingEphemeralStore>;
let push: FakeMethod;
let qr: FakeMethod;
let onMobile: FakeMethod;
let audits: SignInAuditEvent[];
let counted: string[];
let user = testUser();
let engine: SignInEngine;

beforeEach(() => {
  now = T0;
  ephemeral = createRecordingEphemeralStore(() => now);
  push = fakeMethod('app-push');
  qr = fakeMethod('app-qr');
  onMobile = fakeMethod('on-mobile');
  audits = [];
  counted = [];
  user = testUser();
  engine = createSignInEngine({
    store: new SignInStateStore(ephemeral),
    methods: methodRegistry([fakePasswordMethod(user), push, qr, onMobile]),
    users: { findById: async (id) => (id === user.id ? user : null) },
    appName: (target) => target?.appId ?? 'Sésame',
    audit: async (event) => {
      audits.push(event);
    },
    clock: { now: () => new Date(now) },
    onPasswordChecked: (result) => counted.push(result),
  });
});

async function atPassword(target?: typeof MEDIUM_APP): Promise<string> {
  if (target) {
    const step = await engine.beginForApp(undefined, target, EMAIL);
    if (!step.ok) throw new Error('beginForApp');
    return step.handle;
  }
  const step = await engine.giveAddress(undefined, EMAIL);
  if (!step.ok) throw new Error('giveAddress');
  return step.handle;
}

async function atChallenge(method = 'PASSWORD_MOBILE_APP', target?: typeof MEDIUM_APP) {
  const handle = await atPassword(target);
  const step = await engine.submitPassword(handle, { password: 'right', method }, META);
  if (!step.ok || step.state.step !== 'challenge') throw new Error('submitPassword');
  return { handle, state: step.state };
}

describe('the first steps', () => {
  it('giveAddress stores the password step under ltx:<digest of a new handle>, evictable, 30 minutes', async () => {
    const step = await engine.giveAddress(undefined, EMAIL);
    expect(step).toMatchObject({ ok: true, state: { step: 'password', email: EMAIL } });
    if (!step.ok) return;
    const entry = ephemeral.entries.get(`ltx:${tokenDigest(step.handle)}`);
    expect(entry?.options).toEqual({ evictable: true });
    expect(entry?.expiresAt).toBe(T0 + 30 * 60_000);
    expect(await engine.load(step.handle)).toEqual(step.state);
  });

  it('a handle longer than 100 characters is never used: a new one is made', async () => {
    const step = await engine.giveAddress('x'.repeat(101), EMAIL);
    expect(step.ok && step.handle.length).toBeLessThanOrEqual(100);
    expect(await engine.load('x'.repeat(101))).toBeNull();
  });

  it('clearAddress forgets the address; with no sign-in it stores nothing', async () => {
    await engine.clearAddress('unknown');
    expect(ephemeral.entries.size).toBe(0);
    const handle = await atPassword();
    await engine.clearAddress(handle);
    expect(await engine.load(handle)).toMatchObject({ step: 'identify' });
  });

  it('reauthenticate, returnTo and beginForApp store their steps', async () => {
    expect(await engine.reauthenticate(undefined, EMAIL, '/account/devices')).toMatchObject({
      ok: true,
      state: { step: 'password', ctx: { purpose: 'reauthenticate', returnTo: '/account/devices' } },
    });
    expect(await engine.returnTo(undefined, '/account')).toMatchObject({
      ok: true,
      state: { step: 'identify', ctx: { returnTo: '/account' } },
    });
    expect(await engine.beginForApp(undefined, MEDIUM_APP)).toMatchObject({
      ok: true,
      state: { step: 'identify', ctx: { target: MEDIUM_APP } },
    });
  });

  it('a v1 record under the same key is read (rolling restart)', async () => {
    await ephemeral.set(`ltx:${tokenDigest('h1')}`, JSON.stringify({ email: EMAIL }), 60_000);
    expect(await engine.load('h1')).toMatchObject({ step: 'password', email: EMAIL });
  });
});

describe('submitPassword', () => {
  it('with no address known: WRONG_STEP', async () => {
    expect(await engine.submitPassword('nope', { password: 'right' }, META)).toEqual({
      ok: false,
      error: { code: 'WRONG_STEP', expected: ['password'], actual: 'none' },
    });
  });

  it('a method that is not in the chooser: INVALID_INPUT before the password is checked', async () => {
    const handle = await atPassword();
    for (const method of ['MOBILE_APP', 'SMS']) {
      await expect(engine.submitPassword(handle, { password: 'right', method }, META)).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    expect(counted).toEqual([]);
  });

  it('a wrong password throws as authenticatePassword does, and is counted', async () => {
    const handle = await atPassword();
    await expect(engine.submitPassword(handle, { password: 'wrong' }, META)).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(counted).toEqual(['INVALID_CREDENTIALS']);
  });

  it('the password alone (no method sent): authenticated with PASSWORD; the record stays until finish', async () => {
    const handle = await atPassword();
    const step = await engine.submitPassword(handle, { password: 'right' }, META);
    expect(step).toMatchObject({
      ok: true,
      handle,
      state: { step: 'authenticated', userId: 'u1', method: 'password', strengths: ['PASSWORD'] },
    });
    expect(counted).toEqual(['success']);
    expect(await engine.load(handle)).not.toBeNull();
  });

  it('the app chosen: its challenge, bound to the account, after the password', async () => {
    now = T0 + 5_000;
    const { handle, state } = await atChallenge('PASSWORD_MOBILE_APP', MEDIUM_APP);
    expect(state).toMatchObject({
      step: 'challenge',
      method: 'app-push',
      userId: 'u1',
      presented: ['PASSWORD'],
      since: T0 + 5_000,
      expiresAt: T0 + 125_000,
      data: { shown: 1 },
    });
    expect(push.starts[0]).toMatchObject({ handle, userId: 'u1', email: EMAIL, appName: 'traces' });
    expect(await engine.load(handle)).toEqual(state);
    await Promise.resolve();
    expect(push.effectsRun).toBe(1);
  });

  it('the app chosen, no device, for an application the password does not reach: the password opens what it opens', async () => {
    push.startError = new SesameError('NO_ACTIVE_DEVICE');
    const handle = await atPassword(MEDIUM_APP);
    expect(
      await engine.submitPassword(handle, { password: 'right', method: 'PASSWORD_MOBILE_APP' }, META),
    ).toMatchObject({
      ok: true,
      state: { step: 'authenticated', method: 'password', strengths: ['PASSWORD'] },
    });
  });

  it('the app chosen, no device, on the portal: the error, as today', async () => {
    push.startError = new SesameError('NO_ACTIVE_DEVICE');
    const handle = await atPassword();
    await expect(
      engine.submitPassword(handle, { password: 'right', method: 'PASSWORD_MOBILE_APP' }, META),
    ).rejects.toMatchObject({ code: 'NO_ACTIVE_DEVICE' });
    expect(await engine.load(handle)).toMatchObject({ step: 'password' });
  });
});

describe('startInstead ("On mobile")', () => {
  it('starts without an account, nothing presented', async () => {
    const handle = await atPassword(MEDIUM_APP);
    expect(await engine.startInstead(handle, 'on-mobile', META)).toMatchObject({
      ok: true,
      state: { step: 'challenge', method: 'on-mobile', userId: null, presented: [] },
    });
    expect(onMobile.starts[0]).toMatchObject({ userId: null, email: EMAIL });
  });

  it("below the application's level: NOT_OFFERED, nothing started", async () => {
    const handle = await atPassword(HIGH_APP);
    expect(await engine.startInstead(handle, 'on-mobile', META)).toEqual({
      ok: false,
      error: { code: 'NOT_OFFERED', method: 'on-mobile' },
    });
    expect(onMobile.starts).toEqual([]);
  });

  it('a method after the password may not be started instead of it', async () => {
    const handle = await atPassword();
    expect(await engine.startInstead(handle, 'app-push', META)).toMatchObject({
      ok: false,
      error: { code: 'NOT_OFFERED' },
    });
  });
});

describe('settle', () => {
  it('verified: authenticated with what the method proves; finish audits and deletes the record', async () => {
    const { handle } = await atChallenge();
    push.nextVerdict = { verdict: 'verified', userId: 'u1', mobileDevices: [{ id: 'd1', name: 'Pixel' }] };
    const step = await engine.settle(handle, 'app-push', { code: '1' }, META);
    expect(step).toMatchObject({
      ok: true,
      state: {
        next: { step: 'authenticated', method: 'app-push', strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'] },
        settled: { verdict: 'verified' },
      },
    });
    expect(push.answers).toEqual(['1']);
    expect(audits).toEqual([]);
    if (!step.ok) return;
    await engine.finish(handle, step.state.next as Authenticated, META);
    expect(audits).toEqual([
      {
        type: 'sign_in.succeeded',
        userId: 'u1',
        meta: META,
        details: { method: 'PASSWORD_MOBILE_APP', deviceId: 'd1' },
      },
    ]);
    expect(await engine.load(handle)).toBeNull();
  });

  it('finish of the password alone: its wire name, no device', async () => {
    const handle = await atPassword();
    const step = await engine.submitPassword(handle, { password: 'right' }, META);
    if (!step.ok || step.state.step !== 'authenticated') throw new Error('password');
    await engine.finish(handle, step.state, META);
    expect(audits).toEqual([{ type: 'sign_in.succeeded', userId: 'u1', meta: META, details: { method: 'PASSWORD' } }]);
  });

  it('verified after a credentials change: back to the password, audited', async () => {
    const { handle } = await atChallenge();
    user.credentialsChangedAt = new Date(T0 + 1);
    push.nextVerdict = { verdict: 'verified', userId: 'u1', mobileDevices: [] };
    expect(await engine.settle(handle, 'app-push', {}, META)).toMatchObject({
      ok: true,
      state: { next: { step: 'password' } },
    });
    expect(audits).toMatchObject([
      {
        type: 'sign_in.failed',
        userId: 'u1',
        details: { method: 'PASSWORD_MOBILE_APP', reason: 'credentials_changed' },
      },
    ]);
    expect(await engine.load(handle)).toMatchObject({ step: 'password' });
  });

  it("refused: the challenge stays, with the method's data, and the failure is audited", async () => {
    const { handle, state } = await atChallenge('PASSWORD_SOFTWARE_TOKEN');
    qr.nextVerdict = { verdict: 'refused', reason: 'wrong-answer', data: { tries: 1 }, auditReason: 'wrong_code' };
    expect(await engine.settle(handle, 'app-qr', { code: '000000' }, META)).toMatchObject({
      ok: true,
      state: { next: { ...state, data: { tries: 1 } }, settled: { verdict: 'refused' } },
    });
    expect(audits).toMatchObject([
      { type: 'sign_in.failed', userId: 'u1', details: { method: 'PASSWORD_SOFTWARE_TOKEN', reason: 'wrong_code' } },
    ]);
  });

  it('refused without an audit reason (malformed input): no entry', async () => {
    const { handle } = await atChallenge('PASSWORD_SOFTWARE_TOKEN');
    qr.nextVerdict = { verdict: 'refused', reason: 'invalid-input', data: {} };
    await engine.settle(handle, 'app-qr', {}, META);
    expect(audits).toEqual([]);
  });

  it("ended: back to the password, audited with the method's reason", async () => {
    const { handle } = await atChallenge();
    push.nextVerdict = { verdict: 'ended', reason: 'denied', auditReason: 'push_denied' };
    expect(await engine.settle(handle, 'app-push', {}, META)).toMatchObject({
      ok: true,
      state: { next: { step: 'password', email: EMAIL }, settled: { verdict: 'ended', reason: 'denied' } },
    });
    expect(audits).toMatchObject([{ type: 'sign_in.failed', details: { reason: 'push_denied' } }]);
    expect(await engine.load(handle)).toMatchObject({ step: 'password' });
  });

  it.each(['pending', 'expired'] as const)('%s: nothing changes, nothing audited', async (verdict) => {
    const { handle, state } = await atChallenge();
    push.nextVerdict = { verdict };
    expect(await engine.settle(handle, 'app-push', {}, META)).toMatchObject({
      ok: true,
      state: { next: state, settled: { verdict } },
    });
    expect(await engine.load(handle)).toEqual(state);
    expect(audits).toEqual([]);
  });

  it('another method than the pending one: METHOD_MISMATCH; no challenge: WRONG_STEP', async () => {
    const { handle } = await atChallenge();
    expect(await engine.settle(handle, 'app-qr', {}, META)).toEqual({
      ok: false,
      error: { code: 'METHOD_MISMATCH', expected: 'app-push', actual: 'app-qr' },
    });
    const other = await atPassword();
    expect(await engine.settle(other, 'app-push', {}, META)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP', actual: 'password' },
    });
    expect(push.answers).toEqual([]);
  });
});

describe('renew and view', () => {
  it('renew within 10 minutes: a new challenge, `since` kept', async () => {
    const { handle } = await atChallenge();
    now = T0 + 9 * 60_000;
    expect(await engine.renew(handle, 'app-push', META)).toMatchObject({
      ok: true,
      state: { step: 'challenge', since: T0, expiresAt: now + 120_000, data: { shown: 2 } },
    });
  });

  it('renew past 10 minutes: back to the password (too old), nothing started', async () => {
    const { handle } = await atChallenge();
    now = T0 + 10 * 60_000 + 1;
    expect(await engine.renew(handle, 'app-push', META)).toMatchObject({ ok: true, state: { step: 'password' } });
    expect(push.starts).toHaveLength(1);
  });

  it('view: what the method shows, and whether the challenge expired', async () => {
    const { handle } = await atChallenge();
    expect(await engine.view<{ shown: unknown }>(handle, 'app-push', META)).toMatchObject({
      ok: true,
      state: { view: { shown: 1 }, expired: false },
    });
    now = T0 + 120_000;
    expect(await engine.view(handle, 'app-push', META)).toMatchObject({ ok: true, state: { expired: true } });
  });
});

describe('a kept sign-in and its step-up (docs/adr/0019)', () => {
  it('keep makes a new handle bound to the user; only that user resumes it', async () => {
    const handle = await engine.keep('u1', EMAIL, MEDIUM_APP);
    expect(await engine.resumeKept(handle, 'u1')).toMatchObject({ ok: true, state: { step: 'kept', userId: 'u1' } });
    expect(await engine.resumeKept(handle, 'u2')).toMatchObject({ ok: false, error: { code: 'WRONG_STEP' } });
  });

  it('stepUp: the app push with the session strengths; ended, back to kept; verified, authenticated', async () => {
    const handle = await engine.keep('u1', EMAIL, MEDIUM_APP);
    const step = await engine.stepUp(handle, 'u1', ['PASSWORD'], META);
    expect(step).toMatchObject({
      ok: true,
      state: { step: 'challenge', method: 'app-push', userId: 'u1', presented: ['PASSWORD'], stepUp: true },
    });
    push.nextVerdict = { verdict: 'ended', reason: 'denied' };
    await engine.settle(handle, 'app-push', {}, META);
    expect(await engine.load(handle)).toMatchObject({ step: 'kept', userId: 'u1' });

    await engine.stepUp(handle, 'u1', ['PASSWORD'], META);
    push.nextVerdict = { verdict: 'verified', userId: 'u1', mobileDevices: [{ id: 'd1', name: 'Pixel' }] };
    const done = await engine.settle(handle, 'app-push', {}, META);
    expect(done.ok && (done.state.next as Authenticated).ctx.target).toEqual(MEDIUM_APP);
  });

  it('stepUp for another user: WRONG_STEP, no push', async () => {
    const handle = await engine.keep('u1', EMAIL, MEDIUM_APP);
    expect(await engine.stepUp(handle, 'u2', ['PASSWORD'], META)).toMatchObject({ ok: false });
    expect(push.starts).toEqual([]);
  });

  it('end deletes the sign-in', async () => {
    const handle = await engine.keep('u1', EMAIL, MEDIUM_APP);
    await engine.end(handle);
    expect(await engine.load(handle)).toBeNull();
  });
});

describe('the record expires with its TTL', () => {
  it('after 30 minutes the sign-in is gone', async () => {
    const { handle } = await atChallenge();
    now = T0 + 30 * 60_000;
    expect(await engine.load(handle)).toBeNull();
  });
});
