import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_OPTIONS } from '../../../ports';
import { createSignInEngine, type SignInAuditEvent, type SignInEngine } from '../../engine';
import type { SignInMeta } from '../../meta';
import { fakeMethod, fakePasswordMethod, testUser } from '../../testing/fake-methods';
import { EMAIL, HIGH_APP, MEDIUM_APP } from '../../testing/sign-in-fixtures';
import { SignInStateStore } from '../../transaction-store';
import { methodRegistry } from '../registry';
import { eidWorld, ISSUER, PROVIDER } from './eid-test-kit';

const META: SignInMeta = { ip: '192.0.2.1', userAgent: 'test', locale: 'en', browser: 'Firefox on Linux' };
const BINDING = 'binding';

let w: ReturnType<typeof eidWorld>;
let audits: SignInAuditEvent[];
let always: boolean;
let engine: SignInEngine;

beforeEach(async () => {
  w = eidWorld();
  await w.link();
  audits = [];
  always = false;
  engine = createSignInEngine({
    store: new SignInStateStore(w.ephemeral),
    methods: methodRegistry([fakePasswordMethod(testUser()), fakeMethod('app-push'), w.method]),
    users: { findById: async (id) => w.users.get(id) ?? null },
    appName: () => 'Sésame',
    audit: async (event) => {
      audits.push(event);
    },
    clock: { now: () => new Date(w.now()) },
    account: async () => ({ options: { ...DEFAULT_ACCOUNT_OPTIONS, alwaysSecondFactor: always }, has: [] }),
  });
});

async function signInWithEid(handle: string | undefined, acr: string | null = 'eidas2') {
  const begun = await engine.beginEid(handle, 'franceconnect', BINDING);
  if (!begun.ok) throw new Error('beginEid');
  w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-1', acr } };
  return engine.finishEid(handle, w.callback(begun.url, BINDING), META);
}

describe('"Sign in with eID" through the engine (docs/adr/0042)', () => {
  it('from the first screen: authenticated at the mapped level, strength EIDAS / EIDAS_BASIC / EIDAS_HIGH', async () => {
    for (const [acr, strength] of [
      ['eidas1', 'EIDAS_BASIC'],
      ['eidas2', 'EIDAS'],
      ['eidas3', 'EIDAS_HIGH'],
    ] as const) {
      const step = await signInWithEid(undefined, acr);
      expect(step).toMatchObject({
        ok: true,
        handle: '',
        state: { next: { step: 'authenticated', userId: 'u1', method: 'eid', strengths: [strength] } },
      });
    }
  });

  it('ends an application’s sign-in in progress, keeping its target, and audits the success at finish', async () => {
    const app = await engine.beginForApp(undefined, MEDIUM_APP);
    if (!app.ok) throw new Error('beginForApp');
    const step = await signInWithEid(app.handle);
    if (!step.ok || !('handle' in step)) throw new Error('not signed in');
    expect(step.handle).toBe(app.handle);
    expect(step.state.next.ctx.target).toEqual(MEDIUM_APP);
    await engine.finish(step.handle, step.state.next, META);
    expect(audits).toEqual([{ type: 'sign_in.succeeded', userId: 'u1', meta: META, details: { method: 'EIDAS' } }]);
  });

  it('audits every refused eID sign-in, under the account when known', async () => {
    expect(await signInWithEid(undefined, 'unknown')).toEqual({
      ok: true,
      state: { refused: 'EID_LEVEL_UNKNOWN', purpose: 'sign-in' },
    });
    expect(audits).toEqual([
      {
        type: 'sign_in.failed',
        userId: null,
        meta: META,
        details: { method: 'EIDAS', reason: 'eid_level_unknown' },
      },
    ]);
  });

  it('"Always require multi-factor authentication": an eID at BASIC is refused, at MEDIUM accepted', async () => {
    always = true;
    expect(await signInWithEid(undefined, 'eidas1')).toEqual({
      ok: true,
      state: { refused: 'SECOND_FACTOR_REQUIRED', purpose: 'sign-in' },
    });
    expect(await signInWithEid(undefined, 'eidas2')).toMatchObject({
      ok: true,
      state: { next: { step: 'authenticated' } },
    });
  });

  it('is not offered in the middle of a challenge, nor for a re-authentication', async () => {
    const step = await engine.giveAddress(undefined, EMAIL);
    if (!step.ok) throw new Error('giveAddress');
    await engine.submitPassword(step.handle, { password: 'right', method: 'PASSWORD_MOBILE_APP' }, META);
    expect(await engine.beginEid(step.handle, 'franceconnect', BINDING)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP' },
    });
    const reauth = await engine.reauthenticate(undefined, EMAIL, '/account');
    if (!reauth.ok) throw new Error('reauthenticate');
    expect(await engine.beginEid(reauth.handle, 'franceconnect', BINDING)).toMatchObject({ ok: false });
  });

  it('hands a link’s proof back without signing anyone in', async () => {
    const begun = await engine.beginEidLink('u1', 'franceconnect', BINDING);
    if (!begun.ok) throw new Error('beginEidLink');
    const step = await engine.finishEid(undefined, w.callback(begun.url, BINDING), META);
    expect(step).toMatchObject({ ok: true, state: { link: { purpose: 'link', userId: 'u1', level: 'MEDIUM' } } });
    expect(audits).toEqual([]);
  });

  it('NOT_OFFERED without eID providers', async () => {
    const bare = createSignInEngine({
      store: new SignInStateStore(w.ephemeral),
      methods: methodRegistry([fakePasswordMethod(testUser())]),
      users: { findById: async () => null },
      appName: () => 'Sésame',
      audit: async () => undefined,
      clock: { now: () => new Date(w.now()) },
    });
    expect(await bare.beginEid(undefined, 'franceconnect', BINDING)).toEqual({
      ok: false,
      error: { code: 'NOT_OFFERED', method: 'eid' },
    });
  });
});

describe('the eID as the level page’s step-up (docs/adr/0053 §2)', () => {
  async function stepUpWithEid(handle: string, userId: string, subject: string, acr: string) {
    const begun = await engine.beginEidStepUp(handle, userId, 'franceconnect', BINDING);
    if (!begun.ok) throw new Error('beginEidStepUp');
    w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject, acr } };
    return engine.finishEid(handle, w.callback(begun.url, BINDING), META);
  }

  it('asks the acr values that reach the kept application, and ends its sign-in with the eID’s strength', async () => {
    const handle = await engine.keep('u1', EMAIL, HIGH_APP);
    const step = await stepUpWithEid(handle, 'u1', 'sub-1', 'eidas3');
    expect(w.federation.sent.at(-1)?.acrValues).toBe('eidas3');
    expect(step).toMatchObject({
      ok: true,
      handle,
      state: { next: { step: 'authenticated', userId: 'u1', method: 'eid', strengths: ['EIDAS_HIGH'] } },
    });
    if (!step.ok || !('handle' in step)) throw new Error('not stepped up');
    expect(step.state.next.ctx.target).toEqual(HIGH_APP);
    const medium = await engine.keep('u1', EMAIL, MEDIUM_APP);
    await engine.beginEidStepUp(medium, 'u1', 'franceconnect', BINDING);
    expect(w.federation.sent.at(-1)?.acrValues).toBe('eidas2 eidas3');
  });

  it('the eID of another account, or of none, ends nothing and is audited under the account stepping up', async () => {
    w.users.set('u2', { ...w.users.get('u1')!, id: 'u2' });
    await w.link('sub-2', 'u2');
    const handle = await engine.keep('u1', EMAIL, MEDIUM_APP);
    for (const subject of ['sub-2', 'sub-nobody']) {
      expect(await stepUpWithEid(handle, 'u1', subject, 'eidas2')).toEqual({
        ok: true,
        state: { refused: 'EID_NOT_THIS_ACCOUNT', purpose: 'step-up' },
      });
    }
    expect(audits.map((a) => [a.userId, a.details.reason])).toEqual([
      ['u1', 'eid_not_this_account'],
      ['u1', 'eid_not_this_account'],
    ]);
    // Still kept for u1: its own eID ends it.
    expect(await engine.resumeKept(handle, 'u1')).toMatchObject({ ok: true });
  });

  it('needs a sign-in kept for that very user, and a mapping that reaches its level', async () => {
    const handle = await engine.keep('u1', EMAIL, MEDIUM_APP);
    expect(await engine.beginEidStepUp(handle, 'u2', 'franceconnect', BINDING)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP' },
    });
    const app = await engine.beginForApp(undefined, MEDIUM_APP);
    if (!app.ok) throw new Error('beginForApp');
    expect(await engine.beginEidStepUp(app.handle, 'u1', 'franceconnect', BINDING)).toMatchObject({ ok: false });
    const eidless = await engine.keep('u1', EMAIL, {
      ...MEDIUM_APP,
      requirement: { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] },
    });
    expect(await engine.beginEidStepUp(eidless, 'u1', 'franceconnect', BINDING)).toEqual({
      ok: false,
      error: { code: 'NOT_OFFERED', method: 'eid' },
    });
  });
});

describe('a newcomer keeps the application its eID came back to (docs/adr/0053 §3)', () => {
  it('carries the target, and acceptEid ends there whatever the browser’s sign-in became', async () => {
    const created = eidWorld(testUser(), [{ ...PROVIDER, createAccounts: true }]);
    const withNewcomers = createSignInEngine({
      store: new SignInStateStore(created.ephemeral),
      methods: methodRegistry([fakePasswordMethod(testUser()), created.method]),
      users: { findById: async (id) => created.users.get(id) ?? null },
      appName: () => 'Sésame',
      audit: async () => undefined,
      clock: { now: () => new Date(created.now()) },
    });
    const app = await withNewcomers.beginForApp(undefined, MEDIUM_APP);
    if (!app.ok) throw new Error('beginForApp');
    const begun = await withNewcomers.beginEid(app.handle, 'franceconnect', BINDING);
    if (!begun.ok) throw new Error('beginEid');
    created.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-new', acr: 'eidas2' } };
    const step = await withNewcomers.finishEid(app.handle, created.callback(begun.url, BINDING), META);
    if (!step.ok || !('newcomer' in step.state)) throw new Error('no newcomer');
    expect(step.state.newcomer.target).toEqual(MEDIUM_APP);
    // The reconciliation's own sign-in replaced the browser's: the target still ends the sign-in.
    const portal = await withNewcomers.returnTo(app.handle, '/login/eid/reconcile');
    if (!portal.ok) throw new Error('returnTo');
    const done = await withNewcomers.acceptEid(portal.handle, 'u1', 'MEDIUM', META, step.state.newcomer.target);
    expect(done).toMatchObject({ ok: true, state: { next: { ctx: { target: MEDIUM_APP }, strengths: ['EIDAS'] } } });
  });
});
