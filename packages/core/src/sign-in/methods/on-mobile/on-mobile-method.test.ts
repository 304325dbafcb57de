import type { PushChallenge } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { SignInGuard } from '../../../accounts/sign-in-guard';
import { answerPushChallenge, createPushChallenge, pendingChallenges } from '../../../devices/push-challenges';
import { createDeviceKit, type DeviceKit, TEST_ACCOUNT_POLICY as POLICY } from '../../../../testing';
import { type ErrorCode, isSesameError } from '../../../errors';
import type { DurableStore } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import { appLink } from './app-link';
import type { OnMobileData } from './on-mobile-data';
import { onMobileMethod } from './on-mobile-method';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const EMAIL = 'n0025vuz@example.org';
const HANDLE = 'ltx-phone-1';
const META: SignInMeta = { ip: '192.0.2.10', userAgent: 'Mozilla/5.0', locale: 'fr', browser: 'Chrome 131 on Android' };
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);

/** The device kit's world, its users found by address too; `n0025vuz` has a device, `x0099abc` none. */
async function world() {
  kit = await createDeviceKit();
  const device = await kit.enrol(USER);
  const users = kit.deps.durable.users;
  const byEmail = async (email: string) => [...kit.users.values()].find((u) => u.email === email) ?? null;
  const durable = { ...kit.deps.durable, users: { ...users, findByEmail: byEmail } } as DurableStore;
  const accounts = { durable, ephemeral: kit.deps.ephemeral, policy: POLICY };
  return { device, accounts, method: onMobileMethod(kit.deps, accounts) };
}
type World = Awaited<ReturnType<typeof world>>;

const start = (w: World, email = EMAIL, meta = META, handle = HANDLE) =>
  w.method.start({ handle, userId: null, email, appName: 'TRACES NT (démo)', meta, now: kit.now() });

const input = (started: Started<OnMobileData>): SettleInput<OnMobileData> => ({
  handle: HANDLE,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});

async function challengeOf(w: World): Promise<PushChallenge | undefined> {
  return (await pendingChallenges(kit.deps, w.device.deviceId, kit.now()))[0];
}

/** The app on this phone answers the request the page's link opened. */
async function appAnswers(w: World, started: Started<OnMobileData>, decision: 'approve' | 'deny') {
  const challenge = (await challengeOf(w))!;
  const answer = await kit.answer(w.device, challenge, decision, { picked: started.data.shown });
  return answerPushChallenge(kit.deps, challenge.challengeId, answer, kit.now());
}

describe('on-mobile: "On mobile" instead of the password (MOBILE_APP, design §5, docs/adr/0007)', () => {
  it('replaces the password and proves MOBILE_APP alone; it has no answer field', async () => {
    const w = await world();
    expect(w.method).toMatchObject({
      id: 'on-mobile',
      wireName: 'MOBILE_APP',
      position: 'instead-of-password',
      strengths: ['MOBILE_APP'],
    });
    expect(w.method.parseAnswer({})).toBeNull();
  });

  it('a known address with a device: a challenge with this browser, no effects (the phone in hand opens it); the approval verifies', async () => {
    const w = await world();
    const started = await start(w, ' N0025VUZ@example.org ');
    expect(started.userId).toBe(USER);
    expect(started.effects).toBeUndefined();
    expect(started.expiresAt).toBe(kit.now().getTime() + 120_000);
    expect(await challengeOf(w)).toMatchObject({ account: USER, browser: 'Chrome 131 on Android', ip: '192.0.2.10' });
    expect(await w.method.settle(input(started), null)).toEqual({ verdict: 'pending' });
    await appAnswers(w, started, 'approve');
    expect(await w.method.settle(input(started), null)).toEqual({
      verdict: 'verified',
      userId: USER,
      mobileDevices: [{ id: w.device.deviceId, name: 'Pixel-de-Marie' }],
    });
  });

  it('denied in the app → ended denied', async () => {
    const w = await world();
    const started = await start(w);
    await appAnswers(w, started, 'deny');
    expect(await w.method.settle(input(started), null)).toEqual({
      verdict: 'ended',
      reason: 'denied',
      auditReason: 'push_denied',
    });
  });

  it.each([
    ['an unknown address', 'nobody@example.org'],
    ['an account without a device', 'x0099abc@example.org'],
  ])('%s gets the decoy: the same shape, no account, no challenge, never verified', async (_, email) => {
    const w = await world();
    const real = await start(w, EMAIL, META, 'ltx-real');
    const decoy = await start(w, email);
    expect(decoy.userId).toBeNull();
    expect(decoy.effects).toBeUndefined();
    expect(decoy.expiresAt).toBe(real.expiresAt);
    expect(Object.keys(decoy.data)).toEqual(Object.keys(real.data));
    expect(w.method.dataSchema.parse(decoy.data)).toEqual(decoy.data);
    expect(await w.method.settle(input(decoy), null)).toEqual({ verdict: 'pending' });
    kit.advance(120_000);
    expect(await w.method.settle(input(decoy), null)).toEqual({ verdict: 'pending' });
  });

  it('the decoy is never verified, even by an approval left on the same sign-in', async () => {
    const w = await world();
    const created = await createPushChallenge(
      kit.deps,
      { userId: USER, loginTransactionId: HANDLE, relyingAppName: 'Sésame', browser: 'b', ip: '192.0.2.10' },
      kit.now(),
    );
    const decoy = await start(w, 'nobody@example.org');
    const challenge = (await challengeOf(w))!;
    const answer = await kit.answer(w.device, challenge, 'approve', { picked: created.shown });
    await answerPushChallenge(kit.deps, challenge.challengeId, answer, kit.now());
    expect(await w.method.settle(input(decoy), null)).toMatchObject({ verdict: 'ended', reason: 'cancelled' });
  });

  it('the per-address limit counts every address alike: the 4th request in the window is PUSH_LIMIT_REACHED', async () => {
    const w = await world();
    for (const email of [EMAIL, 'nobody@example.org']) {
      for (let i = 0; i < 3; i++) await start(w, email);
      await expect(start(w, email)).rejects.toSatisfy(code('PUSH_LIMIT_REACHED'));
    }
  });

  it('one IP may make 30 requests in 10 minutes, whatever the addresses: then TOO_MANY_REQUESTS', async () => {
    const w = await world();
    for (let i = 0; i < 30; i++) await start(w, `person${i}@example.org`);
    await expect(start(w, 'person30@example.org')).rejects.toSatisfy(code('TOO_MANY_REQUESTS'));
    await expect(start(w, 'person31@example.org', { ...META, ip: '198.51.100.7' })).resolves.toBeDefined();
  });

  it("a locked account (the password step's lock) is refused with ACCOUNT_LOCKED before any challenge", async () => {
    const w = await world();
    const guard = new SignInGuard(kit.deps.ephemeral, POLICY);
    for (let i = 0; i < POLICY.lockAfterFailures; i++) await (await guard.reserve(EMAIL, META.ip)).failed();
    await expect(start(w)).rejects.toSatisfy(code('ACCOUNT_LOCKED'));
    expect(await challengeOf(w)).toBeUndefined();
  });

  it('view: the number; the link opens the app on the request by number and expiry (no challenge id)', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.view(input(started))).toEqual({ shown: started.data.shown });
    expect(appLink(42, 1_740_816_120_999)).toBe('/app/#/pending?n=42&exp=1740816120');
  });

  it("live: the waiting page hears the app's verdict", async () => {
    const w = await world();
    const started = await start(w);
    const heard: string[] = [];
    const stop = await w.method.live!.watch(HANDLE, (verdict) => heard.push(verdict));
    await appAnswers(w, started, 'approve');
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['approved']);
    await stop();
  });
});
