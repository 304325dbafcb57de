import type { MethodInfo } from '../policy';
import type { ChallengeStep, ChoosingStep, IdentifyStep, KeptStep, PasswordStep, SignInContext } from '../state';
import type { LoginTarget } from '../target';

/** States, targets and method descriptions shared by the sign-in's unit tests. */

export const T0 = Date.UTC(2026, 11, 7, 9, 0, 0);
export const EMAIL = 'ada@example.eu';

export function casTarget(requirement: LoginTarget['requirement'], forceAuthentication = false): LoginTarget {
  return { kind: 'cas', appId: 'traces', requirement, forceAuthentication, data: { service: 'https://rp.example/cb' } };
}
export const BASIC_APP = casTarget({ minimumLevel: 'BASIC', acceptedStrengths: null });
export const MEDIUM_APP = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: null });
export const HIGH_APP = casTarget({ minimumLevel: 'HIGH', acceptedStrengths: null });

export const SIGN_IN: SignInContext = { purpose: 'sign-in' };

/** The deployment's four methods, as the policy sees them (registration order). */
export const METHOD_INFOS: readonly MethodInfo[] = [
  { id: 'password', wireName: 'PASSWORD', position: 'first', strengths: ['PASSWORD'] },
  {
    id: 'app-push',
    wireName: 'PASSWORD_MOBILE_APP',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
  },
  {
    id: 'app-qr',
    wireName: 'PASSWORD_SOFTWARE_TOKEN',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'],
  },
  { id: 'on-mobile', wireName: 'MOBILE_APP', position: 'instead-of-password', strengths: ['MOBILE_APP'] },
];

export const identifyStep = (ctx: SignInContext = SIGN_IN): IdentifyStep => ({ v: 2, step: 'identify', ctx });
export const passwordStep = (ctx: SignInContext = SIGN_IN): PasswordStep => ({
  v: 2,
  step: 'password',
  ctx,
  email: EMAIL,
});
export const challengeStep = (over: Partial<ChallengeStep> = {}): ChallengeStep => ({
  v: 2,
  step: 'challenge',
  ctx: SIGN_IN,
  email: EMAIL,
  method: 'app-push',
  userId: 'u1',
  presented: ['PASSWORD'],
  since: T0,
  expiresAt: T0 + 120_000,
  data: { shown: 42 },
  ...over,
});
export const choosingStep = (over: Partial<ChoosingStep> = {}): ChoosingStep => ({
  v: 2,
  step: 'choosing',
  ctx: SIGN_IN,
  email: EMAIL,
  userId: 'u1',
  presented: ['PASSWORD'],
  since: T0,
  ...over,
});
export const keptStep = (target: LoginTarget = MEDIUM_APP): KeptStep => ({
  v: 2,
  step: 'kept',
  ctx: { purpose: 'sign-in', target },
  email: EMAIL,
  userId: 'u1',
});
