import { STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import type { ChallengeMethodId, SignInContext, SignInState } from './state';
import { loginTargetSchema } from './target';

/**
 * The persisted sign-in (`v: 2`, docs/adr/0026 §2.2) and the reader of v1 records (today's
 * LoginTransaction, sessions/login-transaction.ts): during a rolling restart of two nodes a record
 * written by the old node is read by the new one. v1 records live 30 minutes at most, so the v1
 * reader can go one release after the engine lands.
 */

const strength = z.enum(STRENGTHS as [Strength, ...Strength[]]);
const methodData = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const context = z.object({
  target: loginTargetSchema.optional(),
  returnTo: z.string().optional(),
  purpose: z.enum(['sign-in', 'reauthenticate']),
  secondFactor: z.literal(true).optional(),
});

const challengeMethod = z.enum(['app-push', 'app-qr', 'on-mobile', 'totp', 'recovery-code', 'webauthn', 'sms']);

export const signInStateSchema = z.discriminatedUnion('step', [
  z.object({ v: z.literal(2), step: z.literal('identify'), ctx: context }),
  z.object({ v: z.literal(2), step: z.literal('password'), ctx: context, email: z.string() }),
  z.object({
    v: z.literal(2),
    step: z.literal('challenge'),
    ctx: context,
    email: z.string(),
    method: challengeMethod,
    userId: z.string().nullable(),
    presented: z.array(strength),
    since: z.number(),
    expiresAt: z.number(),
    data: methodData,
    stepUp: z.literal(true).optional(),
    lastUsed: z.string().nullable().optional(),
  }),
  z.object({
    v: z.literal(2),
    step: z.literal('choosing'),
    ctx: context,
    email: z.string(),
    userId: z.string(),
    presented: z.array(strength),
    since: z.number(),
    lastUsed: z.string().nullable().optional(),
  }),
  z.object({
    v: z.literal(2),
    step: z.literal('kept'),
    ctx: context.extend({ target: loginTargetSchema }),
    email: z.string(),
    userId: z.string(),
  }),
]);

/**
 * v1, step 2 passed with a second factor chosen (design §4 step 3): the password was right (or,
 * "On mobile", the app replaces it), the session is not open yet.
 */
export const v1SecondFactorSchema = z.object({
  userId: z.string(),
  /** Push ("app with PIN code"), offline code ("app with QR code") or "On mobile". */
  method: z.enum(['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN', 'MOBILE_APP']),
  /** When the password was verified (ms); for "On mobile", when the request was made. */
  passwordAt: z.number(),
  /** Push: the number the browser shows for number matching. */
  shown: z.number().optional(),
  /** When the push or the QR code's challenge expires (ms). */
  expiresAt: z.number(),
});

/** v1 (sessions/login-transaction.ts, until issue 12): every field optional, the state implicit. */
export const v1LoginTransactionSchema = z.object({
  email: z.string().optional(),
  returnTo: z.string().optional(),
  target: loginTargetSchema.optional(),
  secondFactor: v1SecondFactorSchema.optional(),
  /** A signed-in user proving a second factor again (adding or deleting a device). */
  reauthenticate: z.boolean().optional(),
  /** The session of `userId` is open but below what `target` asks (docs/adr/0019): kept for the step-up. */
  stepUp: z.object({ userId: z.string() }).optional(),
});
type V1 = z.infer<typeof v1LoginTransactionSchema>;

const V1_METHODS: Record<NonNullable<V1['secondFactor']>['method'], ChallengeMethodId> = {
  PASSWORD_MOBILE_APP: 'app-push',
  PASSWORD_SOFTWARE_TOKEN: 'app-qr',
  MOBILE_APP: 'on-mobile',
};

/** v1 "On mobile"'s decoy bound no account: `none:<random>` (login/mobile-sign-in.ts). */
const V1_DECOY_PREFIX = 'none:';

/** A v1 record as the v2 state it stood for (the implicit states of docs/adr/0026 §1.1). */
export function fromV1(old: V1): SignInState {
  const ctx: SignInContext = {
    purpose: old.reauthenticate ? 'reauthenticate' : 'sign-in',
    ...(old.target ? { target: old.target } : {}),
    ...(old.returnTo !== undefined ? { returnTo: old.returnTo } : {}),
  };
  if (old.email === undefined) return { v: 2, step: 'identify', ctx };
  const factor = old.secondFactor;
  if (factor) {
    const method = V1_METHODS[factor.method];
    return {
      v: 2,
      step: 'challenge',
      ctx,
      email: old.email,
      method,
      userId: factor.userId.startsWith(V1_DECOY_PREFIX) ? null : factor.userId,
      // v1 did not record a step-up's session strengths: the password stood for them.
      presented: method === 'on-mobile' ? [] : ['PASSWORD'],
      since: factor.passwordAt,
      expiresAt: factor.expiresAt,
      data: factor.shown !== undefined ? { shown: factor.shown } : {},
      ...(old.stepUp && old.target ? { stepUp: true as const } : {}),
    };
  }
  if (old.stepUp && old.target) {
    return { v: 2, step: 'kept', ctx: { ...ctx, target: old.target }, email: old.email, userId: old.stepUp.userId };
  }
  return { v: 2, step: 'password', ctx, email: old.email };
}

/** A stored record (v2, or v1 from a node not yet restarted) as a state; null when malformed. */
export function readSignInState(json: string): SignInState | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof value === 'object' && value !== null && 'v' in value) {
    const parsed = signInStateSchema.safeParse(value);
    return parsed.success ? parsed.data : null;
  }
  const old = v1LoginTransactionSchema.safeParse(value);
  return old.success ? fromV1(old.data) : null;
}
