import {
  computeOcra,
  decodeOfflineChallengeQr,
  generateEs256KeyPair,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  signOfflineChallenge,
} from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type { OfflineChallengeSigner } from '../../../devices/offline-codes';
import { createDeviceKit, type DeviceKit } from '../../../../testing';
import { type ErrorCode, isSesameError, SesameError } from '../../../errors';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import type { AppQrData } from './app-qr-data';
import { appQrMethod } from './app-qr-method';

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

async function world() {
  kit = await createDeviceKit();
  const device = await kit.enrol(USER);
  const keys = await generateEs256KeyPair();
  const signer: OfflineChallengeSigner = { kid: 'srv1', sign: (c) => signOfflineChallenge(keys.privateKey, c) };
  return { device, method: appQrMethod(kit.deps, signer) };
}
type World = Awaited<ReturnType<typeof world>>;

const start = (w: World) =>
  w.method.start({
    handle: HANDLE,
    userId: USER,
    email: `${USER}@example.org`,
    appName: 'TRACES NT (démo)',
    meta: META,
    now: kit.now(),
  });

const input = (started: Started<AppQrData>, handle = HANDLE): SettleInput<AppQrData> => ({
  handle,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});

/** What the app shows for the QR the page shows now (the right PIN unless `wrongPin`). */
async function appCode(w: World, started: Started<AppQrData>, wrongPin = false): Promise<string> {
  const view = await w.method.view(input(started));
  const { question } = decodeOfflineChallengeQr(view!.qrText);
  const key = wrongPin ? crypto.getRandomValues(new Uint8Array(32)) : w.device.secret;
  return computeOcra(SESAME_OFFLINE_OCRA_SUITE, key, {
    question,
    timestamp: ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, kit.now()),
  });
}

const answer = (typed: string) => ({ code: typed });

describe('app-qr: "Sésame app with QR code" (PASSWORD_SOFTWARE_TOKEN, design §5, issue #5)', () => {
  it('is the after-password method that proves PASSWORD and PASSWORD_SOFTWARE_TOKEN', async () => {
    const w = await world();
    expect(w.method).toMatchObject({
      id: 'app-qr',
      wireName: 'PASSWORD_SOFTWARE_TOKEN',
      position: 'after-password',
      strengths: ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'],
    });
    expect(w.method.live).toBeUndefined();
  });

  it('parseAnswer: the 8 digits of the `code` field, spaces removed; empty or not 8 digits is INVALID_INPUT', async () => {
    const w = await world();
    expect(w.method.parseAnswer({ code: ' 1234 5678 ' })).toEqual({ code: '12345678' });
    const invalid = (reason: string) => (error: unknown) =>
      isSesameError(error, 'INVALID_INPUT') && error.details.field === 'code' && error.details.reason === reason;
    expect(() => w.method.parseAnswer({})).toThrow(expect.toSatisfy(invalid('required')));
    expect(() => w.method.parseAnswer({ code: '   ' })).toThrow(expect.toSatisfy(invalid('required')));
    expect(() => w.method.parseAnswer({ code: '1234567' })).toThrow(expect.toSatisfy(invalid('malformed')));
    expect(() => w.method.parseAnswer({ code: '1234567a' })).toThrow(expect.toSatisfy(invalid('malformed')));
  });

  it('start and view: a QR signed for the account and the asking app, 5 minutes; no data in the sign-in', async () => {
    const w = await world();
    const started = await start(w);
    expect(started).toEqual({ data: {}, expiresAt: kit.now().getTime() + 300_000, userId: USER });
    const view = await w.method.view(input(started));
    expect(view!.expiresAt).toEqual(new Date(started.expiresAt));
    expect(decodeOfflineChallengeQr(view!.qrText)).toMatchObject({ account: USER, relyingApp: 'TRACES NT (démo)' });
  });

  it('start: an account without a usable device is refused (NO_ACTIVE_DEVICE), as before', async () => {
    const w = await world();
    await expect(
      w.method.start({
        handle: HANDLE,
        userId: 'x0099abc',
        email: 'x@example.org',
        appName: 'Sésame',
        meta: META,
        now: kit.now(),
      }),
    ).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
  });

  it('settle: the right code verifies the account with the device, once; again, the challenge is gone', async () => {
    const w = await world();
    const started = await start(w);
    const typed = await appCode(w, started);
    expect(await w.method.settle(input(started), answer(typed))).toEqual({
      verdict: 'verified',
      userId: USER,
      mobileDevices: [{ id: w.device.deviceId, name: 'Pixel-de-Marie' }],
    });
    const again = await w.method.settle(input(started), answer(typed));
    expect(again).toMatchObject({ verdict: 'ended', reason: 'gone' });
    expect(again).toHaveProperty('error', expect.toSatisfy(code('DEVICE_CHALLENGE_INVALID')));
  });

  it('settle: a wrong code is refused (wrong-answer) and the challenge stays for another try', async () => {
    const w = await world();
    const started = await start(w);
    const wrong = await appCode(w, started, true);
    expect(await w.method.settle(input(started), answer(wrong))).toEqual({
      verdict: 'refused',
      reason: 'wrong-answer',
      data: {},
      auditReason: 'wrong_code',
    });
    expect(await w.method.settle(input(started), answer(await appCode(w, started)))).toMatchObject({
      verdict: 'verified',
    });
  });

  it('settle: the 5th wrong code in a row blocks the device (ended blocked, with the end, no error); then blocked with DEVICE_BLOCKED', async () => {
    const w = await world();
    const started = await start(w);
    for (let i = 0; i < 4; i++) {
      expect(await w.method.settle(input(started), answer(await appCode(w, started, true)))).toMatchObject({
        verdict: 'refused',
      });
    }
    const fifth = await w.method.settle(input(started), answer(await appCode(w, started, true)));
    expect(fifth).toEqual({
      verdict: 'ended',
      reason: 'blocked',
      auditReason: 'wrong_code',
      blockedUntil: new Date(kit.now().getTime() + 15 * 60_000),
    });
    const after = await w.method.settle(input(started), answer('12345678'));
    expect(after).toMatchObject({ verdict: 'ended', reason: 'blocked' });
    expect(after).not.toHaveProperty('auditReason');
    expect(after).toHaveProperty('error', expect.toSatisfy(code('DEVICE_BLOCKED')));
  });

  it('settle: past the 5 minutes → expired (the sign-in stays at this step); the view has no QR any more', async () => {
    const w = await world();
    const started = await start(w);
    const typed = await appCode(w, started);
    kit.advance(300_000);
    expect(await w.method.settle(input(started), answer(typed))).toEqual({ verdict: 'expired' });
    expect(await w.method.view(input(started))).toBeNull();
  });

  it("settle: no challenge for this sign-in (another browser's, or none) → ended gone with DEVICE_CHALLENGE_INVALID", async () => {
    const w = await world();
    const started = await start(w);
    const typed = await appCode(w, started);
    const elsewhere = await w.method.settle(input(started, 'ltx-other-browser'), answer(typed));
    expect(elsewhere).toMatchObject({ verdict: 'ended', reason: 'gone' });
    expect(elsewhere).not.toHaveProperty('auditReason');
    expect(elsewhere).toHaveProperty('error', expect.toSatisfy(code('DEVICE_CHALLENGE_INVALID')));
    const noAccount = await w.method.settle({ ...input(started), userId: null }, answer(typed));
    expect(noAccount).toMatchObject({ verdict: 'ended', reason: 'gone' });
  });

  it('settle: an answer that skipped parseAnswer is still an input error (invalid-input), not counted', async () => {
    const w = await world();
    const started = await start(w);
    const settled = await w.method.settle(input(started), answer('abc'));
    expect(settled).toMatchObject({ verdict: 'refused', reason: 'invalid-input', data: {} });
    expect(settled).toHaveProperty('error', expect.toSatisfy(code('INVALID_INPUT')));
    expect((await kit.deps.durable.devices.findById(w.device.deviceId))!.failedAnswers).toBe(0);
  });

  it('settle: a store that does not answer ends nothing: the error is thrown', async () => {
    const w = await world();
    const started = await start(w);
    const typed = await appCode(w, started);
    kit.deps.ephemeral.get = async () => {
      throw new SesameError('STORE_UNAVAILABLE');
    };
    await expect(w.method.settle(input(started), answer(typed))).rejects.toSatisfy(code('STORE_UNAVAILABLE'));
  });
});
