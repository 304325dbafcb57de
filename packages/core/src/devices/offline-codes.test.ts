import { deviceStatusAt } from './device-blocking';
import {
  computeOcra,
  decodeOfflineChallengeQr,
  exportEs256PublicJwk,
  generateEs256KeyPair,
  ocraTimestamp,
  SESAME_OFFLINE_OCRA_SUITE,
  signOfflineChallenge,
  verifyOfflineChallengeQr,
} from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorCode, isSesameError } from '../errors';
import {
  createOfflineChallenge,
  currentOfflineChallenge,
  OFFLINE_CHALLENGE_TTL_SECONDS,
  type OfflineChallengeSigner,
  verifyOfflineCode,
} from './offline-codes';
import { answerPushChallenge, createPushChallenge, pendingChallenges } from './push-challenges';
import { createDeviceKit, type DeviceKit } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const USER = 'n0025vuz';

async function serverSigner() {
  const keys = await generateEs256KeyPair();
  const signer: OfflineChallengeSigner = {
    kid: 'srv1',
    sign: (challenge) => signOfflineChallenge(keys.privateKey, challenge),
  };
  const publicKey = { ...(await exportEs256PublicJwk(keys.publicKey)), kid: 'srv1', alg: 'ES256', use: 'sig' } as const;
  return { signer, publicKey };
}

/** What the app shows for this QR at kit time, from the device secret (the right PIN). */
async function appCode(k: DeviceKit, secret: Uint8Array, qrText: string, wrongPin = false) {
  const { question } = decodeOfflineChallengeQr(qrText);
  const key = wrongPin ? crypto.getRandomValues(new Uint8Array(32)) : secret;
  return computeOcra(SESAME_OFFLINE_OCRA_SUITE, key, {
    question,
    timestamp: ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, k.now()),
  });
}

const request = (loginTransactionId = 'ltx-desk-1') => ({
  userId: USER,
  loginTransactionId,
  relyingAppName: 'TRACES NT (démo)',
});

describe('"QR code" offline codes (design §5, issue #5)', () => {
  it('the QR is signed by the server and names the account and the application; it lives 5 minutes', async () => {
    kit = await createDeviceKit();
    await kit.enrol();
    const { signer, publicKey } = await serverSigner();
    const created = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    const challenge = await verifyOfflineChallengeQr(created.qrText, { keys: [publicKey], now: kit.now() });
    expect(challenge).toMatchObject({ account: USER, relyingApp: 'TRACES NT (démo)', kid: 'srv1' });
    expect(challenge.question).toMatch(/^[0-9a-f]{40}$/);
    expect(challenge.expiresAt - challenge.issuedAt).toBe(OFFLINE_CHALLENGE_TTL_SECONDS);
    expect(await currentOfflineChallenge(kit.deps, 'ltx-desk-1', kit.now())).toEqual(created);
  });

  it('the right code signs in once: the same code again is refused', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    const typed = await appCode(kit, device.secret, qrText);
    kit.advance(90_000); // typed a minute and a half later: still inside the window
    const result = await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, typed, kit.now());
    expect(result).toMatchObject({ valid: true, device: { id: device.deviceId } });
    await expect(verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, typed, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    expect((await kit.devices.findById(device.deviceId))?.lastUsedAt).toEqual(kit.now());
  });

  it("a code is bound to its browser's transaction and account", async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request('ltx-desk-1'), kit.now());
    const typed = await appCode(kit, device.secret, qrText);
    // Another browser with no QR code of its own.
    await expect(verifyOfflineCode(kit.deps, 'ltx-other', USER, typed, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    // Another browser with its own QR code: the code of the first is a wrong code there.
    await createOfflineChallenge(kit.deps, signer, request('ltx-other'), kit.now());
    expect(await verifyOfflineCode(kit.deps, 'ltx-other', USER, typed, kit.now())).toEqual({
      valid: false,
      blocked: false,
      blockedUntil: null,
    });
    // The transaction of another account.
    await expect(verifyOfflineCode(kit.deps, 'ltx-desk-1', 'x0099abc', typed, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    expect((await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, typed, kit.now())).valid).toBe(true);
  });

  it('expired, then refused with its own reason', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    const typed = await appCode(kit, device.secret, qrText);
    kit.advance(OFFLINE_CHALLENGE_TTL_SECONDS * 1000);
    await expect(verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, typed, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_EXPIRED'),
    );
    expect(await currentOfflineChallenge(kit.deps, 'ltx-desk-1', kit.now())).toBeNull();
  });

  it('a code that is not 8 digits is an input error, not a wrong answer; spaces are ignored', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    for (const bad of ['', '1234567', '12345678a', '１２３４５６７８'])
      await expect(verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, bad, kit.now())).rejects.toSatisfy(
        code('INVALID_INPUT'),
      );
    expect((await kit.devices.findById(device.deviceId))?.failedAnswers).toBe(0);
    const typed = await appCode(kit, device.secret, qrText);
    const spaced = `${typed.slice(0, 4)} ${typed.slice(4)}`;
    expect((await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, spaced, kit.now())).valid).toBe(true);
  });

  it('wrong codes (a wrong PIN in the app) and wrong push answers count towards the same block of 5', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    // Three wrong PINs in the push mode…
    for (let i = 0; i < 3; i++) {
      const created = await createPushChallenge(
        kit.deps,
        { userId: USER, loginTransactionId: `ltx-push-${i}`, relyingAppName: 'TRACES', browser: 'b', ip: '192.0.2.1' },
        kit.now(),
      );
      const [challenge] = await pendingChallenges(kit.deps, device.deviceId, kit.now());
      const answer = await kit.answer(device, challenge!, 'approve', { picked: created.shown, wrongPin: true });
      expect((await answerPushChallenge(kit.deps, challenge!.challengeId, answer, kit.now())).accepted).toBe(false);
      kit.advance(121_000);
    }
    // …then two wrong codes in the QR mode block the device.
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    const wrong = await appCode(kit, device.secret, qrText, true);
    expect(await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, wrong, kit.now())).toEqual({
      valid: false,
      blocked: false,
      blockedUntil: null,
    });
    expect(await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, wrong, kit.now())).toEqual({
      valid: false,
      blocked: true,
      blockedUntil: new Date(kit.now().getTime() + 15 * 60_000),
    });
    expect(deviceStatusAt((await kit.devices.findById(device.deviceId))!, kit.now())).toBe('blocked');
    expect(kit.audit.map((e) => e.type)).toContain('device.blocked');
    // Blocked: even the right code is not checked, and no new QR code is made.
    const right = await appCode(kit, device.secret, qrText);
    await expect(verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, right, kit.now())).rejects.toSatisfy(
      code('DEVICE_BLOCKED'),
    );
    await expect(createOfflineChallenge(kit.deps, signer, request('ltx-2'), kit.now())).rejects.toSatisfy(
      code('DEVICE_BLOCKED'),
    );
  });

  it('a right code resets the count of wrong answers', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, await appCode(kit, device.secret, qrText, true), kit.now());
    expect((await kit.devices.findById(device.deviceId))?.failedAnswers).toBe(1);
    await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, await appCode(kit, device.secret, qrText), kit.now());
    expect((await kit.devices.findById(device.deviceId))?.failedAnswers).toBe(0);
  });

  it('issue 10: a wrong code is reserved on every usable device before the check; a right one refunds the others', async () => {
    kit = await createDeviceKit({ oneAccountPerDevice: false });
    const a = await kit.enrol(USER, 'inst-aaaaaaaaaaaaaaaa');
    const b = await kit.enrol(USER, 'inst-bbbbbbbbbbbbbbbb', 'Tablette');
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, await appCode(kit, a.secret, qrText, true), kit.now());
    expect((await kit.devices.findById(a.deviceId))?.failedAnswers).toBe(1);
    expect((await kit.devices.findById(b.deviceId))?.failedAnswers).toBe(1);
    const right = await appCode(kit, a.secret, qrText);
    expect((await verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, right, kit.now())).valid).toBe(true);
    expect((await kit.devices.findById(a.deviceId))?.failedAnswers).toBe(0);
    expect((await kit.devices.findById(b.deviceId))?.failedAnswers).toBe(1);
  });

  it('issue 10: of 20 parallel wrong codes, no more than 5 are checked; the owner gets one mail', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { signer } = await serverSigner();
    const { qrText } = await createOfflineChallenge(kit.deps, signer, request(), kit.now());
    const wrong = await appCode(kit, device.secret, qrText, true);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, wrong, kit.now())),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results) if (r.status === 'rejected') expect(code('DEVICE_BLOCKED')(r.reason)).toBe(true);
    expect(kit.mails.filter((m) => m.template === 'device-blocked')).toHaveLength(1);
    // Then the right code is not even checked until the block is over.
    const right = await appCode(kit, device.secret, qrText);
    await expect(verifyOfflineCode(kit.deps, 'ltx-desk-1', USER, right, kit.now())).rejects.toSatisfy(
      code('DEVICE_BLOCKED'),
    );
  });
});
