import { afterEach, describe, expect, it } from 'vitest';
import { answerPushChallenge, pendingChallenges } from '../../../devices/push-challenges';
import type { PushToNotify } from '../../../ports';
import type { ChallengeStep } from '../../state';
import type { AppPushView } from './app-push-data';
import { appPushMethod } from './app-push-method';
import { createEngineWorld, type EngineWorld, META, PASSWORD } from './engine-test-kit';

let w: EngineWorld | undefined;
afterEach(() => w?.kit.close());

const EMAIL = 'n0025vuz@example.org';

/** Address, password, "Sésame app with PIN code": the push is pending. */
async function signIn() {
  const notified: PushToNotify[] = [];
  w = await createEngineWorld((kit) => [appPushMethod(kit.deps, { notify: async (c) => void notified.push(c) })]);
  const given = await w.engine.giveAddress(undefined, EMAIL);
  if (!given.ok) throw new Error('address refused');
  const step = await w.engine.submitPassword(given.handle, { password: PASSWORD, method: 'PASSWORD_MOBILE_APP' }, META);
  if (!step.ok || step.state.step !== 'challenge') throw new Error('no challenge');
  return { world: w, handle: step.handle, state: step.state as ChallengeStep, notified };
}

async function appAnswers(world: EngineWorld, state: ChallengeStep, decision: 'approve' | 'deny') {
  const [challenge] = await pendingChallenges(world.kit.deps, world.device.deviceId, world.kit.now());
  const answer = await world.kit.answer(world.device, challenge!, decision, { picked: state.data.shown as number });
  await answerPushChallenge(world.kit.deps, challenge!.challengeId, answer, world.kit.now());
}

describe('app-push through the engine (docs/adr/0026 §2.5)', () => {
  it('password then push: pending until the app approves, then authenticated with PASSWORD + PASSWORD_MOBILE_APP', async () => {
    const { world, handle, state, notified } = await signIn();
    expect(state).toMatchObject({ method: 'app-push', userId: 'n0025vuz', presented: ['PASSWORD'] });
    await new Promise((resolve) => setImmediate(resolve));
    expect(notified).toHaveLength(1);

    const view = await world.engine.view<AppPushView>(handle, 'app-push', META);
    expect(view).toMatchObject({
      ok: true,
      state: { view: { shown: state.data.shown, deviceNames: ['Pixel-de-Marie'] }, expired: false },
    });

    const notYet = await world.engine.settle(handle, 'app-push', {}, META);
    expect(notYet).toMatchObject({ ok: true, state: { settled: { verdict: 'pending' }, next: { step: 'challenge' } } });

    await appAnswers(world, state, 'approve');
    const done = await world.engine.settle(handle, 'app-push', {}, META);
    expect(done).toMatchObject({
      ok: true,
      state: {
        next: {
          step: 'authenticated',
          userId: 'n0025vuz',
          method: 'app-push',
          strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
          mobileDevices: [{ id: world.device.deviceId, name: 'Pixel-de-Marie' }],
        },
        // The account read to accept the answer, for the session (not read again).
        account: { id: 'n0025vuz' },
      },
    });
    expect(world.audit).toEqual([]);
  });

  it('denied in the app: back to the password step, audited push_denied', async () => {
    const { world, handle, state } = await signIn();
    await appAnswers(world, state, 'deny');
    const ended = await world.engine.settle(handle, 'app-push', {}, META);
    expect(ended).toMatchObject({
      ok: true,
      state: { next: { step: 'password' }, settled: { verdict: 'ended', reason: 'denied' } },
    });
    expect(world.audit).toMatchObject([
      { type: 'sign_in.failed', userId: 'n0025vuz', details: { method: 'PASSWORD_MOBILE_APP', reason: 'push_denied' } },
    ]);
  });

  it('past the expiry with no verdict: the view says expired; the push stays pending', async () => {
    const { world, handle } = await signIn();
    world.kit.advance(120_000);
    expect(await world.engine.view(handle, 'app-push', META)).toMatchObject({ ok: true, state: { expired: true } });
    expect(await world.engine.settle(handle, 'app-push', {}, META)).toMatchObject({
      ok: true,
      state: { settled: { verdict: 'pending' }, next: { step: 'challenge' } },
    });
  });

  it('the live verdict reaches the waiting page through the method', async () => {
    const { world, handle, state } = await signIn();
    const heard: string[] = [];
    const stop = await world.methods.byId('app-push')!.live!.watch(handle, (v) => heard.push(v));
    await appAnswers(world, state, 'approve');
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual(['approved']);
    await stop();
  });
});
