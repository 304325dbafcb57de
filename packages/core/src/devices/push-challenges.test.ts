import { generateEs256KeyPair, type PushChallenge } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { type ErrorCode, isSesameError } from '../errors';
import { deviceStatusAt } from './device-blocking';
import { deleteDevice } from './device-management';
import { NO_ACTOR } from './device-deps';
import {
  answerPushChallenge,
  createPushChallenge,
  pendingChallenges,
  type PushRequest,
  takePushVerdict,
} from './push-challenges';
import { createDeviceKit, type DeviceKit } from '../../testing';

let kit: DeviceKit;
afterEach(() => kit?.close());

const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const request = (loginTransactionId = 'ltx-browser-1'): PushRequest => ({
  userId: 'n0025vuz',
  loginTransactionId,
  relyingAppName: 'TRACES NT (démo)',
  browser: 'Firefox 128 on Windows',
  ip: '192.0.2.10',
  place: 'Lyon, France',
});

async function push(k: DeviceKit, deviceId: string, ltx?: string) {
  const created = await createPushChallenge(k.deps, request(ltx), k.now());
  const [challenge] = (await pendingChallenges(k.deps, deviceId, k.now())).filter(
    (c) => c.challengeId === created.challenges.find((d) => d.deviceId === deviceId)!.challengeId,
  );
  return {
    created,
    challenge: challenge as PushChallenge,
    wrong: challenge!.candidates.find((n) => n !== created.shown)!,
  };
}

describe('push challenges ("PIN code", design §5)', () => {
  it('approve with the right number and PIN: the waiting browser hears "approved"; the answer is single-use', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const { created, challenge } = await push(kit, device.deviceId);
    expect(challenge).toMatchObject({ account: 'n0025vuz', relyingApp: 'TRACES NT (démo)', place: 'Lyon, France' });
    expect(challenge.candidates).toContain(created.shown);
    expect(challenge.expiresAt - challenge.issuedAt).toBe(120);
    expect(created.challenges[0]!.notice).toEqual({
      type: 'push-notice',
      deviceId: device.deviceId,
      challengeId: challenge.challengeId,
    });

    const heard: string[] = [];
    await kit.deps.ephemeral.subscribe(created.channel, (m) => heard.push(m));
    const answer = await kit.answer(device, challenge, 'approve', { picked: created.shown });
    expect(await answerPushChallenge(kit.deps, challenge.challengeId, answer, kit.now())).toEqual({
      accepted: true,
      verdict: 'approved',
      blocked: false,
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(heard[0]!)).toMatchObject({ type: 'push-verdict', verdict: 'approved' });
    expect(await takePushVerdict(kit.deps, 'ltx-browser-1')).toMatchObject({ verdict: 'approved' });
    expect((await kit.deps.durable.devices.findById(device.deviceId))!.lastUsedAt).toEqual(kit.now());
    // Replay of the right answer.
    await expect(answerPushChallenge(kit.deps, challenge.challengeId, answer, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    expect(await pendingChallenges(kit.deps, device.deviceId, kit.now())).toEqual([]);
  });

  it('a wrong PIN and a wrong number fail, use the challenge up and count; deny and report are answers', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    let p = await push(kit, device.deviceId);
    const wrongPin = await kit.answer(device, p.challenge, 'approve', { picked: p.created.shown, wrongPin: true });
    expect(await answerPushChallenge(kit.deps, p.challenge.challengeId, wrongPin, kit.now())).toEqual({
      accepted: false,
      verdict: 'failed',
      blocked: false,
    });
    p = await push(kit, device.deviceId);
    const wrongNumber = await kit.answer(device, p.challenge, 'approve', { picked: p.wrong });
    expect((await answerPushChallenge(kit.deps, p.challenge.challengeId, wrongNumber, kit.now())).accepted).toBe(false);
    expect((await kit.deps.durable.devices.findById(device.deviceId))!.failedAnswers).toBe(2);

    p = await push(kit, device.deviceId);
    const deny = await kit.answer(device, p.challenge, 'deny');
    expect(await answerPushChallenge(kit.deps, p.challenge.challengeId, deny, kit.now())).toMatchObject({
      accepted: true,
      verdict: 'denied',
    });
    kit.advance(120_000); // next throttle window
    p = await push(kit, device.deviceId);
    const report = await kit.answer(device, p.challenge, 'report');
    expect((await answerPushChallenge(kit.deps, p.challenge.challengeId, report, kit.now())).verdict).toBe('reported');
    expect(kit.audit.at(-1)).toMatchObject({ type: 'sign_in.failed', details: { reason: 'reported_by_user' } });
    // A right answer resets the count.
    p = await push(kit, device.deviceId);
    await answerPushChallenge(
      kit.deps,
      p.challenge.challengeId,
      await kit.answer(device, p.challenge, 'approve', { picked: p.created.shown }),
      kit.now(),
    );
    expect((await kit.deps.durable.devices.findById(device.deviceId))!.failedAnswers).toBe(0);
  });

  it('5 wrong answers in a row block the device; new challenges do not reset the count', async () => {
    kit = await createDeviceKit({ pushPerUser: { limit: 100, windowSeconds: 120 } });
    const device = await kit.enrol();
    const results = [];
    for (let i = 0; i < 5; i++) {
      const p = await push(kit, device.deviceId, `ltx-${i}`);
      const answer = await kit.answer(device, p.challenge, 'approve', { picked: p.created.shown, wrongPin: true });
      results.push(await answerPushChallenge(kit.deps, p.challenge.challengeId, answer, kit.now()));
    }
    expect(results.map((r) => r.blocked)).toEqual([false, false, false, false, true]);
    expect(deviceStatusAt((await kit.deps.durable.devices.findById(device.deviceId))!, kit.now())).toBe('blocked');
    expect(kit.audit.filter((e) => e.type === 'device.blocked')).toHaveLength(1);
    // Issue 10: the owner is mailed at once.
    expect(kit.mails.filter((m) => m.template === 'device-blocked')).toHaveLength(1);
    await expect(createPushChallenge(kit.deps, request(), kit.now())).rejects.toSatisfy(code('DEVICE_BLOCKED'));
    await expect(pendingChallenges(kit.deps, device.deviceId, kit.now())).rejects.toSatisfy(code('DEVICE_BLOCKED'));
  });

  it('expired, foreign-transaction, other-device and badly signed answers fail', async () => {
    kit = await createDeviceKit({ pushPerUser: { limit: 100, windowSeconds: 120 } });
    const device = await kit.enrol();
    const other = await kit.enrol('n0025vuz', 'inst-fedcba9876543210', 'Tablette');

    // Expired.
    let p = await push(kit, device.deviceId);
    kit.advance(120_000);
    const late = await kit.answer(device, p.challenge, 'approve', { picked: p.created.shown });
    await expect(answerPushChallenge(kit.deps, p.challenge.challengeId, late, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_EXPIRED'),
    );

    // The other device answering this device's challenge (its own key, its own id).
    p = await push(kit, device.deviceId);
    const stolen = await kit.answer(other, { ...p.challenge, deviceId: other.deviceId }, 'approve', {
      picked: p.created.shown,
    });
    await expect(answerPushChallenge(kit.deps, p.challenge.challengeId, stolen, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    // Signed by a key that is not the device's.
    const intruder = await generateEs256KeyPair();
    const forged = await kit.answer(device, p.challenge, 'approve', {
      picked: p.created.shown,
      signer: intruder.privateKey,
    });
    await expect(answerPushChallenge(kit.deps, p.challenge.challengeId, forged, kit.now())).rejects.toSatisfy(
      code('DEVICE_MESSAGE_INVALID'),
    );
    // An answer posted under another challenge's path.
    const right = await kit.answer(device, p.challenge, 'approve', { picked: p.created.shown });
    await expect(answerPushChallenge(kit.deps, 'A'.repeat(22), right, kit.now())).rejects.toSatisfy(
      code('DEVICE_MESSAGE_INVALID'),
    );

    // A challenge of a transaction that was superseded: the browser asked again.
    const first = await push(kit, device.deviceId, 'ltx-a');
    await push(kit, device.deviceId, 'ltx-a');
    const stale = await kit.answer(device, first.challenge, 'approve', { picked: first.created.shown });
    await expect(answerPushChallenge(kit.deps, first.challenge.challengeId, stale, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    // One answer ends the transaction on the account's other devices.
    const both = await createPushChallenge(kit.deps, request('ltx-b'), kit.now());
    const mine = (await pendingChallenges(kit.deps, device.deviceId, kit.now())).find(
      (c) => c.challengeId === both.challenges.find((d) => d.deviceId === device.deviceId)!.challengeId,
    )!;
    await answerPushChallenge(kit.deps, mine.challengeId, await kit.answer(device, mine, 'deny'), kit.now());
    const theirs = both.challenges.find((d) => d.deviceId === other.deviceId)!.challengeId;
    expect((await pendingChallenges(kit.deps, other.deviceId, kit.now())).map((c) => c.challengeId)).not.toContain(
      theirs,
    );
    // None of these counted as a wrong answer: none came from a device with a wrong PIN.
    expect((await kit.deps.durable.devices.findById(device.deviceId))!.failedAnswers).toBe(0);
  });

  it('deleting a device kills its pending challenges', async () => {
    kit = await createDeviceKit();
    const device = await kit.enrol();
    const p = await push(kit, device.deviceId);
    const heard: string[] = [];
    await kit.deps.ephemeral.subscribe(p.created.channel, (m) => heard.push(m));
    const answer = await kit.answer(device, p.challenge, 'approve', { picked: p.created.shown });
    await deleteDevice(kit.deps, 'n0025vuz', device.deviceId, NO_ACTOR, kit.now(), ['PASSWORD', 'PASSWORD_MOBILE_APP']);
    await expect(answerPushChallenge(kit.deps, p.challenge.challengeId, answer, kit.now())).rejects.toSatisfy(
      code('DEVICE_CHALLENGE_INVALID'),
    );
    await new Promise((resolve) => setImmediate(resolve));
    expect(JSON.parse(heard[0]!)).toMatchObject({ verdict: 'cancelled' });
  });

  it('push-bombing throttle: at most 3 challenges per account per 2 minutes', async () => {
    kit = await createDeviceKit();
    await kit.enrol();
    for (let i = 0; i < 3; i++) await createPushChallenge(kit.deps, request(`ltx-${i}`), kit.now());
    const refused = await createPushChallenge(kit.deps, request('ltx-3'), kit.now()).catch((e: unknown) => e);
    expect(isSesameError(refused, 'PUSH_LIMIT_REACHED')).toBe(true);
    expect((refused as { details: { retryAfterSeconds: number } }).details.retryAfterSeconds).toBe(120);
    kit.advance(120_000);
    await expect(createPushChallenge(kit.deps, request('ltx-3'), kit.now())).resolves.toBeDefined();
  });
});
