import { z } from 'zod';
import { SesameError } from '../../errors';
import type { UserRecord } from '../../ports';
import type { MethodPosition, MethodWireName, Settled, SignInMethod, StartInput } from '../method';
import type { PasswordMethod } from '../methods/password/password-method';
import type { ChallengeMethodId, MethodData } from '../state';

/** Test doubles of SignInMethod for the engine's tests: no device, no store. */

export function testUser(over: Partial<UserRecord> = {}): UserRecord {
  return {
    id: 'u1',
    email: 'ada@example.eu',
    firstName: 'Ada',
    lastName: 'Lovelace',
    emailLocale: 'en',
    passwordHash: 'x',
    organisation: null,
    roles: [],
    createdAt: new Date(0),
    credentialsChangedAt: new Date(0),
    secondFactorSince: null,
    recovery: null,
    ...over,
  };
}

/** The password is "right"; anything else is INVALID_CREDENTIALS. */
export function fakePasswordMethod(user: UserRecord = testUser()): PasswordMethod {
  return {
    id: 'password',
    wireName: 'PASSWORD',
    position: 'first',
    strengths: ['PASSWORD'],
    dataSchema: z.record(z.string(), z.never()),
    parseAnswer: (fields) => ({ password: fields.password }),
    check: async (_email, answer) => {
      if (answer.password !== 'right') throw new SesameError('INVALID_CREDENTIALS');
      return user;
    },
    start: () => Promise.reject(new Error('not a challenge')),
    settle: () => Promise.reject(new Error('not a challenge')),
    view: async () => null,
  };
}

/** A challenge method whose next verdict the test sets; it records what it was asked. */
export interface FakeMethod extends SignInMethod<MethodData, string | undefined, { shown: unknown }> {
  readonly starts: StartInput[];
  readonly answers: (string | undefined)[];
  effectsRun: number;
  nextVerdict: Settled;
  /** When set, `start` rejects with it (NO_ACTIVE_DEVICE, PUSH_LIMIT_REACHED…). */
  startError?: Error;
}

const SPEC: Record<ChallengeMethodId, { wireName: MethodWireName; position: MethodPosition }> = {
  'app-push': { wireName: 'PASSWORD_MOBILE_APP', position: 'after-password' },
  'app-qr': { wireName: 'PASSWORD_SOFTWARE_TOKEN', position: 'after-password' },
  'on-mobile': { wireName: 'MOBILE_APP', position: 'instead-of-password' },
  totp: { wireName: 'PASSWORD_TOTP', position: 'after-password' },
  'recovery-code': { wireName: 'PASSWORD_RECOVERY_CODE', position: 'after-password' },
  webauthn: { wireName: 'PASSWORD_WEBAUTHN', position: 'after-password' },
  sms: { wireName: 'PASSWORD_SMS', position: 'after-password' },
};

export function fakeMethod(id: ChallengeMethodId, ttlMs = 120_000): FakeMethod {
  const method: FakeMethod = {
    id,
    ...SPEC[id],
    strengths: id === 'on-mobile' ? ['MOBILE_APP'] : ['PASSWORD', SPEC[id].wireName],
    dataSchema: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
    starts: [],
    answers: [],
    effectsRun: 0,
    nextVerdict: { verdict: 'pending' },
    parseAnswer: (fields) => fields.code,
    async start(input) {
      if (method.startError) throw method.startError;
      method.starts.push(input);
      return {
        data: { shown: method.starts.length },
        expiresAt: input.now.getTime() + ttlMs,
        userId: input.userId,
        effects: async () => {
          method.effectsRun += 1;
        },
      };
    },
    async settle(_input, answer) {
      method.answers.push(answer);
      return method.nextVerdict;
    },
    view: async (input) => ({ shown: input.data.shown }),
  };
  return method;
}
