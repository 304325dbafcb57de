import type { Level, Strength } from '@sesame/protocol';
import { invalidInput, isSesameError } from '../errors';
import type { Clock, UserRecord, UserRepository } from '../ports';
import type { TransitionError } from './errors';
import type { SignInEvent } from './events';
import type { SignInMeta } from './meta';
import type { MethodWireName, SettleInput, Settled, SignInMethod } from './method';
import type { MethodRegistry } from './methods/registry';
import { parseWebAuthnAnswer } from './methods/webauthn/webauthn-data';
import type { PasskeySignIn } from './methods/webauthn/webauthn-passkey';
import type { EidCallback, EidRefusalCode, EidVerdict } from './methods/eid/eid-method';
import { eidAcrsReaching, eidStrength } from './methods/eid/eid-levels';
import type { EidFlowPurpose } from './methods/eid/eid-flow';
import type { EidNewcomer } from './methods/eid/eid-newcomer';
import type { StoredAccountOptions } from '../ports';
import type { WebAuthnOptionsJson } from '../ports/webauthn-verifier';
import { SesameError } from '../errors';
import {
  type AccountChooser,
  mayStart,
  methodReaches,
  passwordFallsShort,
  type MethodInfo,
  openingMethod,
  planAccountChooser,
  type PolicyInput,
  strengthsAtLevel,
} from './policy';
import type {
  Authenticated,
  ChallengeMethodId,
  ChallengeStep,
  ChoosingStep,
  IdentifyStep,
  KeptStep,
  PasswordStep,
  SignInContext,
  SignInState,
  SignInStep,
} from './state';
import type { LoginTarget } from './target';
import type { SignInStateStore } from './transaction-store';
import { RENEW_WINDOW_MS, type StepUpMethodId, transition } from './transitions';

/** A step of the sign-in: the state it reached under `handle`, or why the request did not fit. */
export type Step<S> =
  | { readonly ok: true; readonly handle: string; readonly state: S }
  | { readonly ok: false; readonly error: TransitionError };

/** A form's fields, as the HTTP edge read them. */
export type FormFields = Readonly<Record<string, string | undefined>>;

/** An audit entry the engine decides to write; the server writes it (its `audit` helper). */
export interface SignInAuditEvent {
  readonly type: 'sign_in.failed' | 'sign_in.succeeded';
  readonly userId: string | null;
  readonly meta: SignInMeta;
  readonly details: {
    readonly method: MethodWireName;
    readonly reason?: string;
    /** The devices that proved the sign-in, comma-separated (login/finish-sign-in.ts). */
    readonly deviceId?: string;
  };
}

/**
 * "Sign in with a passkey" (docs/adr/0029 §5, §8): webauthn-passkey.ts over the deployment's
 * verifier. Its challenges are stateless until used: `options` stores nothing.
 */
export interface PasskeyCeremony {
  options(now: Date): Promise<WebAuthnOptionsJson>;
  finish(response: unknown, now: Date): Promise<PasskeySignIn>;
}

/** A passkey's answer: the sign-in done, or refused with the audit's reason (the first screen again). */
export type PasskeyOutcome = { readonly next: Authenticated } | { readonly refused: string };

/**
 * The passkey's step: done (`handle` the browser's sign-in, '' when it had none — the terminal
 * state is never stored), refused (no handle: nothing was created), or a request that does not fit.
 */
export type PasskeyStep =
  | { readonly ok: true; readonly handle: string; readonly state: { readonly next: Authenticated } }
  | { readonly ok: true; readonly state: { readonly refused: string } }
  | { readonly ok: false; readonly error: TransitionError };

/** The first screen's passkey options, or why they are not offered. */
export type PasskeyOffer =
  | { readonly ok: true; readonly options: WebAuthnOptionsJson }
  | { readonly ok: false; readonly error: TransitionError };

/** "Sign in with eID" / "Link my eID", first half: the provider's URL, or why not (docs/adr/0042). */
export type EidStart =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly error: TransitionError };

/**
 * The eID's answer: a sign-in done (`handle` as for a passkey), refused (the user's message and
 * what the flow was for), a link to make (the account routes bind it), or a request that does not fit.
 */
export type EidStep =
  | { readonly ok: true; readonly handle: string; readonly state: { readonly next: Authenticated } }
  | {
      readonly ok: true;
      readonly state: {
        readonly refused: EidRefusalCode | 'SECOND_FACTOR_REQUIRED';
        readonly purpose: EidFlowPurpose | null;
      };
    }
  | { readonly ok: true; readonly state: { readonly link: Extract<EidVerdict, { purpose: 'link' }> } }
  /** An eID no account has linked, where its provider allows it (docs/adr/0047): create or reconcile. */
  | { readonly ok: true; readonly state: { readonly newcomer: EidNewcomer } }
  | { readonly ok: false; readonly error: TransitionError };

export interface SignInEngineDeps {
  readonly store: SignInStateStore;
  readonly methods: MethodRegistry;
  readonly users: Pick<UserRepository, 'findById'>;
  /** The asking application's name, as the app shows it (the portal's own name when no target). */
  readonly appName: (target?: LoginTarget) => string;
  readonly audit: (event: SignInAuditEvent) => Promise<void>;
  readonly clock: Clock;
  /** The password's verdict, for the sign-in counter: 'success', an error code, or 'error'. */
  readonly onPasswordChecked?: (result: string) => void;
  /** Present: "Sign in with a passkey" is offered (the deployment has security keys). */
  readonly passkeys?: PasskeyCeremony;
  /**
   * The account's options and second factors (docs/adr/0031), asked only once the password is
   * right. Without it, every account has the default options ("always require" off).
   */
  readonly account?: (userId: string) => Promise<AccountFacts>;
  /** Remembers the second factor that completed a sign-in: the account's chooser opens on it next time. */
  readonly recordMethodUsed?: (userId: string, wireName: MethodWireName) => Promise<void>;
}

/** What the engine reads of an account after its password: its options and its second factors. */
export interface AccountFacts {
  readonly options: StoredAccountOptions;
  readonly has: readonly MethodWireName[];
}

export interface SignInEngine {
  /** The browser's sign-in, or null (none, expired, malformed, or a handle we never made). */
  load(handle: string | undefined): Promise<SignInState | null>;
  /** POST /login: the address (parsed at the edge); a pending challenge is dropped. */
  giveAddress(handle: string | undefined, email: string): Promise<Step<PasswordStep>>;
  /** GET /login?change=1: forgets the address; nothing when there is no sign-in. */
  clearAddress(handle: string | undefined): Promise<void>;
  /** GET /login?reauth=1, signed in: a second factor again, then `returnTo` (already checked). */
  reauthenticate(handle: string | undefined, email: string, returnTo: string): Promise<Step<PasswordStep>>;
  /**
   * GET /login?return_to=, not signed in: the sign-in ends on that portal page (already checked).
   * `secondFactor`: the page opens only with one (the admin console), so the password alone does
   * not end this sign-in — the account's second factor follows (docs/adr/0050 §1).
   */
  returnTo(
    handle: string | undefined,
    returnTo: string,
    options?: { readonly secondFactor?: boolean },
  ): Promise<Step<IdentifyStep | PasswordStep>>;
  /** CAS /login, OIDC interaction: a sign-in for the application. */
  beginForApp(
    handle: string | undefined,
    target: LoginTarget,
    knownEmail?: string,
  ): Promise<Step<IdentifyStep | PasswordStep>>;
  /**
   * POST /login/password: the password, then the chosen method's challenge (or authenticated).
   * Throws SesameError as today: INVALID_INPUT (method), INVALID_CREDENTIALS, ACCOUNT_LOCKED, the
   * method's start errors (NO_ACTIVE_DEVICE, PUSH_LIMIT_REACHED…).
   */
  submitPassword(
    handle: string | undefined,
    fields: {
      readonly password?: string;
      readonly method?: string;
      /**
       * The method the password page pre-selected (docs/adr/0032 §3): `method` equal to it is the
       * page's guess left as it was, and the account's preferred method may open instead. Absent:
       * `method` is a choice (a script, an older page).
       */
      readonly preselected?: string;
    },
    meta: SignInMeta,
  ): Promise<Step<ChallengeStep | ChoosingStep | Authenticated>>;
  /** A method instead of the password ("On mobile"): NOT_OFFERED below the application's level. */
  startInstead(handle: string | undefined, method: ChallengeMethodId, meta: SignInMeta): Promise<Step<ChallengeStep>>;
  /** A new push or QR code; past the renew window, back to the password (or the kept sign-in). */
  renew(
    handle: string | undefined,
    method: ChallengeMethodId,
    meta: SignInMeta,
  ): Promise<Step<ChallengeStep | PasswordStep | KeptStep>>;
  /**
   * The method's verdict on the answer (a push's verdict, a typed code); audits a failure. A
   * verified answer comes with the `account` read to accept it, so that the session is opened
   * without reading it again (issue 12 point 5).
   */
  settle(
    handle: string | undefined,
    method: ChallengeMethodId,
    fields: FormFields,
    meta: SignInMeta,
  ): Promise<
    Step<{ next: Authenticated | ChallengeStep | PasswordStep | KeptStep; settled: Settled; account?: UserRecord }>
  >;
  /**
   * What the method's page shows. `V` is the method's view type: the caller names the method, so
   * it knows its view (the registry holds methods of every view type).
   */
  view<V>(
    handle: string | undefined,
    method: ChallengeMethodId,
    meta: SignInMeta,
  ): Promise<Step<{ state: ChallengeStep; view: V; expired: boolean }>>;
  /** continueLogin below the level: the sign-in kept for `userId`'s step-up, under a new handle. */
  keep(userId: string, email: string, target: LoginTarget): Promise<string>;
  /** The sign-in kept for `userId` (docs/adr/0019), or WRONG_STEP. */
  resumeKept(handle: string | undefined, userId: string): Promise<Step<KeptStep>>;
  /**
   * The step-up of a kept sign-in, the session's strengths standing for the password: the app's
   * push, or (docs/adr/0050 §3, 0054 §1) the authenticator app or security key, or (docs/adr/0064
   * §1) an SMS to the account's number — its proof still asked now, every check of its start kept
   * (the SMS gate, the resend gap); NOT_OFFERED for a method that does not reach the target or
   * that the password step would not offer either (mayStart).
   */
  stepUp(
    handle: string | undefined,
    userId: string,
    presented: readonly Strength[],
    meta: SignInMeta,
    method?: StepUpMethodId,
  ): Promise<Step<ChallengeStep>>;
  /**
   * The account's own chooser (issue 13 point 6; docs/adr/0031): only once the password of this
   * sign-in was right (a challenge bound to the account, the password presented, not a step-up),
   * else null. It names the account's factors: never shown before the password.
   */
  accountChooser(
    handle: string | undefined,
  ): Promise<{ state: ChallengeStep | ChoosingStep; plan: AccountChooser } | null>;
  /**
   * Another method of the account's chooser for the same sign-in, without the password again. The
   * password's instant is kept (`since`): switching never stretches its window (RENEW_WINDOW_MS);
   * past it, back to the password. NOT_OFFERED for a method the chooser does not list.
   */
  switchMethod(
    handle: string | undefined,
    method: ChallengeMethodId,
    meta: SignInMeta,
  ): Promise<Step<ChallengeStep | PasswordStep | KeptStep>>;
  /**
   * "Sign in with a passkey" and conditional UI (docs/adr/0029 §5, §8): options with an empty
   * allow list and a stateless single-use challenge. Creates nothing — no sign-in, no stored
   * challenge — so anonymous views of the first screen cost no storage. NOT_OFFERED without
   * passkeys; WRONG_STEP past the address or for a re-authentication.
   */
  passkeyOptions(handle: string | undefined): Promise<PasskeyOffer>;
  /**
   * The passkey's answer (the browser's JSON in `credential`; INVALID_INPUT when it is not): the
   * account it names, signed in with WEBAUTHN_PASSKEY — or refused, audited `sign_in.failed`.
   * The browser's sign-in, when there is one (an application's, in progress), is the one that
   * ends, keeping the application's target; without one, the sign-in is the portal's.
   */
  signInWithPasskey(handle: string | undefined, fields: FormFields, meta: SignInMeta): Promise<PasskeyStep>;
  /**
   * "Sign in with eID" (docs/adr/0042): the provider's authorization URL, its flow bound to the
   * browser's `binding` cookie. From the first screen or the password's (as a passkey); the
   * browser's sign-in, when there is one (an application's), is the one the eID ends.
   * NOT_OFFERED without eID providers; INVALID_INPUT (thrown) for a provider not configured.
   */
  beginEid(handle: string | undefined, provider: string, binding: string): Promise<EidStart>;
  /** "Link my eID" for the signed-in `userId` (the account routes check it may add a factor). */
  beginEidLink(userId: string, provider: string, binding: string): Promise<EidStart>;
  /**
   * The level page's "Sign in with your eID" (docs/adr/0053 §2): the step-up of the sign-in kept
   * for the signed-in `userId` (WRONG_STEP without one), asking the provider for the acr values its
   * mapping gives the application's level (NOT_OFFERED when none does). At the callback, only the
   * eID linked to this account ends the kept sign-in (`finishEid`).
   */
  beginEidStepUp(handle: string | undefined, userId: string, provider: string, binding: string): Promise<EidStart>;
  /**
   * The browser back from the provider: the flow taken once and the answer checked (the method);
   * a sign-in's verdict applied — the account that linked the eID at its mapped level — and every
   * refused sign-in audited `sign_in.failed`; a link's proof handed back to the account routes.
   */
  finishEid(handle: string | undefined, callback: EidCallback, meta: SignInMeta): Promise<EidStep>;
  /**
   * The sign-in of an account an eID was just bound to (made from it, or reconciled with it;
   * docs/adr/0047), at the eID's level: as `finishEid` for a linked eID. `target`: the application
   * sign-in the eID came back to, kept with the newcomer (docs/adr/0053 §3) — the sign-in ends
   * there, whatever this browser's sign-in has become since (the reconciliation's own password
   * sign-in replaced it).
   */
  acceptEid(
    handle: string | undefined,
    userId: string,
    level: Level,
    meta: SignInMeta,
    target?: LoginTarget,
  ): Promise<EidStep>;
  /** Ends the sign-in without a success (the step-up reached another way). */
  end(handle: string | undefined): Promise<void>;
  /** After the session exists: the `sign_in.succeeded` audit, and the sign-in deleted (single use). */
  finish(handle: string | undefined, done: Authenticated, meta: SignInMeta): Promise<void>;
}

/** The app was chosen but the account has no device that may answer now. */
function noDeviceToAsk(error: unknown): boolean {
  return isSesameError(error, 'NO_ACTIVE_DEVICE') || isSesameError(error, 'DEVICE_BLOCKED');
}

function wrongStep<S>(state: SignInState | null, expected: readonly SignInStep[]): Step<S> {
  return misfit(state, expected);
}

/** The request does not fit the sign-in's step: the error branch alone, for the steps not shaped as Step. */
function misfit(
  state: SignInState | null,
  expected: readonly SignInStep[],
): { readonly ok: false; readonly error: TransitionError } {
  return { ok: false, error: { code: 'WRONG_STEP', expected, actual: state?.step ?? 'none' } };
}

type WithEmail = PasswordStep | ChoosingStep | ChallengeStep | KeptStep;

function hasEmail(state: SignInState | null): state is WithEmail {
  return state !== null && state.step !== 'identify';
}

export function createSignInEngine(deps: SignInEngineDeps): SignInEngine {
  const { store, methods, clock } = deps;

  const policy = (ctx: SignInContext): PolicyInput => ({
    target: ctx.target,
    purpose: ctx.purpose,
    methods: methods.list,
    now: clock.now(),
  });

  /**
   * The methods as one account sees them, once its password is right: a retiring method judged
   * by the account's own sunset (SMS: its organisation's date, else the global; docs/adr/0034 §2)
   * instead of the last date of any account, which the password page goes by.
   */
  async function accountMethods(userId: string): Promise<MethodInfo[]> {
    return Promise.all(
      methods.list.map(async (m): Promise<MethodInfo> => {
        const accountSunset = m.retiring?.accountSunset;
        return accountSunset ? { ...m, retiring: { sunset: await accountSunset(userId) } } : m;
      }),
    );
  }

  /** Applies `event`; persists the next state under `handle` unless it is terminal. */
  async function apply<S extends SignInState | Authenticated>(
    handle: string | undefined,
    state: SignInState | null,
    event: SignInEvent,
    steps: readonly (S['step'] & string)[],
  ): Promise<Step<S>> {
    const result = transition(state, event, clock.now().getTime(), { methods: methods.list });
    if (!result.ok) return result;
    const next: SignInState | Authenticated = result.state;
    if (!isOneOf<S>(next, steps)) return wrongStep(state, steps.filter(isStoredStep));
    const reached: SignInState | Authenticated = next;
    // The terminal state is never stored: finish() deletes the sign-in once the session exists.
    const saved = reached.step === 'authenticated' ? (handle ?? '') : await store.save(handle, reached);
    return { ok: true, handle: saved, state: next };
  }

  /** The challenge pending for `method`, or why there is none. */
  async function pending(
    handle: string | undefined,
    method: ChallengeMethodId,
  ): Promise<
    { ok: true; handle: string; state: ChallengeStep; method: SignInMethod } | { ok: false; error: TransitionError }
  > {
    const state = await store.load(handle);
    if (handle === undefined || state?.step !== 'challenge') {
      return { ok: false, error: { code: 'WRONG_STEP', expected: ['challenge'], actual: state?.step ?? 'none' } };
    }
    if (state.method !== method)
      return { ok: false, error: { code: 'METHOD_MISMATCH', expected: state.method, actual: method } };
    const m = methods.byId(method);
    if (!m) return { ok: false, error: { code: 'NOT_OFFERED', method } };
    return { ok: true, handle, state, method: m };
  }

  /** What the method is given: the challenge's own data, parsed by its schema (null when it does not parse). */
  function methodInput(state: ChallengeStep, m: SignInMethod, handle: string, meta: SignInMeta): SettleInput | null {
    const data = m.dataSchema.safeParse(state.data);
    if (!data.success) return null;
    return { handle, userId: state.userId, data: data.data, since: state.since, meta, now: clock.now() };
  }

  async function auditFailure(m: SignInMethod, userId: string | null, meta: SignInMeta, reason: string | undefined) {
    if (reason === undefined) return;
    await deps.audit({ type: 'sign_in.failed', userId, meta, details: { method: m.wireName, reason } });
  }

  /** Runs a method's after-persist effects (Web Push): not awaited, never failing the request. */
  function runEffects(effects: (() => Promise<void>) | undefined) {
    if (effects) void effects().catch(() => undefined);
  }

  async function startChallenge(
    handle: string,
    state: WithEmail,
    m: SignInMethod,
    id: ChallengeMethodId,
    userId: string | null,
    presented: readonly Strength[],
    meta: SignInMeta,
    since?: number,
    lastUsed?: string | null,
  ): Promise<Step<ChallengeStep>> {
    const now = clock.now();
    const started = await m.start({
      handle,
      userId,
      email: state.email,
      appName: deps.appName(state.ctx.target),
      meta,
      now,
    });
    const step = await apply<ChallengeStep>(
      handle,
      state,
      {
        type: 'ChallengeStarted',
        method: id,
        userId: started.userId,
        presented,
        at: since ?? now.getTime(),
        expiresAt: started.expiresAt,
        data: started.data,
        ...(lastUsed !== undefined ? { lastUsed } : {}),
      },
      ['challenge'],
    );
    if (step.ok) runEffects(started.effects);
    return step;
  }

  async function resumeKept(handle: string | undefined, userId: string): Promise<Step<KeptStep>> {
    const state = await store.load(handle);
    if (handle === undefined || state?.step !== 'kept' || state.userId !== userId) return wrongStep(state, ['kept']);
    return { ok: true, handle, state };
  }

  async function accountChooser(
    handle: string | undefined,
  ): Promise<{ state: ChallengeStep | ChoosingStep; plan: AccountChooser } | null> {
    const state = await store.load(handle);
    // A challenge of this sign-in's password, or the chooser it opened on (docs/adr/0034 §3).
    if (state?.step !== 'challenge' && state?.step !== 'choosing') return null;
    if (state.userId === null || (state.step === 'challenge' && state.stepUp === true)) return null;
    if (!state.presented.includes('PASSWORD') || !deps.account) return null;
    const facts = await deps.account(state.userId);
    const plan = planAccountChooser({
      ...(state.ctx.target ? { target: state.ctx.target } : {}),
      methods: await accountMethods(state.userId),
      has: facts.has,
      preferred: facts.options.preferredMethod,
      lastUsed: facts.options.lastUsedMethod,
      now: clock.now(),
    });
    return { state, plan };
  }

  /** The states a passkey may end: the first screen or the password's, for a sign-in (not a re-authentication). */
  const passkeyMayEnd = (state: SignInState | null): boolean =>
    state !== null && (state.step === 'identify' || state.step === 'password') && state.ctx.purpose === 'sign-in';

  /**
   * An eID's sign-in of `userId` at `level` applied (docs/adr/0042, 0047): "Always require
   * multi-factor authentication" refuses BASIC; the browser's sign-in, when there is one, ends.
   */
  async function acceptEid(
    handle: string | undefined,
    userId: string,
    level: Level,
    meta: SignInMeta,
    target?: LoginTarget,
    stepUp = false,
  ): Promise<EidStep> {
    // "Always require multi-factor authentication" (docs/adr/0031): an eID that reached only
    // BASIC (eIDAS low: one factor may do) is the password's equal there, and refused.
    if (level === 'BASIC' && deps.account) {
      const facts = await deps.account(userId);
      if (facts.options.alwaysSecondFactor) {
        await deps.audit({
          type: 'sign_in.failed',
          userId,
          meta,
          details: { method: 'EIDAS', reason: 'second_factor_required' },
        });
        return { ok: true, state: { refused: 'SECOND_FACTOR_REQUIRED', purpose: stepUp ? 'step-up' : 'sign-in' } };
      }
    }
    if (stepUp) {
      // The level page's step-up (docs/adr/0053 §2): this account's kept sign-in, nothing else.
      const kept = await resumeKept(handle, userId);
      if (!kept.ok) return kept;
      // Single use (SEC-23): the waiting sign-in is taken, atomically — of two eID answers for
      // it at once (two presses of the button, each its own flow), one ends it and gets the ticket
      // or code; the other finds nothing, as after it. Taken only once the answer is this
      // account's own eID: a refusal above leaves it waiting for the level page again.
      const taken = await store.take(kept.handle);
      if (taken?.step !== 'kept' || taken.userId !== userId) return misfit(taken, ['kept']);
      const step = await apply<Authenticated>(
        kept.handle,
        taken,
        { type: 'EidAccepted', userId, strengths: [eidStrength(level)] },
        ['authenticated'],
      );
      return step.ok ? { ok: true, handle: step.handle, state: { next: step.state } } : step;
    }
    const loaded = await store.load(handle);
    if (target === undefined && loaded !== null && !passkeyMayEnd(loaded)) {
      return misfit(loaded, ['identify', 'password']);
    }
    // Single use (SEC-23): the browser's sign-in an eID answer ends is taken, atomically — of two
    // answers for one application sign-in at once (two flows), one gets the ticket or code. With
    // a newcomer's target, the newcomer itself was taken once (eid-routes); the browser's own
    // sign-in is then only the handle ended.
    const stored = target === undefined && loaded !== null ? await store.take(handle) : loaded;
    if (target === undefined && loaded !== null && (stored === null || !passkeyMayEnd(stored))) {
      return misfit(stored, ['identify', 'password']);
    }
    // The application the eID came back to (docs/adr/0053 §3), kept with the newcomer; else the
    // browser's sign-in; else none (the portal's first screen): one made now, only in memory, as
    // for a passkey (docs/adr/0029 §8). The terminal state is never stored; the browser's handle,
    // when it has one, is the one `finish` ends.
    const state: SignInState =
      target !== undefined
        ? { v: 2, step: 'identify', ctx: { purpose: 'sign-in', target } }
        : (stored ?? { v: 2, step: 'identify', ctx: { purpose: 'sign-in' } });
    const step = await apply<Authenticated>(
      stored === null ? undefined : handle,
      state,
      { type: 'EidAccepted', userId, strengths: [eidStrength(level)] },
      ['authenticated'],
    );
    return step.ok ? { ok: true, handle: step.handle, state: { next: step.state } } : step;
  }

  return {
    load: (handle) => store.load(handle),

    accountChooser,

    async switchMethod(handle, method, meta) {
      const found = await accountChooser(handle);
      if (handle === undefined || !found) return wrongStep(await store.load(handle), ['challenge', 'choosing']);
      const { state, plan } = found;
      if (!plan.methods.includes(method) && plan.lostAccess !== method) {
        return { ok: false, error: { code: 'NOT_OFFERED', method } };
      }
      const m = methods.byId(method);
      if (!m || state.userId === null) return { ok: false, error: { code: 'NOT_OFFERED', method } };
      // The password is too old to stand for another challenge: asked again (as renew does).
      if (clock.now().getTime() - state.since > RENEW_WINDOW_MS) {
        return apply<PasswordStep | KeptStep>(handle, state, { type: 'ChallengeEnded', reason: 'too-old' }, [
          'password',
          'kept',
        ]);
      }
      return startChallenge(handle, state, m, method, state.userId, state.presented, meta, state.since);
    },

    async passkeyOptions(handle) {
      if (!deps.passkeys) return { ok: false, error: { code: 'NOT_OFFERED', method: 'webauthn' } };
      const state = await store.load(handle);
      if (state !== null && !passkeyMayEnd(state)) return misfit(state, ['identify', 'password']);
      return { ok: true, options: await deps.passkeys.options(clock.now()) };
    },

    async signInWithPasskey(handle, fields, meta) {
      if (!deps.passkeys) return { ok: false, error: { code: 'NOT_OFFERED', method: 'webauthn' } };
      const stored = await store.load(handle);
      if (stored !== null && !passkeyMayEnd(stored)) return misfit(stored, ['identify', 'password']);
      const answer = parseWebAuthnAnswer(fields);
      const verdict = await deps.passkeys.finish(answer.response, clock.now());
      if (!verdict.ok) {
        // SEC-23/24: every refused passkey is in the history, under the account it named if any.
        await deps.audit({
          type: 'sign_in.failed',
          userId: verdict.userId ?? null,
          meta,
          details: { method: 'PASSWORD_WEBAUTHN', reason: verdict.auditReason },
        });
        return { ok: true, state: { refused: verdict.auditReason } };
      }
      // No sign-in in this browser (the portal's first screen): one made now, only in memory —
      // the passkey ends it at once, and the terminal state is never stored (docs/adr/0029 §8).
      const state: SignInState = stored ?? { v: 2, step: 'identify', ctx: { purpose: 'sign-in' } };
      // The passkey is both factors (docs/adr/0029 §5): WEBAUTHN_PASSKEY, MEDIUM, whatever the key.
      const step = await apply<Authenticated>(
        stored === null ? undefined : handle,
        state,
        { type: 'PasskeyAccepted', userId: verdict.userId, strengths: ['WEBAUTHN_PASSKEY'], devices: [verdict.device] },
        ['authenticated'],
      );
      return step.ok ? { ok: true, handle: step.handle, state: { next: step.state } } : step;
    },

    async beginEid(handle, provider, binding) {
      const eid = methods.eid;
      if (!eid) return { ok: false, error: { code: 'NOT_OFFERED', method: 'eid' } };
      const state = await store.load(handle);
      if (state !== null && !passkeyMayEnd(state)) return misfit(state, ['identify', 'password']);
      return { ok: true, url: await eid.begin({ provider, purpose: 'sign-in', userId: null, binding }) };
    },

    async beginEidStepUp(handle, userId, provider, binding) {
      const eid = methods.eid;
      if (!eid) return { ok: false, error: { code: 'NOT_OFFERED', method: 'eid' } };
      const kept = await resumeKept(handle, userId);
      if (!kept.ok) return kept;
      const configured = eid.providers.find((p) => p.id === provider);
      if (!configured) throw invalidInput('provider', 'unknown');
      // Asked for what reaches the application; the answer is still judged by the mapping (SEC-42).
      const acrValues = eidAcrsReaching(configured.levels, kept.state.ctx.target.requirement);
      if (acrValues.length === 0) return { ok: false, error: { code: 'NOT_OFFERED', method: 'eid' } };
      return { ok: true, url: await eid.begin({ provider, purpose: 'step-up', userId, binding, acrValues }) };
    },

    async beginEidLink(userId, provider, binding) {
      const eid = methods.eid;
      if (!eid) return { ok: false, error: { code: 'NOT_OFFERED', method: 'eid' } };
      return { ok: true, url: await eid.begin({ provider, purpose: 'link', userId, binding }) };
    },

    async finishEid(handle, callback, meta) {
      const eid = methods.eid;
      if (!eid) return { ok: false, error: { code: 'NOT_OFFERED', method: 'eid' } };
      const verdict = await eid.finish(callback);
      if (!verdict.ok) {
        // SEC-23/24: every refused eID sign-in is in the history, under the account if known.
        if (verdict.purpose !== 'link') {
          await deps.audit({
            type: 'sign_in.failed',
            userId: verdict.userId,
            meta,
            details: { method: 'EIDAS', reason: verdict.auditReason },
          });
        }
        return { ok: true, state: { refused: verdict.code, purpose: verdict.purpose } };
      }
      if (verdict.purpose === 'link') return { ok: true, state: { link: verdict } };
      if (verdict.purpose === 'newcomer') {
        // The application this eID came back to goes with the newcomer (docs/adr/0053 §3).
        const stored = await store.load(handle);
        const target = stored !== null && passkeyMayEnd(stored) ? stored.ctx.target : undefined;
        return { ok: true, state: { newcomer: target ? { ...verdict.newcomer, target } : verdict.newcomer } };
      }
      return acceptEid(handle, verdict.userId, verdict.level, meta, undefined, verdict.purpose === 'step-up');
    },

    acceptEid: (handle, userId, level, meta, target) => acceptEid(handle, userId, level, meta, target),

    async giveAddress(handle, email) {
      return apply<PasswordStep>(handle, await store.load(handle), { type: 'AddressGiven', email }, ['password']);
    },

    async clearAddress(handle) {
      const state = await store.load(handle);
      if (state === null) return;
      await apply<IdentifyStep>(handle, state, { type: 'AddressCleared' }, ['identify']);
    },

    async reauthenticate(handle, email, returnTo) {
      const state = await store.load(handle);
      return apply<PasswordStep>(handle, state, { type: 'ReauthRequested', email, returnTo }, ['password']);
    },

    async returnTo(handle, returnTo, options) {
      const state = await store.load(handle);
      const event: SignInEvent = {
        type: 'ReturnRequested',
        returnTo,
        ...(options?.secondFactor === true ? { secondFactor: true as const } : {}),
      };
      return apply<IdentifyStep | PasswordStep>(handle, state, event, ['identify', 'password']);
    },

    async beginForApp(handle, target, knownEmail) {
      const state = await store.load(handle);
      const event: SignInEvent = { type: 'AppRequested', target, ...(knownEmail !== undefined ? { knownEmail } : {}) };
      return apply<IdentifyStep | PasswordStep>(handle, state, event, ['identify', 'password']);
    },

    async submitPassword(handle, fields, meta) {
      const state = await store.load(handle);
      if (handle === undefined || !hasEmail(state)) return wrongStep(state, ['password']);
      // No method sent (a script, a page without the chooser): the password alone.
      const chosen = methods.byWireName(fields.method ?? 'PASSWORD');
      // The eID is a redirect from the first screen (docs/adr/0042), never a choice after the password.
      if (!chosen || chosen.id === 'eid' || (chosen.position !== 'first' && chosen.position !== 'after-password')) {
        throw invalidInput('method', 'malformed');
      }
      // A method the chooser does not offer here (SMS past its sunset, or refused by the
      // application): refused before the password is checked, so nothing is sent nor counted.
      const allowed = mayStart(chosen.id, policy(state.ctx));
      if (allowed !== true) return { ok: false, error: allowed };
      let userId: string;
      try {
        userId = (await methods.password.check(state.email, { password: fields.password }, meta)).id;
      } catch (error) {
        deps.onPasswordChecked?.(isSesameError(error) ? error.code : 'error');
        throw error;
      }
      deps.onPasswordChecked?.('success');
      const passwordAlone = () =>
        apply<Authenticated>(
          handle,
          state,
          { type: 'PasswordAccepted', userId, chosen: 'password', at: clock.now().getTime() },
          ['authenticated'],
        );
      let id = chosen.id;
      let method: SignInMethod = chosen;
      const facts = await deps.account?.(userId);
      const always = facts?.options.alwaysSecondFactor === true;
      // Read only now, after the right password (docs/adr/0031): the account's own chooser.
      const plan =
        facts &&
        planAccountChooser({
          ...(state.ctx.target ? { target: state.ctx.target } : {}),
          methods: await accountMethods(userId),
          has: facts.has,
          preferred: facts.options.preferredMethod,
          lastUsed: facts.options.lastUsedMethod,
          now: clock.now(),
        });
      // A portal page that opens only with a second factor (the admin console, docs/adr/0050 §1):
      // the password alone does not end this sign-in either — one password, then the factor.
      const pageWantsFactor = state.ctx.secondFactor === true;
      if (id === 'password') {
        if ((!always && !pageWantsFactor) || !plan) return passwordAlone();
        // "Always require a second factor" (docs/adr/0031): the password alone never ends this
        // sign-in, whatever the application asks. The account's own chooser opens instead, on its
        // preferred or last used method; a recovery code when it has nothing else; else the
        // helpdesk (the option's warning said so).
        const next = methods.byId(plan.methods[0] ?? plan.lostAccess ?? 'password');
        if (!next || next.id === 'password' || next.id === 'eid') {
          // Nothing to confirm with, for the page only: the password opens the portal, and the
          // page's gate says how to add a factor (never a session it would not check).
          if (!always) return passwordAlone();
          throw new SesameError('SECOND_FACTOR_REQUIRED');
        }
        id = next.id;
        method = next;
      }
      // The password typed again at a kept sign-in (docs/adr/0019; the level page's "confirm with
      // my authenticator app"): a new sign-in for the same application, not the session's step-up,
      // so its challenge is any method the chooser offers, started from the password step.
      const from: WithEmail =
        state.step === 'kept' ? { v: 2, step: 'password', ctx: state.ctx, email: state.email } : state;
      if (chosen.id !== 'password' && facts && plan) {
        // The page's guess gives way to the account's preferred method, else its last used one,
        // else the account's chooser (docs/adr/0032 §3, docs/adr/0034 §3).
        const opening = openingMethod({
          plan,
          chosen: id,
          explicit: fields.preselected === undefined || fields.preselected !== fields.method,
          methods: methods.list,
          preferred: facts.options.preferredMethod,
          lastUsed: facts.options.lastUsedMethod,
        });
        if (opening.open === 'chooser') {
          return apply<ChoosingStep>(
            handle,
            from,
            {
              type: 'ChooserOpened',
              userId,
              presented: ['PASSWORD'],
              at: clock.now().getTime(),
              lastUsed: facts.options.lastUsedMethod,
            },
            ['choosing'],
          );
        }
        const opened = methods.byId(opening.open);
        if (opened && opened.id !== 'password' && opened.id !== 'eid') {
          id = opened.id;
          method = opened;
        }
      }
      try {
        return await startChallenge(
          handle,
          from,
          method,
          id,
          userId,
          ['PASSWORD'],
          meta,
          undefined,
          facts?.options.lastUsedMethod,
        );
      } catch (error) {
        // No device to ask, for an application the password does not reach: not a dead end
        // (docs/adr/0019). The password opens what it opens; the level page says what next —
        // never for an account that always requires a second factor (docs/adr/0031).
        if (id === 'app-push' && noDeviceToAsk(error) && passwordFallsShort(from.ctx) && !always) {
          return passwordAlone();
        }
        throw error;
      }
    },

    async startInstead(handle, method, meta) {
      const state = await store.load(handle);
      if (handle === undefined || (state?.step !== 'password' && state?.step !== 'challenge')) {
        return wrongStep(state, ['password', 'challenge']);
      }
      const m = methods.byId(method);
      // Checked before anything is created: "On mobile" below the application's level (ADR 0007).
      const allowed = mayStart(method, policy(state.ctx));
      if (allowed !== true) return { ok: false, error: allowed };
      if (!m || m.position !== 'instead-of-password') return { ok: false, error: { code: 'NOT_OFFERED', method } };
      return startChallenge(handle, state, m, method, null, [], meta);
    },

    async renew(handle, method, meta) {
      const found = await pending(handle, method);
      if (!found.ok) return found;
      const { state, method: m } = found;
      const now = clock.now();
      // The password (or the request) is too old to stand for a new challenge: asked again.
      if (now.getTime() - state.since > RENEW_WINDOW_MS) {
        return apply<PasswordStep | KeptStep>(found.handle, state, { type: 'ChallengeEnded', reason: 'too-old' }, [
          'password',
          'kept',
        ]);
      }
      const started = await m.start({
        handle: found.handle,
        userId: state.userId,
        email: state.email,
        appName: deps.appName(state.ctx.target),
        meta,
        now,
      });
      const step = await apply<ChallengeStep>(
        found.handle,
        state,
        { type: 'ChallengeRenewed', expiresAt: started.expiresAt, data: started.data, at: now.getTime() },
        ['challenge'],
      );
      if (step.ok) runEffects(started.effects);
      return step;
    },

    async settle(handle, method, fields, meta) {
      const found = await pending(handle, method);
      if (!found.ok) return found;
      const { state, method: m } = found;
      const input = methodInput(state, m, found.handle, meta);
      const settled: Settled = input
        ? await m.settle(input, m.parseAnswer(fields))
        : { verdict: 'ended', reason: 'gone' };
      const done = <N extends Authenticated | ChallengeStep | PasswordStep | KeptStep>(step: Step<N>) =>
        step.ok ? { ok: true as const, handle: step.handle, state: { next: step.state, settled } } : step;

      switch (settled.verdict) {
        case 'pending':
        case 'expired':
          return { ok: true, handle: found.handle, state: { next: state, settled } };
        case 'refused': {
          const step = await apply<ChallengeStep>(found.handle, state, { type: 'AnswerRefused', data: settled.data }, [
            'challenge',
          ]);
          await auditFailure(m, state.userId, meta, settled.auditReason);
          return done(step);
        }
        case 'ended': {
          const step = await apply<PasswordStep | KeptStep>(
            found.handle,
            state,
            { type: 'ChallengeEnded', reason: settled.reason },
            ['password', 'kept'],
          );
          await auditFailure(m, state.userId, meta, settled.auditReason);
          return done(step);
        }
        case 'verified': {
          const user = await deps.users.findById(settled.userId);
          const step = await apply<Authenticated | PasswordStep | KeptStep>(
            found.handle,
            state,
            {
              type: 'AnswerAccepted',
              userId: settled.userId,
              mobileDevices: settled.mobileDevices,
              // An account gone since counts as changed: nothing it started may end in a session.
              credentialsChangedAt: user ? user.credentialsChangedAt.getTime() : Number.POSITIVE_INFINITY,
              // A key at HIGH keeps its level (docs/adr/0029 §6; policy.ts strengthsAtLevel).
              strengths: strengthsAtLevel(m.strengths, settled.level),
              ...(m.afterwards === 'set-up-factor' ? { setUpFactor: true as const } : {}),
            },
            ['authenticated', 'password', 'kept'],
          );
          if (step.ok && step.state.step !== 'authenticated') {
            await auditFailure(m, state.userId, meta, 'credentials_changed');
          }
          if (!step.ok || user === null) return done(step);
          return { ok: true, handle: step.handle, state: { next: step.state, settled, account: user } };
        }
      }
    },

    async view<V>(handle: string | undefined, method: ChallengeMethodId, meta: SignInMeta) {
      const found = await pending(handle, method);
      if (!found.ok) return found;
      const { state, method: m } = found;
      const input = methodInput(state, m, found.handle, meta);
      if (!input) return wrongStep<{ state: ChallengeStep; view: V; expired: boolean }>(state, ['challenge']);
      // The registry holds methods of every view type; the caller names the method, so knows V.
      const view = (await m.view(input)) as V;
      return {
        ok: true,
        handle: found.handle,
        state: { state, view, expired: input.now.getTime() >= state.expiresAt },
      };
    },

    async keep(userId, email, target) {
      // A new handle: the finished sign-in's was ended, and a handle is never taken from what the
      // browser sends (session fixation, design §10).
      const step = await apply<KeptStep>(undefined, null, { type: 'Kept', userId, email, target }, ['kept']);
      if (!step.ok) throw new Error('a kept sign-in is always made from none');
      return step.handle;
    },

    resumeKept,

    async stepUp(handle, userId, presented, meta, method = 'app-push') {
      const kept = await resumeKept(handle, userId);
      if (!kept.ok) return kept;
      const m = methods.byId(method);
      if (!m || !methodReaches(m, kept.state.ctx.target)) return { ok: false, error: { code: 'NOT_OFFERED', method } };
      // As at the password step: SMS past its sunset, or refused by the application, is not
      // started (the method's start checks the account's own date again).
      const allowed = mayStart(method, policy(kept.state.ctx));
      if (allowed !== true) return { ok: false, error: allowed };
      return startChallenge(kept.handle, kept.state, m, method, userId, presented, meta);
    },

    end: (handle) => store.delete(handle),

    async finish(handle, done, meta) {
      const used = methods.byId(done.method);
      const wireName = used?.wireName ?? 'PASSWORD';
      // The last used method (issue 13 point 6): a second factor proper, never the password alone
      // nor a recovery code (a way back, after which the user sets up a new factor: docs/adr/0028).
      // Not written again when the sign-in read it unchanged at its password step (issue 12 point
      // 5): a hint for the chooser, so a sign-in elsewhere in between may leave the other's.
      if (
        used &&
        used.position === 'after-password' &&
        used.afterwards !== 'set-up-factor' &&
        done.lastUsed !== wireName
      ) {
        await deps.recordMethodUsed?.(done.userId, wireName);
      }
      const deviceIds = done.mobileDevices.map((d) => d.id).join(',');
      await deps.audit({
        type: 'sign_in.succeeded',
        userId: done.userId,
        meta,
        details: { method: wireName, ...(deviceIds ? { deviceId: deviceIds } : {}) },
      });
      await store.delete(handle);
    },
  };
}

function isStoredStep(step: string): step is SignInStep {
  return step !== 'authenticated';
}

function isOneOf<S extends SignInState | Authenticated>(
  state: SignInState | Authenticated,
  steps: readonly string[],
): state is S {
  return steps.includes(state.step);
}
