/**
 * The engine with the real device code under it, for the device methods' engine tests (app-push,
 * app-qr, on-mobile): core's device kit (memory store, fake clock, enrolled devices), the
 * sign-in store over the same memory store, and a password stand-in that accepts the kit's users
 * (the password's own check is accounts/authenticate-password.ts's, tested there). Test code only.
 */
import { z } from 'zod';
import { createDeviceKit, type DeviceKit } from '../../../../testing';
import { SesameError } from '../../../errors';
import { createSignInEngine, type SignInAuditEvent } from '../../engine';
import type { SignInMeta } from '../../meta';
import type { SignInMethod } from '../../method';
import type { PasswordMethod } from '../password/password-method';
import { methodRegistry } from '../registry';
import { SignInStateStore } from '../../transaction-store';

export const META: SignInMeta = {
  ip: '192.0.2.10',
  userAgent: 'Mozilla/5.0',
  locale: 'fr',
  browser: 'Firefox 128 on Windows',
};
export const PASSWORD = 'le chat dort sur le radiateur';

/** Accepts PASSWORD for every user of the kit; INVALID_CREDENTIALS otherwise. */
function stubPassword(kit: DeviceKit): PasswordMethod {
  const refuse = async (): Promise<never> => {
    throw new Error('the password is never a challenge');
  };
  return {
    id: 'password',
    wireName: 'PASSWORD',
    position: 'first',
    strengths: ['PASSWORD'],
    dataSchema: z.record(z.string(), z.never()),
    parseAnswer: (fields) => ({ password: fields.password }),
    async check(email, answer) {
      const user = [...kit.users.values()].find((u) => u.email === email);
      if (!user || answer.password !== PASSWORD) throw new SesameError('INVALID_CREDENTIALS');
      return user;
    },
    start: refuse,
    settle: refuse,
    view: async () => null,
  };
}

/** A kit world, one device enrolled on `n0025vuz`, and an engine over `methods(kit)`. */
export async function createEngineWorld(methods: (kit: DeviceKit) => readonly SignInMethod[]) {
  const kit = await createDeviceKit();
  const device = await kit.enrol('n0025vuz');
  const audit: SignInAuditEvent[] = [];
  const registry = methodRegistry([stubPassword(kit), ...methods(kit)]);
  const engine = createSignInEngine({
    store: new SignInStateStore(kit.deps.ephemeral),
    methods: registry,
    users: kit.deps.durable.users,
    appName: () => 'TRACES NT (démo)',
    audit: async (event) => void audit.push(event),
    clock: { now: kit.now },
  });
  return { kit, device, engine, audit, methods: registry };
}

export type EngineWorld = Awaited<ReturnType<typeof createEngineWorld>>;
