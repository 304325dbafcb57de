import { afterEach, describe, expect, it } from 'vitest';
import { TEST_ACCOUNT_POLICY as POLICY } from '../../../../testing';
import { answerPushChallenge, pendingChallenges } from '../../../devices/push-challenges';
import type { DurableStore } from '../../../ports';
import type { LoginTarget } from '../../target';
import { createEngineWorld, type EngineWorld, META } from '../app-push/engine-test-kit';
import { onMobileMethod } from './on-mobile-method';

let w: EngineWorld | undefined;
afterEach(() => w?.kit.close());

async function onMobileWorld() {
  w = await createEngineWorld((kit) => {
    const byEmail = async (email: string) => [...kit.users.values()].find((u) => u.email === email) ?? null;
    const users = { ...kit.deps.durable.users, findByEmail: byEmail };
    const durable = { ...kit.deps.durable, users } as DurableStore;
    return [onMobileMethod(kit.deps, { durable, ephemeral: kit.deps.ephemeral, policy: POLICY })];
  });
  return w;
}

async function atPasswordStep(world: EngineWorld, email: string) {
  const given = await world.engine.giveAddress(undefined, email);
  if (!given.ok) throw new Error('address refused');
  return given.handle;
}

describe('on-mobile through the engine (docs/adr/0026 §2.5, ADR 0007)', () => {
  it("instead of the password: the app's approval authenticates with MOBILE_APP alone", async () => {
    const world = await onMobileWorld();
    const handle = await atPasswordStep(world, 'n0025vuz@example.org');
    const started = await world.engine.startInstead(handle, 'on-mobile', META);
    expect(started).toMatchObject({
      ok: true,
      state: { step: 'challenge', method: 'on-mobile', userId: 'n0025vuz', presented: [] },
    });
    if (!started.ok) return;
    const [challenge] = await pendingChallenges(world.kit.deps, world.device.deviceId, world.kit.now());
    const answer = await world.kit.answer(world.device, challenge!, 'approve', {
      picked: started.state.data.shown as number,
    });
    await answerPushChallenge(world.kit.deps, challenge!.challengeId, answer, world.kit.now());
    expect(await world.engine.settle(handle, 'on-mobile', {}, META)).toMatchObject({
      ok: true,
      state: { next: { step: 'authenticated', method: 'on-mobile', strengths: ['MOBILE_APP'] } },
    });
  });

  it('an unknown address: the decoy is pending like a real request, and never authenticates', async () => {
    const world = await onMobileWorld();
    const handle = await atPasswordStep(world, 'nobody@example.org');
    const started = await world.engine.startInstead(handle, 'on-mobile', META);
    expect(started).toMatchObject({ ok: true, state: { step: 'challenge', method: 'on-mobile', userId: null } });
    expect(await world.engine.view(handle, 'on-mobile', META)).toMatchObject({ ok: true, state: { expired: false } });
    expect(await world.engine.settle(handle, 'on-mobile', {}, META)).toMatchObject({
      ok: true,
      state: { settled: { verdict: 'pending' }, next: { step: 'challenge' } },
    });
    world.kit.advance(120_000);
    expect(await world.engine.view(handle, 'on-mobile', META)).toMatchObject({ ok: true, state: { expired: true } });
  });

  it('below what the application requires (a HIGH level): NOT_OFFERED, no request made', async () => {
    const world = await onMobileWorld();
    const target: LoginTarget = {
      kind: 'cas',
      appId: 'traces',
      requirement: { minimumLevel: 'HIGH', acceptedStrengths: null },
      forceAuthentication: false,
      data: {},
    };
    const begun = await world.engine.beginForApp(undefined, target, 'n0025vuz@example.org');
    if (!begun.ok) throw new Error('not begun');
    expect(await world.engine.startInstead(begun.handle, 'on-mobile', META)).toEqual({
      ok: false,
      error: { code: 'NOT_OFFERED', method: 'on-mobile' },
    });
    expect(await pendingChallenges(world.kit.deps, world.device.deviceId, world.kit.now())).toEqual([]);
  });
});
