import { describe, expect, it } from 'vitest';
import { isSesameError } from '../../../errors';
import { tokenDigest } from '../../../security/random-token';
import { testUser } from '../../testing/fake-methods';
import { EID_FLOW_MS } from './eid-flow';
import { eidWorld, ISSUER, PROVIDER } from './eid-test-kit';

const BINDING = 'browser-binding-cookie';

describe('eID: begin (docs/adr/0042 §4)', () => {
  it('opens a flow with a fresh 256-bit state, nonce and PKCE verifier, bound to the browser, for 10 minutes', async () => {
    const w = eidWorld();
    const url = await w.method.begin({ provider: 'franceconnect', purpose: 'sign-in', userId: null, binding: BINDING });
    const [sent] = w.federation.sent;
    expect(url).toContain(`state=${sent?.state}`);
    expect(sent?.provider).toBe('franceconnect');
    const values = [sent?.state, sent?.nonce, sent?.codeVerifier];
    expect(new Set(values).size).toBe(3);
    for (const v of values) expect(v).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const entry = w.ephemeral.entries.get(`eid-flow:${tokenDigest(sent!.state)}`);
    expect(entry?.expiresAt).toBe(w.now() + EID_FLOW_MS);
    // Only digests of the browser's cookie are stored; the state itself is the key's digest.
    expect(entry?.value).not.toContain(BINDING);
    expect(entry?.value).toContain(tokenDigest(BINDING));
  });

  it('refuses a provider that is not configured (INVALID_INPUT), storing nothing', async () => {
    const w = eidWorld();
    const begun = w.method.begin({ provider: 'nope', purpose: 'sign-in', userId: null, binding: BINDING });
    await expect(begun).rejects.toSatisfy((e) => isSesameError(e, 'INVALID_INPUT'));
    expect(w.federation.sent).toEqual([]);
  });

  it('is a method of the registry on the first screen only, never a challenge', async () => {
    const w = eidWorld();
    expect(w.method).toMatchObject({ id: 'eid', wireName: 'EIDAS', position: 'federated', strengths: ['EIDAS'] });
    await expect(w.method.start({} as never)).rejects.toThrow();
  });
});

describe('eID: finish a sign-in', () => {
  async function begun(w = eidWorld()) {
    const url = await w.method.begin({ provider: 'franceconnect', purpose: 'sign-in', userId: null, binding: BINDING });
    return { w, url };
  }

  it('signs in the account that linked the eID, at the level its acr maps to, and notes the use', async () => {
    for (const [acr, level] of [
      ['eidas1', 'BASIC'],
      ['eidas2', 'MEDIUM'],
      ['eidas3', 'HIGH'],
    ] as const) {
      const { w, url } = await begun();
      await w.link();
      w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-1', acr } };
      expect(await w.method.finish(w.callback(url, BINDING))).toEqual({
        ok: true,
        purpose: 'sign-in',
        userId: 'u1',
        level,
        provider: 'franceconnect',
        linkId: 'link-sub-1',
      });
      expect((await w.links.listByUser('u1'))[0]?.lastUsedAt).toEqual(new Date(w.now()));
    }
  });

  it('SEC-42: refuses an acr the mapping does not name, or none — never a default level', async () => {
    for (const acr of ['eidas4', null, 'http://eidas.europa.eu/LoA/substantial']) {
      const { w, url } = await begun();
      await w.link();
      w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-1', acr } };
      expect(await w.method.finish(w.callback(url, BINDING))).toMatchObject({
        ok: false,
        code: 'EID_LEVEL_UNKNOWN',
        auditReason: 'eid_level_unknown',
      });
    }
  });

  it('SEC-23: a state used once is gone — a replayed answer is refused before any exchange', async () => {
    const { w, url } = await begun();
    await w.link();
    expect(await w.method.finish(w.callback(url, BINDING))).toMatchObject({ ok: true });
    expect(await w.method.finish(w.callback(url, BINDING))).toEqual({
      ok: false,
      purpose: null,
      code: 'EID_REFUSED',
      auditReason: 'eid_state',
      userId: null,
    });
  });

  it('of two answers with one state sent at once, one at most is accepted', async () => {
    const { w, url } = await begun();
    await w.link();
    const results = await Promise.all([
      w.method.finish(w.callback(url, BINDING)),
      w.method.finish(w.callback(url, BINDING)),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it('refuses an answer brought to another browser (login CSRF), an unknown state, an expired flow', async () => {
    const { w, url } = await begun();
    await w.link();
    expect(await w.method.finish(w.callback(url, 'another-browser'))).toMatchObject({
      ok: false,
      auditReason: 'eid_state',
    });
    const second = await begun();
    await second.w.link();
    expect(await second.w.method.finish(second.w.callback(second.url, undefined))).toMatchObject({ ok: false });
    const third = await begun();
    expect(await third.w.method.finish({ ...third.w.callback(third.url, BINDING), state: 'forged' })).toMatchObject({
      ok: false,
      auditReason: 'eid_state',
    });
    const fourth = await begun();
    await fourth.w.link();
    fourth.w.advance(EID_FLOW_MS + 1);
    expect(await fourth.w.method.finish(fourth.w.callback(fourth.url, BINDING))).toMatchObject({ ok: false });
  });

  it('refuses an answer at another provider’s callback (mix-up), a refusal of the checks, another issuer', async () => {
    const { w, url } = await begun();
    await w.link();
    expect(await w.method.finish(w.callback(url, BINDING, 'other'))).toMatchObject({
      ok: false,
      code: 'EID_REFUSED',
      auditReason: 'eid_provider',
    });
    const second = await begun();
    second.w.federation.next = { ok: false, reason: 'check_OAUTH_JWT_CLAIM_COMPARISON_FAILED' };
    expect(await second.w.method.finish(second.w.callback(second.url, BINDING))).toMatchObject({
      ok: false,
      code: 'EID_REFUSED',
      auditReason: 'eid_check_OAUTH_JWT_CLAIM_COMPARISON_FAILED',
    });
    const third = await begun();
    await third.w.link();
    third.w.federation.next = {
      ok: true,
      assertion: { issuer: 'https://evil.example', subject: 'sub-1', acr: 'eidas3' },
    };
    expect(await third.w.method.finish(third.w.callback(third.url, BINDING))).toMatchObject({
      ok: false,
      auditReason: 'eid_issuer',
    });
  });

  it('refuses an eID no account linked, and a deactivated account', async () => {
    const { w, url } = await begun();
    expect(await w.method.finish(w.callback(url, BINDING))).toMatchObject({
      ok: false,
      code: 'EID_NOT_LINKED',
      userId: null,
    });
    const gone = await begun(eidWorld(testUser({ deactivatedAt: new Date(0) })));
    await gone.w.link();
    expect(await gone.w.method.finish(gone.w.callback(gone.url, BINDING))).toMatchObject({
      ok: false,
      code: 'ACCOUNT_DEACTIVATED',
      userId: 'u1',
    });
  });
});

describe('eID: finish a link', () => {
  it('hands back the proved eID for the account that asked, with its level', async () => {
    const w = eidWorld();
    const url = await w.method.begin({ provider: PROVIDER.id, purpose: 'link', userId: 'u1', binding: BINDING });
    w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-9', acr: 'eidas3' } };
    expect(await w.method.finish(w.callback(url, BINDING))).toEqual({
      ok: true,
      purpose: 'link',
      userId: 'u1',
      level: 'HIGH',
      provider: 'franceconnect',
      issuer: ISSUER,
      subject: 'sub-9',
    });
  });

  it('refuses to link an eID without a known level (SEC-42)', async () => {
    const w = eidWorld();
    const url = await w.method.begin({ provider: PROVIDER.id, purpose: 'link', userId: 'u1', binding: BINDING });
    w.federation.next = { ok: true, assertion: { issuer: ISSUER, subject: 'sub-9', acr: null } };
    expect(await w.method.finish(w.callback(url, BINDING))).toMatchObject({
      ok: false,
      purpose: 'link',
      code: 'EID_LEVEL_UNKNOWN',
      userId: 'u1',
    });
  });
});
