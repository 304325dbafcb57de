import type { TransitionError } from './errors';
import type { SignInEvent } from './events';
import { mayStart, type PolicyInput } from './policy';
import type {
  Authenticated,
  ChallengeMethodId,
  ChallengeStep,
  IdentifyStep,
  KeptStep,
  PasswordStep,
  SignInContext,
  SignInState,
  SignInStep,
} from './state';

export type Transitioned = { ok: true; state: SignInState | Authenticated } | { ok: false; error: TransitionError };

/**
 * How long after the password (or the request) a challenge may be renewed (a new push, a new QR
 * code): past it, the password is asked again (login/push-sign-in.ts PASSWORD_STEP_VALID_MS).
 */
export const RENEW_WINDOW_MS = 10 * 60_000;

/**
 * What the policy needs beyond the state's context: the deployment's methods (for "On mobile"'s
 * refusal). Left out, no method is deployed, so "On mobile" is refused: fail closed.
 */
export type TransitionPolicy = Pick<PolicyInput, 'methods'>;

const SIGN_IN: SignInContext = { purpose: 'sign-in' };

/**
 * The methods a kept sign-in's step-up may start without the password again (docs/adr/0019): the
 * app's push, the authenticator app or security key (docs/adr/0050 §3, 0054 §1), and the SMS to
 * the account's confirmed number (docs/adr/0064 §1) — each still checked by its own start.
 */
export const STEP_UP_METHODS: readonly ChallengeMethodId[] = ['app-push', 'totp', 'webauthn', 'sms'];

/** A method of STEP_UP_METHODS. */
export type StepUpMethodId = 'app-push' | 'totp' | 'webauthn' | 'sms';

function wrongStep(state: SignInState | null, expected: readonly SignInStep[]): Transitioned {
  return { ok: false, error: { code: 'WRONG_STEP', expected, actual: state?.step ?? 'none' } };
}

function ok(state: SignInState | Authenticated): Transitioned {
  return { ok: true, state };
}

/** The address a state knows (every step but the first). */
export function emailOf(state: SignInState | null): string | undefined {
  return state && state.step !== 'identify' ? state.email : undefined;
}

const identify = (ctx: SignInContext): IdentifyStep => ({ v: 2, step: 'identify', ctx });
const password = (ctx: SignInContext, email: string): PasswordStep => ({ v: 2, step: 'password', ctx, email });

/** A challenge that is over: back to the password, or to the kept sign-in it was the step-up of. */
function afterChallenge(state: ChallengeStep): PasswordStep | KeptStep {
  const target = state.ctx.target;
  if (state.stepUp && state.userId !== null && target) {
    return { v: 2, step: 'kept', ctx: { ...state.ctx, target }, email: state.email, userId: state.userId };
  }
  return password(state.ctx, state.email);
}

/**
 * The sign-in's state machine (issue 12 point 1; docs/adr/0026 §2.3): one case per row of the
 * table, pure, no I/O. Every (state, event) pair not in the table is WRONG_STEP.
 *
 * The password step stays reachable wherever the address is known (challenge, kept), as with v1
 * records whose password page needed only `email`: the user may go back and choose again.
 */
export function transition(
  state: SignInState | null,
  event: SignInEvent,
  now: number,
  policy: TransitionPolicy = { methods: [] },
): Transitioned {
  switch (event.type) {
    // POST /login: the address, parsed at the edge; a pending challenge is dropped.
    case 'AddressGiven':
      return ok(password(state?.ctx ?? SIGN_IN, event.email));

    // GET /login?change=1: the address is forgotten, the context kept.
    case 'AddressCleared':
      if (state === null) return wrongStep(state, ['identify', 'password', 'choosing', 'challenge', 'kept']);
      return ok(identify(state.ctx));

    // GET /login?return_to=: a portal page asked for a session; it wins over an unfinished
    // application sign-in (routes/sign-in.tsx), the address is kept.
    case 'ReturnRequested': {
      const ctx: SignInContext = {
        purpose: 'sign-in',
        returnTo: event.returnTo,
        ...(event.secondFactor ? { secondFactor: true as const } : {}),
      };
      const email = event.email ?? emailOf(state);
      return ok(email === undefined ? identify(ctx) : password(ctx, email));
    }

    // GET /login?reauth=1 (signed in): a second factor again, then back to returnTo.
    case 'ReauthRequested':
      return ok(password({ purpose: 'reauthenticate', returnTo: event.returnTo }, event.email));

    // CAS /login, OIDC interaction: a new sign-in for the application.
    case 'AppRequested': {
      const ctx: SignInContext = { purpose: 'sign-in', target: event.target };
      return ok(event.knownEmail === undefined ? identify(ctx) : password(ctx, event.knownEmail));
    }

    // POST /login/password, the password right: alone, authenticated; else the challenge follows.
    case 'PasswordAccepted': {
      if (state === null || state.step === 'identify') return wrongStep(state, ['password', 'challenge', 'kept']);
      if (event.chosen !== 'password') return ok(state);
      return ok({
        step: 'authenticated',
        ctx: state.ctx,
        userId: event.userId,
        method: 'password',
        strengths: ['PASSWORD'],
        mobileDevices: [],
      });
    }

    // "Sign in with a passkey" (docs/adr/0029 §5) and "Sign in with eID" (docs/adr/0042): from the
    // first screen, or the password's when the address was typed; not for a re-authentication,
    // which asks for the account's own factor.
    case 'PasskeyAccepted':
    case 'EidAccepted': {
      // The level page's step-up by eID (docs/adr/0053 §2): the kept sign-in of this very account
      // ends with the eID's strength; the application then judges the session as for any step-up.
      if (event.type === 'EidAccepted' && state?.step === 'kept') {
        if (event.userId !== state.userId) return wrongStep(state, ['kept']);
        return ok({
          step: 'authenticated',
          ctx: state.ctx,
          userId: state.userId,
          method: 'eid',
          strengths: event.strengths,
          mobileDevices: [],
        });
      }
      if (
        state === null ||
        (state.step !== 'identify' && state.step !== 'password') ||
        state.ctx.purpose !== 'sign-in'
      ) {
        return wrongStep(state, ['identify', 'password']);
      }
      const passkey = event.type === 'PasskeyAccepted';
      return ok({
        step: 'authenticated',
        ctx: state.ctx,
        userId: event.userId,
        method: passkey ? 'webauthn' : 'eid',
        strengths: event.strengths,
        mobileDevices: passkey ? (event.devices ?? []) : [],
      });
    }

    // The account's chooser, no challenge started (docs/adr/0034 §3): after the password, typed at
    // the password step or again from a pending challenge — never a step-up's (it goes back to `kept`).
    case 'ChooserOpened':
      if (
        state === null ||
        (state.step !== 'password' && state.step !== 'choosing' && state.step !== 'challenge') ||
        (state.step === 'challenge' && state.stepUp === true)
      ) {
        return wrongStep(state, ['password', 'choosing', 'challenge']);
      }
      return ok({
        v: 2,
        step: 'choosing',
        ctx: state.ctx,
        email: state.email,
        userId: event.userId,
        presented: event.presented,
        since: event.at,
        ...(event.lastUsed !== undefined ? { lastUsed: event.lastUsed } : {}),
      });

    case 'ChallengeStarted': {
      if (state === null || state.step === 'identify') {
        return wrongStep(state, ['password', 'choosing', 'challenge', 'kept']);
      }
      // "On mobile" replaces the password: refused when it does not reach the target (ADR 0007).
      const allowed = mayStart(event.method, { ...policy, target: state.ctx.target, purpose: state.ctx.purpose });
      if (allowed !== true && event.method === 'on-mobile') return { ok: false, error: allowed };
      if (state.step === 'kept' && !STEP_UP_METHODS.includes(event.method)) {
        return wrongStep(state, ['password', 'challenge']);
      }
      const stepUp = state.step === 'kept' || (state.step === 'challenge' && state.stepUp === true);
      // Another method chosen for the same challenge keeps what the password step read.
      const lastUsed =
        event.lastUsed !== undefined
          ? event.lastUsed
          : state.step === 'challenge' || state.step === 'choosing'
            ? state.lastUsed
            : undefined;
      return ok({
        v: 2,
        step: 'challenge',
        ctx: state.ctx,
        email: state.email,
        method: event.method,
        userId: event.userId,
        presented: event.presented,
        since: event.at,
        expiresAt: event.expiresAt,
        data: event.data,
        ...(stepUp ? { stepUp: true as const } : {}),
        ...(lastUsed !== undefined ? { lastUsed } : {}),
      });
    }

    // A new push or QR code for the same challenge; `since` kept, so the window does not slide.
    case 'ChallengeRenewed':
      if (state?.step !== 'challenge') return wrongStep(state, ['challenge']);
      if (now - state.since > RENEW_WINDOW_MS) return ok(afterChallenge(state));
      return ok({ ...state, expiresAt: event.expiresAt, data: event.data });

    case 'AnswerAccepted':
      if (state?.step !== 'challenge' || state.userId === null) return wrongStep(state, ['challenge']);
      // Design §10: a password reset ends what was started before it; and the answer must be
      // for the account the challenge was made for.
      if (event.credentialsChangedAt > state.since || event.userId !== state.userId) return ok(afterChallenge(state));
      return ok({
        step: 'authenticated',
        ctx: state.ctx,
        userId: state.userId,
        method: state.method,
        strengths: event.strengths,
        mobileDevices: event.mobileDevices,
        ...(event.setUpFactor ? { setUpFactor: true as const } : {}),
        ...(state.lastUsed !== undefined ? { lastUsed: state.lastUsed } : {}),
      });

    // A wrong code: the challenge stays, the user may try again.
    case 'AnswerRefused':
      if (state?.step !== 'challenge') return wrongStep(state, ['challenge']);
      return ok(event.data ? { ...state, data: event.data } : state);

    case 'ChallengeEnded':
      // The chooser left too long after the password (docs/adr/0034 §3): the password again.
      if (state?.step === 'choosing') return ok(password(state.ctx, state.email));
      if (state?.step !== 'challenge') return wrongStep(state, ['challenge', 'choosing']);
      return ok(afterChallenge(state));

    // continueLogin: the session is below the application's level; the sign-in is kept, bound to
    // the user, for the step-up (docs/adr/0019).
    case 'Kept':
      if (state !== null && state.step !== 'password' && state.step !== 'challenge') {
        return wrongStep(state, ['password', 'challenge']);
      }
      return ok({
        v: 2,
        step: 'kept',
        ctx: { purpose: 'sign-in', target: event.target },
        email: event.email,
        userId: event.userId,
      });
  }
}
