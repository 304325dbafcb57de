import { type PushChallenge, RELYING_APP_NAME_MAX_BYTES } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingChallenges, answerPushChallenge, type CreatedPush } from '../../../devices/push-challenges';
import { createDeviceKit, type DeviceKit } from '../../../../testing';
import { type ErrorCode, isSesameError } from '../../../errors';
import type { PushToNotify } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import type { AppPushData } from './app-push-data';
import { appPushMethod } from './app-push-method';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const HANDLE = 'ltx-browser-1';
const META: SignInMeta = {
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  locale: 'fr',
  browser: 'Firefox 128 on Windows',
};
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);

/** A world with one enrolled device, the method, and what its notifier was given. */
async function world() {
  kit = await createDeviceKit();
  const device = await kit.enrol(USER);
  const notified: PushToNotify[] = [];
  const method = appPushMethod(kit.deps, { notify: async (created) => void notified.push(created) });
  return { device, notified, method };
}

type World = Awaited<ReturnType<typeof world>>;

async function start(w: World, appName = 'TRACES NT (démo)') {
  return w.method.start({
    handle: HANDLE,
    userId: USER,
    email: `${USER}@example.org`,
    appName,
    meta: META,
    now: kit.now(),
  });
}

const settleInput = (started: Started<AppPushData>): SettleInput<AppPushData> => ({
  handle: HANDLE,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});

/** The challenge the device sees for this sign-in. */
async function challengeOf(w: World): Promise<PushChallenge> {
  const [challenge] = await pendingChallenges(kit.deps, w.device.deviceId, kit.now());
  return challenge!;
}

/** The app answers, picking the number the browser shows. */
async function appAnswers(
  w: World,
  started: Started<AppPushData>,
  decision: 'approve' | 'deny' | 'report',
  options: { wrongPin?: boolean } = {},
) {
  const challenge = await challengeOf(w);
  const answer = await kit.answer(w.device, challenge, decision, { picked: started.data.shown, ...options });
  return answerPushChallenge(kit.deps, challenge.challengeId, answer, kit.now());
}

describe('app-push: "Sésame app with PIN code" (PASSWORD_MOBILE_APP, design §5)', () => {
  it('is the after-password method that proves PASSWORD and PASSWORD_MOBILE_APP; it has no answer field', async () => {
    const w = await world();
    expect(w.method).toMatchObject({
      id: 'app-push',
      wireName: 'PASSWORD_MOBILE_APP',
      position: 'after-password',
      strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    });
    expect(w.method.parseAnswer({ code: '12345678' })).toBeNull();
  });

  it('start: a challenge per device with the asking app, this browser and its IP; the devices are told only by the effects', async () => {
    const w = await world();
    const started = await start(w);
    expect(started.userId).toBe(USER);
    expect(w.method.dataSchema.parse(started.data)).toEqual({
      shown: started.data.shown,
      deviceNames: '["Pixel-de-Marie"]',
    });
    expect(started.expiresAt).toBe(kit.now().getTime() + 120_000);
    expect(await challengeOf(w)).toMatchObject({
      account: USER,
      relyingApp: 'TRACES NT (démo)',
      browser: 'Firefox 128 on Windows',
      ip: '192.0.2.10',
    });
    expect(w.notified).toEqual([]);
    await started.effects!();
    const created = w.notified[0] as CreatedPush;
    expect(created.shown).toBe(started.data.shown);
    expect(created.challenges.map((c) => c.deviceId)).toEqual([w.device.deviceId]);
  });

  it('start: a configured name longer than the challenge carries is cut, not refused (ADR 0011)', async () => {
    const w = await world();
    await start(w, 'Application des services de contrôle sanitaire aux frontières');
    const shown = (await challengeOf(w)).relyingApp;
    expect(new TextEncoder().encode(shown).length).toBeLessThanOrEqual(RELYING_APP_NAME_MAX_BYTES);
    expect(shown.endsWith('…')).toBe(true);
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
    await expect(
      w.method.start({
        handle: HANDLE,
        userId: null,
        email: 'x@example.org',
        appName: 'Sésame',
        meta: META,
        now: kit.now(),
      }),
    ).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
  });

  it('settle: pending before the answer; the approval verifies the account with the approving device, once', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.settle(settleInput(started), null)).toEqual({ verdict: 'pending' });
    expect(await appAnswers(w, started, 'approve')).toMatchObject({ verdict: 'approved' });
    expect(await w.method.settle(settleInput(started), null)).toEqual({
      verdict: 'verified',
      userId: USER,
      mobileDevices: [{ id: w.device.deviceId, name: 'Pixel-de-Marie' }],
    });
    // The verdict is taken: a second continuation finds nothing (NIST SP 800-63B rev 4 §3.1.3.2).
    expect(await w.method.settle(settleInput(started), null)).toEqual({ verdict: 'pending' });
  });

  it.each([
    ['deny', {}, 'denied'],
    ['report', {}, 'reported'],
    ['approve', { wrongPin: true }, 'failed'],
  ] as const)('settle: the app answers %s %o → ended %s, audited push_%s', async (decision, options, reason) => {
    const w = await world();
    const started = await start(w);
    await appAnswers(w, started, decision, options);
    expect(await w.method.settle(settleInput(started), null)).toEqual({
      verdict: 'ended',
      reason,
      auditReason: `push_${reason}`,
    });
  });

  it("settle: no verdict past the expiry is still pending: the expiry is the sign-in's (the engine's view)", async () => {
    const w = await world();
    const started = await start(w);
    kit.advance(120_000);
    expect(await w.method.settle(settleInput(started), null)).toEqual({ verdict: 'pending' });
  });

  it.each([
    ['blocked', (id: string) => kit.deps.durable.devices.blockDevice(id, new Date(kit.now().getTime() + 60_000), 5)],
    ['deleted', (id: string) => kit.deps.durable.devices.delete(id)],
  ] as const)('settle: an approval from a device %s meanwhile reads as cancelled', async (_, change) => {
    const w = await world();
    const started = await start(w);
    await appAnswers(w, started, 'approve');
    await change(w.device.deviceId);
    expect(await w.method.settle(settleInput(started), null)).toEqual({
      verdict: 'ended',
      reason: 'cancelled',
      auditReason: 'push_approved',
    });
  });

  it('settle: an approval never proves another account than the one asked for', async () => {
    const w = await world();
    const started = await start(w);
    await appAnswers(w, started, 'approve');
    const other = { ...settleInput(started), userId: 'x0099abc' };
    expect(await w.method.settle(other, null)).toMatchObject({ verdict: 'ended', reason: 'cancelled' });
  });

  it('view: the number and the names of the devices that may answer', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.view(settleInput(started))).toEqual({
      shown: started.data.shown,
      deviceNames: ['Pixel-de-Marie'],
    });
  });

  it('view: the names kept at the start, not read again; a sign-in started without them reads them (issue 12 point 5)', async () => {
    const w = await world();
    const started = await start(w);
    expect(JSON.parse(started.data.deviceNames!)).toEqual(['Pixel-de-Marie']);
    // Renamed during the wait: the page still names the device the challenge was sent to.
    await kit.deps.durable.devices.update(w.device.deviceId, { name: 'Pixel-renamed' });
    expect((await w.method.view(settleInput(started))).deviceNames).toEqual(['Pixel-de-Marie']);
    const { deviceNames: _, ...before } = started.data;
    const old = { ...settleInput(started), data: before };
    expect((await w.method.view(old)).deviceNames).toEqual(['Pixel-renamed']);
    const malformed = { ...settleInput(started), data: { ...before, deviceNames: '{"no":1}' } };
    expect((await w.method.view(malformed)).deviceNames).toEqual(['Pixel-renamed']);
  });

  it('live: the waiting page hears the verdict when the app answers, and at once one already given', async () => {
    const w = await world();
    const started = await start(w);
    const heard: string[] = [];
    const stop = await w.method.live!.watch(HANDLE, (verdict) => heard.push(verdict));
    await appAnswers(w, started, 'deny');
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['denied']);
    await stop();

    const late: string[] = [];
    const stopLate = await w.method.live!.watch(HANDLE, (verdict) => late.push(verdict));
    expect(late).toEqual(['denied']);
    await stopLate();
  });
});
