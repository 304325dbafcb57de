import { computeTotpAtStep, totpStep } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { enrolTotp } from '../../../../testing';
import { isSesameError } from '../../../errors';
import { createEngineWorld, type EngineWorld, META, PASSWORD } from '../app-push/engine-test-kit';
import { totpMethod } from './totp-method';

let w: EngineWorld | undefined;
afterEach(() => w?.kit.close());

/** Address, password, "Authenticator app": the code page. */
async function signIn(world?: EngineWorld) {
  if (!world) {
    w = await createEngineWorld((kit) => [totpMethod(kit.deps)]);
    world = w;
  }
  const given = await world.engine.giveAddress(undefined, 'n0025vuz@example.org');
  if (!given.ok) throw new Error('address refused');
  const step = await world.engine.submitPassword(given.handle, { password: PASSWORD, method: 'PASSWORD_TOTP' }, META);
  if (!step.ok || step.state.step !== 'challenge') throw new Error('no challenge');
  return { world, handle: step.handle };
}

async function worldWithTotp() {
  w = await createEngineWorld((kit) => [totpMethod(kit.deps)]);
  const totp = await enrolTotp(w.kit);
  w.kit.advance(30_000);
  const code = () => computeTotpAtStep(totp.seed, totpStep(w!.kit.now()));
  return { world: w, code };
}

describe('totp through the engine (docs/adr/0026 §2.5, docs/adr/0027)', () => {
  it('a wrong code stays at the code page (audited wrong_code); the right one authenticates with PASSWORD + PASSWORD_TOTP', async () => {
    const { world, code } = await worldWithTotp();
    const { handle } = await signIn(world);
    const wrong = await world.engine.settle(handle, 'totp', { code: '000000' }, META);
    expect(wrong).toMatchObject({
      ok: true,
      state: { next: { step: 'challenge', method: 'totp' }, settled: { verdict: 'refused', reason: 'wrong-answer' } },
    });
    expect(world.audit).toMatchObject([
      { type: 'sign_in.failed', details: { method: 'PASSWORD_TOTP', reason: 'wrong_code' } },
    ]);
    const right = await world.engine.settle(handle, 'totp', { code: await code() }, META);
    expect(right).toMatchObject({
      ok: true,
      state: {
        next: { step: 'authenticated', method: 'totp', strengths: ['PASSWORD', 'PASSWORD_TOTP'], mobileDevices: [] },
      },
    });
  });

  it('the same code on a second sign-in is refused and audited totp_replayed (SEC-19)', async () => {
    const { world, code } = await worldWithTotp();
    const typed = await code();
    const first = await signIn(world);
    await world.engine.settle(first.handle, 'totp', { code: typed }, META);
    const second = await signIn(world);
    const replay = await world.engine.settle(second.handle, 'totp', { code: typed }, META);
    expect(replay).toMatchObject({ ok: true, state: { next: { step: 'challenge' }, settled: { verdict: 'refused' } } });
    expect(world.audit.at(-1)).toMatchObject({
      type: 'sign_in.failed',
      details: { method: 'PASSWORD_TOTP', reason: 'totp_replayed' },
    });
  });

  it('a code that is not 6 digits is INVALID_INPUT, thrown; nothing audited', async () => {
    const { world } = await worldWithTotp();
    const { handle } = await signIn(world);
    await expect(world.engine.settle(handle, 'totp', { code: '12ab56' }, META)).rejects.toSatisfy((e: unknown) =>
      isSesameError(e, 'INVALID_INPUT'),
    );
    expect(world.audit).toEqual([]);
  });

  it('the 5th wrong code: back to the password step, with the end of the block', async () => {
    const { world } = await worldWithTotp();
    const { handle } = await signIn(world);
    for (let i = 0; i < 4; i++) await world.engine.settle(handle, 'totp', { code: '000000' }, META);
    expect(await world.engine.settle(handle, 'totp', { code: '000000' }, META)).toMatchObject({
      ok: true,
      state: {
        next: { step: 'password' },
        settled: { verdict: 'ended', reason: 'blocked', blockedUntil: expect.any(Date) },
      },
    });
    expect(world.audit).toHaveLength(5);
  });

  it('an account without an authenticator app cannot start it (NO_ACTIVE_DEVICE)', async () => {
    await expect(signIn()).rejects.toSatisfy((e: unknown) => isSesameError(e, 'NO_ACTIVE_DEVICE'));
  });
});
