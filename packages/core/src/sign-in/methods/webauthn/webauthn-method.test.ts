import { fromBase64Url } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKit,
  createFakeWebAuthnVerifier,
  type DeviceKit,
  enrolWebAuthn,
  fakeRegisteredCredential,
} from '../../../../testing';
import { type ErrorCode, isSesameError } from '../../../errors';
import type { CredentialRecord } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import type { WebAuthnData } from './webauthn-data';
import { type WebAuthnCounterRegression, webauthnMethod } from './webauthn-method';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const HANDLE = 'ltx-desk-1';
const META: SignInMeta = {
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  locale: 'fr',
  browser: 'Firefox 128 on Windows',
};
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);

async function world(attestation: 'certified' | 'attested' | 'none' = 'none', counter = 0) {
  kit = await createDeviceKit();
  const verifier = createFakeWebAuthnVerifier();
  const key = await enrolWebAuthn(kit, verifier, fakeRegisteredCredential({ attestation, counter }));
  const regressions: WebAuthnCounterRegression[] = [];
  const method = webauthnMethod(
    { ...kit.deps, webauthn: verifier },
    { onCounterRegression: async (r) => void regressions.push(r) },
  );
  return { verifier, key, method, regressions };
}
type World = Awaited<ReturnType<typeof world>>;

const start = (w: World, userId: string | null = USER) =>
  w.method.start({
    handle: HANDLE,
    userId,
    email: `${USER}@example.org`,
    appName: 'Sésame',
    meta: META,
    now: kit.now(),
  });
const input = (started: Started<WebAuthnData>): SettleInput<WebAuthnData> => ({
  handle: HANDLE,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});
const answerOf = (key: CredentialRecord, userHandle?: string) => ({
  response: { id: key.externalId, response: userHandle ? { userHandle } : {} },
});
const signCount = (w: World, n: number, userVerified = true) => {
  w.verifier.nextAuthentication = {
    verified: true,
    credentialId: w.key.externalId!,
    signCount: n,
    userVerified,
    backedUp: false,
  };
};

describe('webauthn: "Security key or trusted platform" (PASSWORD_WEBAUTHN, issue 13 point 1)', () => {
  it('is the after-password method that proves PASSWORD and PASSWORD_WEBAUTHN', async () => {
    const w = await world();
    expect(w.method).toMatchObject({
      id: 'webauthn',
      wireName: 'PASSWORD_WEBAUTHN',
      position: 'after-password',
      strengths: ['PASSWORD', 'PASSWORD_WEBAUTHN'],
    });
  });

  it('parseAnswer: the `credential` field is JSON; else INVALID_INPUT', async () => {
    const w = await world();
    expect(w.method.parseAnswer({ credential: '{"id":"abc"}' })).toEqual({ response: { id: 'abc' } });
    expect(() => w.method.parseAnswer({})).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
    expect(() => w.method.parseAnswer({ credential: 'not json' })).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
    expect(() => w.method.parseAnswer({ credential: '42' })).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
  });

  it('start: a 5-minute challenge; the view gives the options with a fresh ≥16-byte challenge and the account’s keys', async () => {
    const w = await world();
    const started = await start(w);
    const until = kit.now().getTime() + 300_000;
    expect(started).toEqual({ data: { until }, expiresAt: until, userId: USER });
    const view = await w.method.view(input(started));
    const challenge = w.verifier.challenges.at(-1)!;
    expect(fromBase64Url(challenge).length).toBeGreaterThanOrEqual(16);
    expect(view).toEqual({
      options: {
        challenge,
        allowCredentials: [{ id: w.key.externalId, transports: ['usb'] }],
        userVerification: 'preferred',
      },
      expiresAt: new Date(until),
    });
  });

  it('start: no account, or no key, is NO_ACTIVE_DEVICE', async () => {
    const w = await world();
    await expect(start(w, null)).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    await expect(start(w, 'x0099abc')).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
  });

  it('settle: a verified assertion moves the sign count on (advanceCounter) and verifies at MEDIUM', async () => {
    const w = await world();
    const started = await start(w);
    await w.method.view(input(started));
    const challenge = w.verifier.challenges.at(-1)!;
    signCount(w, 7);
    expect(await w.method.settle(input(started), answerOf(w.key))).toEqual({
      verdict: 'verified',
      userId: USER,
      // The key, for applications (EU Login's webAuthnDevice; docs/adr/0032 §4).
      mobileDevices: [
        {
          id: w.key.id,
          name: w.key.name,
          webauthn: { aaguid: expect.any(String) as unknown, type: 'SECURITY_KEY', model: null, maker: null },
        },
      ],
      level: 'MEDIUM',
    });
    expect(w.verifier.authentications.at(-1)).toMatchObject({
      expectedChallenge: challenge,
      requireUserVerification: false,
    });
    expect(await kit.deps.durable.credentials.findById(w.key.id)).toMatchObject({ counter: 7, lastUsedAt: kit.now() });
  });

  it('settle: a certified key gives HIGH with UV now, MEDIUM without (policy.ts webauthnLevel)', async () => {
    const w = await world('certified');
    signCount(w, 1, true);
    expect(await w.method.settle(input(await start(w)), answerOf(w.key))).toMatchObject({ level: 'HIGH' });
    signCount(w, 2, false);
    expect(await w.method.settle(input(await start(w)), answerOf(w.key))).toMatchObject({ level: 'MEDIUM' });
  });

  it('settle: the challenge is single-use (SEC-23): a second answer is refused webauthn_challenge', async () => {
    const w = await world();
    const started = await start(w);
    const verdicts = await Promise.all([
      w.method.settle(input(started), answerOf(w.key)),
      w.method.settle(input(started), answerOf(w.key)),
    ]);
    expect(verdicts.map((v) => v.verdict).sort()).toEqual(['refused', 'verified']);
    expect(verdicts.find((v) => v.verdict === 'refused')).toMatchObject({ auditReason: 'webauthn_challenge' });
    expect(w.verifier.authentications).toHaveLength(1);
  });

  it('settle: a failed check is refused with its reason, and a new challenge is set', async () => {
    const w = await world();
    const started = await start(w);
    w.verifier.nextAuthentication = { verified: false, reason: 'signature' };
    expect(await w.method.settle(input(started), answerOf(w.key))).toEqual({
      verdict: 'refused',
      reason: 'wrong-answer',
      data: started.data,
      auditReason: 'webauthn_signature',
    });
    expect(await w.method.settle(input(started), answerOf(w.key))).toMatchObject({ verdict: 'verified' });
  });

  it('settle: another account’s key, or a user handle not the owner’s, is webauthn_unknown_credential', async () => {
    const w = await world();
    const other = await enrolWebAuthn(kit, w.verifier, fakeRegisteredCredential(), 'x0099abc');
    expect(await w.method.settle(input(await start(w)), answerOf(other))).toMatchObject({
      verdict: 'refused',
      auditReason: 'webauthn_unknown_credential',
    });
    expect(await w.method.settle(input(await start(w)), answerOf(w.key, 'eDAwOTlhYmM'))).toMatchObject({
      auditReason: 'webauthn_unknown_credential',
    });
    expect(w.verifier.authentications).toEqual([]);
  });

  it('settle: a sign count that goes back is refused, audited webauthn_counter_regression, the owner told (SEC-24)', async () => {
    const w = await world('none', 100);
    signCount(w, 5);
    expect(await w.method.settle(input(await start(w)), answerOf(w.key))).toMatchObject({
      verdict: 'refused',
      auditReason: 'webauthn_counter_regression',
    });
    expect(w.regressions).toEqual([{ userId: USER, credentialId: w.key.id, meta: META, at: kit.now() }]);
    expect(await kit.deps.durable.credentials.findById(w.key.id)).toMatchObject({ counter: 100 });
  });

  it('settle: a key without a counter (0 and 0) verifies and records its use', async () => {
    const w = await world();
    signCount(w, 0);
    expect(await w.method.settle(input(await start(w)), answerOf(w.key))).toMatchObject({ verdict: 'verified' });
    expect(await kit.deps.durable.credentials.findById(w.key.id)).toMatchObject({ counter: 0, lastUsedAt: kit.now() });
  });

  it('settle: past `until` is expired; a key deleted meanwhile ends the challenge (NO_ACTIVE_DEVICE)', async () => {
    const w = await world();
    const started = await start(w);
    kit.advance(300_000);
    expect(await w.method.settle(input(started), answerOf(w.key))).toEqual({ verdict: 'expired' });
    expect(await w.method.view(input(started))).toBeNull();
    await kit.deps.durable.credentials.delete(w.key.id);
    const late = { ...input(started), data: { until: kit.now().getTime() + 1000 } };
    expect(await w.method.settle(late, answerOf(w.key))).toMatchObject({ verdict: 'ended', reason: 'gone' });
  });
});
