import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKit,
  createTestHasher,
  type DeviceKit,
  giveRecoveryCodes,
  recoveryCodeDeps,
} from '../../../../testing';
import { parseRecoveryCode } from '../../../credentials/recovery-code-format';
import { type ErrorCode, isSesameError } from '../../../errors';
import type { MailRequest } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { SettleInput, Started } from '../../method';
import type { RecoveryCodeData } from './recovery-code-data';
import { RECOVERY_CODE_CHALLENGE_MS, recoveryCodeMethod } from './recovery-code-method';

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

/** A kit whose user has a device and ten recovery codes; the method over a counting hasher. */
async function world(options: { failingMailer?: boolean } = {}) {
  kit = await createDeviceKit();
  await kit.enrol(USER);
  const hasher = createTestHasher();
  const codes = await giveRecoveryCodes(kit, hasher);
  const deps = recoveryCodeDeps(kit, hasher);
  const mailer = options.failingMailer
    ? {
        send: async () => {
          throw new Error('smtp down');
        },
      }
    : deps.mailer;
  const method = recoveryCodeMethod({ ...deps, mailer });
  return { codes, hasher, method };
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

const input = (started: Started<RecoveryCodeData>): SettleInput<RecoveryCodeData> => ({
  handle: HANDLE,
  userId: started.userId,
  data: started.data,
  since: kit.now().getTime(),
  meta: META,
  now: kit.now(),
});

/** A well-formed code that is none of the user's. */
const WRONG = parseRecoveryCode('0000-0000-0000-0000-0000');
const usedMails = () =>
  kit.mails.filter(
    (m): m is Extract<MailRequest, { template: 'recovery-code-used' }> => m.template === 'recovery-code-used',
  );

describe('recovery code: the sign-in method (PASSWORD_RECOVERY_CODE, issue 13 point 3; docs/adr/0028)', () => {
  it('is the after-password method that proves PASSWORD and PASSWORD_RECOVERY_CODE, then a new factor', async () => {
    const w = await world();
    expect(w.method).toMatchObject({
      id: 'recovery-code',
      wireName: 'PASSWORD_RECOVERY_CODE',
      position: 'after-password',
      strengths: ['PASSWORD', 'PASSWORD_RECOVERY_CODE'],
      afterwards: 'set-up-factor',
    });
    expect(w.method.live).toBeUndefined();
  });

  it('parseAnswer: the `code` field, case, spaces and hyphens ignored; else INVALID_INPUT', async () => {
    const w = await world();
    expect(w.method.parseAnswer({ code: 'k7qm 2zc9 wx4t h8nb r5ev' })).toEqual({
      id: 'K7QM',
      secret: '2ZC9WX4TH8NBR5EV',
    });
    expect(() => w.method.parseAnswer({})).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
    expect(() => w.method.parseAnswer({ code: 'K7QM-2ZC9' })).toThrow(expect.toSatisfy(code('INVALID_INPUT')));
  });

  it('start: 10 minutes to type a code; no account, or no unused code, is NO_ACTIVE_DEVICE', async () => {
    const w = await world();
    const until = kit.now().getTime() + RECOVERY_CODE_CHALLENGE_MS;
    expect(await start(w)).toEqual({ data: { until }, expiresAt: until, userId: USER });
    await expect(start(w, null)).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    await expect(start(w, 'x0099abc')).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
    expect(await w.method.view(input(await start(w)))).toEqual({ expiresAt: new Date(until) });
  });

  it('settle: a right code verifies, is used up, and the owner is mailed when, where and how many are left', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.settle(input(started), parseRecoveryCode(w.codes[0]))).toEqual({
      verdict: 'verified',
      userId: USER,
      mobileDevices: [],
    });
    expect(usedMails()).toEqual([
      {
        template: 'recovery-code-used',
        to: `${USER}@example.org`,
        locale: expect.any(String),
        params: {
          firstName: expect.any(String),
          at: kit.now().toISOString(),
          ip: META.ip,
          browser: META.browser,
          remaining: 9,
          token: expect.any(String),
          ttlMinutes: kit.deps.policy.linkTtlMinutes,
        },
      },
    ]);
    // Each use is told, with the count left.
    await w.method.settle(input(started), parseRecoveryCode(w.codes[1]));
    expect(usedMails().map((m) => m.params.remaining)).toEqual([9, 8]);
  });

  it('settle: a code used once is refused (SEC-29), audited recovery_code_already_used, not mailed again', async () => {
    const w = await world();
    const started = await start(w);
    await w.method.settle(input(started), parseRecoveryCode(w.codes[0]));
    expect(await w.method.settle(input(started), parseRecoveryCode(w.codes[0]))).toEqual({
      verdict: 'refused',
      reason: 'wrong-answer',
      data: started.data,
      auditReason: 'recovery_code_already_used',
    });
    expect(usedMails()).toHaveLength(1);
  });

  it('settle: a wrong code is refused (wrong_code); nothing used', async () => {
    const w = await world();
    const started = await start(w);
    expect(await w.method.settle(input(started), WRONG)).toEqual({
      verdict: 'refused',
      reason: 'wrong-answer',
      data: started.data,
      auditReason: 'wrong_code',
    });
    expect(usedMails()).toEqual([]);
  });

  it('settle: of 10 parallel submits of one code, exactly one is verified', async () => {
    const w = await world();
    const started = await start(w);
    const verdicts = await Promise.all(
      Array.from({ length: 10 }, () => w.method.settle(input(started), parseRecoveryCode(w.codes[2]))),
    );
    expect(verdicts.filter((v) => v.verdict === 'verified')).toHaveLength(1);
    expect(usedMails()).toHaveLength(1);
  });

  it('settle: codes are counted before the check; the 5th wrong one blocks, then nothing is checked — the right code neither', async () => {
    const w = await world();
    const started = await start(w);
    for (let i = 0; i < 4; i++) {
      expect(await w.method.settle(input(started), WRONG)).toMatchObject({ verdict: 'refused' });
    }
    expect(await w.method.settle(input(started), WRONG)).toEqual({
      verdict: 'ended',
      reason: 'blocked',
      auditReason: 'wrong_code',
      blockedUntil: new Date(kit.now().getTime() + kit.deps.policy.blockMinutes * 60_000),
    });
    const checks = w.hasher.calls.verify;
    const blocked = await w.method.settle(input(started), parseRecoveryCode(w.codes[0]));
    expect(blocked).toMatchObject({ verdict: 'ended', reason: 'blocked' });
    expect(blocked.verdict === 'ended' && blocked.error).toSatisfy(code('TOO_MANY_REQUESTS'));
    expect(w.hasher.calls.verify).toBe(checks);
    // A parallel burst while blocked: still nothing checked.
    await Promise.all(Array.from({ length: 5 }, () => w.method.settle(input(started), WRONG)));
    expect(w.hasher.calls.verify).toBe(checks);
    // The window over, the right code works.
    kit.advance(kit.deps.policy.blockMinutes * 60_000);
    expect(await w.method.settle(input(await start(w)), parseRecoveryCode(w.codes[0]))).toMatchObject({
      verdict: 'verified',
    });
  });

  it('settle: a right code refunds its place: the wrong ones before it still count', async () => {
    const w = await world();
    const started = await start(w);
    for (let i = 0; i < 3; i++) await w.method.settle(input(started), WRONG);
    await w.method.settle(input(started), parseRecoveryCode(w.codes[0]));
    expect(await w.method.settle(input(started), WRONG)).toMatchObject({ verdict: 'refused' });
    expect(await w.method.settle(input(started), WRONG)).toMatchObject({ verdict: 'ended', reason: 'blocked' });
  });

  it('settle: past `until` is expired, nothing checked; a failing mailer does not undo a verified code', async () => {
    const w = await world({ failingMailer: true });
    const started = await start(w);
    expect(await w.method.settle(input(started), parseRecoveryCode(w.codes[0]))).toMatchObject({ verdict: 'verified' });
    kit.advance(RECOVERY_CODE_CHALLENGE_MS);
    const checks = w.hasher.calls.verify;
    expect(await w.method.settle(input(started), parseRecoveryCode(w.codes[1]))).toEqual({ verdict: 'expired' });
    expect(w.hasher.calls.verify).toBe(checks);
    expect(await w.method.view(input(started))).toBeNull();
  });
});
