import { computeTotpAtStep, totpStep } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeviceKit, type DeviceKit, enrolTotp } from '../../../../testing';
import { createDeviceSecretVault } from '../../../devices/device-secret-vault';
import { type ErrorCode, isSesameError } from '../../../errors';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import type { TotpData } from './totp-data';
import { totpMethod, type TotpReplay } from './totp-method';

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

/** A kit whose clock starts 10 s into a step (the window's edges are tested apart), one TOTP enrolled. */
async function world() {
  kit = await createDeviceKit();
  kit.advance(30_000 - (kit.now().getTime() % 30_000) + 10_000);
  const totp = await enrolTotp(kit);
  kit.advance(30_000); // the confirmation's step is used: sign in at the next one
  const replays: TotpReplay[] = [];
  const method = totpMethod(kit.deps, async (r) => void replays.push(r));
  return { ...totp, method, replays };
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

const input = (started: Started<TotpData>): SettleInput<TotpData> => ({
  handle: HANDLE,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});

/** The app's code `offset` steps from the server's current one. */
const appCode = (w: World, offset = 0) => computeTotpAtStep(w.seed, totpStep(kit.now()) + offset);
const answer = (typed: string) => ({ code: typed });

describe('totp: "Authenticator app" (PASSWORD_TOTP, issue 13 point 2)', () => {
  it('is the after-password method that proves PASSWORD and PASSWORD_TOTP', async () => {
    const w = await world();
    expect(w.method).toMatchObject({
      id: 'totp',
      wireName: 'PASSWORD_TOTP',
      position: 'after-password',
      strengths: ['PASSWORD', 'PASSWORD_TOTP'],
    });
    expect(w.method.live).toBeUndefined();
  });

  it('parseAnswer: 6 digits of `code`, spaces ignored; else INVALID_INPUT', async () => {
    const w = await world();
    expect(w.method.parseAnswer({ code: '123 456' })).toEqual({ code: '123456' });
    expect(() => w.method.parseAnswer({})).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
    expect(() => w.method.parseAnswer({ code: '1234567' })).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
  });

  it('start: 5 minutes to type a code; no account, or no active authenticator app, is NO_ACTIVE_DEVICE', async () => {
    const w = await world();
    const until = kit.now().getTime() + 300_000;
    expect(await start(w)).toEqual({ data: { until }, expiresAt: until, userId: USER });
    await expect(start(w, null)).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    await expect(start(w, 'x0099abc')).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    expect(await w.method.view(input(await start(w)))).toEqual({ expiresAt: new Date(until) });
  });

  it('settle: the right code verifies and records its step as the last used', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.settle(input(started), answer(await appCode(w)))).toEqual({
      verdict: 'verified',
      userId: USER,
      mobileDevices: [],
    });
    expect(await kit.deps.durable.credentials.findById(w.credentialId)).toMatchObject({
      counter: totpStep(kit.now()),
      lastUsedAt: kit.now(),
    });
  });

  it('settle: the server clock ±1 step (SEC-20), at both edges of a step; 2 steps away is wrong', async () => {
    const w = await world();
    const started = await start(w);
    // The first millisecond of a step: the previous step's code is still taken.
    kit.advance(30_000 - (kit.now().getTime() % 30_000));
    expect(await w.method.settle(input(started), answer(await appCode(w, -1)))).toMatchObject({ verdict: 'verified' });
    expect(await w.method.settle(input(started), answer(await appCode(w, 2)))).toMatchObject({
      verdict: 'refused',
      auditReason: 'wrong_code',
    });
    // Its last millisecond: the next step's code is taken (the app's clock a little ahead).
    kit.advance(29_999);
    expect(await w.method.settle(input(started), answer(await appCode(w, 1)))).toMatchObject({ verdict: 'verified' });
  });

  it('settle: a code used once is refused (SEC-19), and so is an older step; audited totp_replayed; the owner told', async () => {
    const w = await world();
    const started = await start(w);
    const typed = await appCode(w);
    expect(await w.method.settle(input(started), answer(typed))).toMatchObject({ verdict: 'verified' });
    expect(await w.method.settle(input(started), answer(typed))).toEqual({
      verdict: 'refused',
      reason: 'wrong-answer',
      data: started.data,
      auditReason: 'totp_replayed',
    });
    expect(await w.method.settle(input(started), answer(await appCode(w, -1)))).toMatchObject({
      auditReason: 'totp_replayed',
    });
    expect(w.replays).toEqual([
      { userId: USER, credentialId: w.credentialId, meta: META, at: kit.now() },
      { userId: USER, credentialId: w.credentialId, meta: META, at: kit.now() },
    ]);
    // The enrolment's own code is used up too: it was the step before.
  });

  it('settle: the confirmation code cannot sign in (its step is the last used)', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.settle(input(started), answer(w.confirmedWith))).toMatchObject({
      verdict: 'refused',
      auditReason: 'totp_replayed',
    });
  });

  it('settle: of two parallel submits of one code, exactly one is verified', async () => {
    const w = await world();
    const started = await start(w);
    const typed = await appCode(w);
    const verdicts = await Promise.all([
      w.method.settle(input(started), answer(typed)),
      w.method.settle(input(started), answer(typed)),
    ]);
    expect(verdicts.map((v) => v.verdict).sort()).toEqual(['refused', 'verified']);
    expect(verdicts.find((v) => v.verdict === 'refused')).toMatchObject({ auditReason: 'totp_replayed' });
    // Ten at once: still one.
    const burst = await Promise.all(
      Array.from({ length: 10 }, async () => w.method.settle(input(started), answer(await appCode(w, 1)))),
    );
    expect(burst.filter((v) => v.verdict === 'verified')).toHaveLength(1);
  });

  it('settle: the 5th wrong code ends the challenge (blocked, with its end); then nothing is checked, the right code neither', async () => {
    const w = await world();
    const started = await start(w);
    for (let i = 0; i < 4; i++) {
      expect(await w.method.settle(input(started), answer('000000'))).toMatchObject({ verdict: 'refused' });
    }
    expect(await w.method.settle(input(started), answer('000000'))).toEqual({
      verdict: 'ended',
      reason: 'blocked',
      auditReason: 'wrong_code',
      blockedUntil: new Date(kit.now().getTime() + 15 * 60_000),
    });
    const after = await w.method.settle(input(started), answer(await appCode(w)));
    expect(after).toMatchObject({ verdict: 'ended', reason: 'blocked' });
    expect(after).not.toHaveProperty('auditReason');
    expect(after).toHaveProperty('error', expect.toSatisfy(code('TOO_MANY_REQUESTS')));
  });

  it('settle: a right code gives its try back: 4 wrong, 1 right, 4 wrong still leave a try', async () => {
    const w = await world();
    const started = await start(w);
    for (let i = 0; i < 4; i++) await w.method.settle(input(started), answer('000000'));
    expect(await w.method.settle(input(started), answer(await appCode(w)))).toMatchObject({ verdict: 'verified' });
    expect(await w.method.settle(input(started), answer('000000'))).toMatchObject({
      verdict: 'ended',
      reason: 'blocked',
    });
  });

  it('settle: past the 5 minutes → expired, and the view is null; the credential deleted → ended gone', async () => {
    const w = await world();
    const started = await start(w);
    kit.advance(300_000);
    expect(await w.method.settle(input(started), answer(await appCode(w)))).toEqual({ verdict: 'expired' });
    expect(await w.method.view(input(started))).toBeNull();
    const again = await start(w);
    await kit.deps.durable.credentials.delete(w.credentialId);
    const gone = await w.method.settle(input(again), answer(await appCode(w)));
    expect(gone).toMatchObject({ verdict: 'ended', reason: 'gone' });
    expect(gone).toHaveProperty('error', expect.toSatisfy(code('NO_ACTIVE_DEVICE')));
  });

  it('settle: any of the user’s authenticator apps may answer; a pending one never does', async () => {
    const w = await world();
    const second = await enrolTotp(kit, USER, 'Authy');
    kit.advance(30_000);
    const started = await start(w);
    expect(
      await w.method.settle(input(started), answer(await computeTotpAtStep(second.seed, totpStep(kit.now())))),
    ).toMatchObject({ verdict: 'verified' });
  });

  it('settle: a seed sealed under a key since rotated out of `current` still verifies (SEC-21: the ring keeps old keys)', async () => {
    const w = await world();
    const rotated = await createDeviceSecretVault({
      currentKeyId: 'k2',
      keys: { k1: new Uint8Array(32).fill(9), k2: new Uint8Array(32).fill(7) },
    });
    const method = totpMethod({ ...kit.deps, vault: rotated });
    const started = await start({ ...w, method });
    expect(await method.settle(input(started), answer(await appCode(w)))).toMatchObject({ verdict: 'verified' });
  });
});
