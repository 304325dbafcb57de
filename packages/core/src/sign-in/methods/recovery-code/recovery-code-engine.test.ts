import { levelOf } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestHasher, giveRecoveryCodes, PIN, recoveryCodeDeps } from '../../../../testing';
import { deleteDevice } from '../../../devices/device-management';
import { startEnrolment } from '../../../devices/enrolment';
import { isSesameError } from '../../../errors';
import { createEngineWorld, type EngineWorld, META, PASSWORD } from '../app-push/engine-test-kit';
import { recoveryCodeMethod } from './recovery-code-method';

let w: EngineWorld | undefined;
afterEach(() => w?.kit.close());

const USER = 'n0025vuz';
const ACTOR = { ip: META.ip, userAgent: META.userAgent };

/** The engine world (one device on the user: the one lost), with ten recovery codes. */
async function worldWithCodes() {
  const hasher = createTestHasher();
  w = await createEngineWorld((kit) => [recoveryCodeMethod(recoveryCodeDeps(kit, hasher))]);
  const codes = await giveRecoveryCodes(w.kit, hasher);
  return { world: w, codes };
}

/** Address, password, "Recovery code": the code page. */
async function signIn(world: EngineWorld) {
  const given = await world.engine.giveAddress(undefined, `${USER}@example.org`);
  if (!given.ok) throw new Error('address refused');
  const step = await world.engine.submitPassword(
    given.handle,
    { password: PASSWORD, method: 'PASSWORD_RECOVERY_CODE' },
    META,
  );
  if (!step.ok || step.state.step !== 'challenge') throw new Error('no challenge');
  return step.handle;
}

describe('recovery code through the engine (docs/adr/0026 §2.5, docs/adr/0028)', () => {
  it('a wrong code stays at the code page (audited wrong_code); the right one authenticates at MEDIUM and says setUpFactor', async () => {
    const { world, codes } = await worldWithCodes();
    const handle = await signIn(world);
    const wrong = await world.engine.settle(handle, 'recovery-code', { code: '0000-0000-0000-0000-0000' }, META);
    expect(wrong).toMatchObject({
      ok: true,
      state: {
        next: { step: 'challenge', method: 'recovery-code' },
        settled: { verdict: 'refused', reason: 'wrong-answer' },
      },
    });
    expect(world.audit).toMatchObject([
      { type: 'sign_in.failed', details: { method: 'PASSWORD_RECOVERY_CODE', reason: 'wrong_code' } },
    ]);
    const right = await world.engine.settle(handle, 'recovery-code', { code: codes[0]!.toLowerCase() }, META);
    expect(right).toMatchObject({
      ok: true,
      state: {
        next: {
          step: 'authenticated',
          method: 'recovery-code',
          userId: USER,
          strengths: ['PASSWORD', 'PASSWORD_RECOVERY_CODE'],
          mobileDevices: [],
          setUpFactor: true,
        },
      },
    });
    if (!right.ok || right.state.next.step !== 'authenticated') throw new Error('not authenticated');
    expect(levelOf(right.state.next.strengths)).toBe('MEDIUM');
    await world.engine.finish(right.handle, right.state.next, META);
    expect(world.audit.at(-1)).toMatchObject({
      type: 'sign_in.succeeded',
      userId: USER,
      details: { method: 'PASSWORD_RECOVERY_CODE' },
    });
  });

  it('the same code on a second sign-in is refused and audited recovery_code_already_used', async () => {
    const { world, codes } = await worldWithCodes();
    await world.engine.settle(await signIn(world), 'recovery-code', { code: codes[0] }, META);
    const again = await world.engine.settle(await signIn(world), 'recovery-code', { code: codes[0] }, META);
    expect(again).toMatchObject({ ok: true, state: { next: { step: 'challenge' }, settled: { verdict: 'refused' } } });
    expect(world.audit.at(-1)).toMatchObject({
      type: 'sign_in.failed',
      details: { method: 'PASSWORD_RECOVERY_CODE', reason: 'recovery_code_already_used' },
    });
  });

  it('a malformed code is INVALID_INPUT, thrown; nothing audited, nothing counted', async () => {
    const { world } = await worldWithCodes();
    const handle = await signIn(world);
    await expect(world.engine.settle(handle, 'recovery-code', { code: 'K7QM-2ZC9' }, META)).rejects.toSatisfy(
      (e: unknown) => isSesameError(e, 'INVALID_INPUT'),
    );
    expect(world.audit).toEqual([]);
  });

  it('the 5th wrong code: back to the password step, with the end of the block', async () => {
    const { world } = await worldWithCodes();
    const handle = await signIn(world);
    const wrong = { code: '0000-0000-0000-0000-0000' };
    for (let i = 0; i < 4; i++) await world.engine.settle(handle, 'recovery-code', wrong, META);
    expect(await world.engine.settle(handle, 'recovery-code', wrong, META)).toMatchObject({
      ok: true,
      state: {
        next: { step: 'password' },
        settled: { verdict: 'ended', reason: 'blocked', blockedUntil: expect.any(Date) },
      },
    });
  });

  it('an account without codes cannot start it (NO_ACTIVE_DEVICE)', async () => {
    w = await createEngineWorld((kit) => [recoveryCodeMethod(recoveryCodeDeps(kit))]);
    await expect(signIn(w)).rejects.toSatisfy((e: unknown) => isSesameError(e, 'NO_ACTIVE_DEVICE'));
  });

  it('issue 13 "Done when": every device lost, a recovery code, a new phone enrolled, the old device gone, mails sent', async () => {
    const { world, codes } = await worldWithCodes();
    const lost = world.device.deviceId;
    const right = await world.engine.settle(await signIn(world), 'recovery-code', { code: codes[4] }, META);
    if (!right.ok || right.state.next.step !== 'authenticated') throw new Error('not authenticated');
    const session = right.state.next.strengths;
    const now = world.kit.now();
    // The password alone may do neither (SEC-27); the recovery-code session may do both.
    await expect(deleteDevice(world.kit.deps, USER, lost, ACTOR, now, ['PASSWORD'])).rejects.toSatisfy((e: unknown) =>
      isSesameError(e, 'SECOND_FACTOR_REQUIRED'),
    );
    await expect(
      startEnrolment(world.kit.deps, { id: USER }, { name: 'Nouveau-Pixel', pin: PIN, pinConfirm: PIN }, now, session),
    ).resolves.toMatchObject({ qrText: expect.any(String) });
    await deleteDevice(world.kit.deps, USER, lost, ACTOR, now, session);
    expect(await world.kit.deps.durable.devices.findById(lost)).toBeNull();
    expect(world.kit.mails.map((m) => m.template)).toEqual(
      expect.arrayContaining(['recovery-code-used', 'device-deleted']),
    );
    expect(world.kit.mails.find((m) => m.template === 'recovery-code-used')).toMatchObject({
      params: { remaining: 9 },
    });
  });
});
