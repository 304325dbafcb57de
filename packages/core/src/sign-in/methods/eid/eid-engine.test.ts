import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ACCOUNT_OPTIONS } from '../../../ports';
import { createSignInEngine, type SignInAuditEvent, type SignInEngine } from '../../engine';
import type { SignInMeta } from '../../meta';
import { fakeMethod, fakePasswordMethod, testUser } from '../../testing/fake-methods';
import { EMAIL, MEDIUM_APP } from '../../testing/sign-in-fixtures';
import { SignInStateStore } from '../../transaction-store';
import { methodRegistry } from '../registry';
import { eidWorld, ISSUER } from './eid-test-kit';

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
