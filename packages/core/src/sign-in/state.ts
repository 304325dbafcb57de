import type { Strength } from '@sesame/protocol';
import type { MobileDeviceFactor } from '../sessions/sso-session';
import type { LoginTarget } from './target';

/**
 * A browser's sign-in as an explicit state machine (issue #12 point 1; docs/adr/0026 §2.2).
 * Persisted (`v: 2`) under the browser's handle; `Authenticated` is terminal and never stored.
 */
export interface SignInContext {
  /** The relying application's continuation data; absent on the portal. */
  readonly target?: LoginTarget;
  /** Where the portal goes afterwards, already checked by safeRedirectPath (ADR 0011). */
  readonly returnTo?: string;
  /** A signed-in user proving a second factor again (adding or deleting a device). */
  readonly purpose: 'sign-in' | 'reauthenticate';
  /**
   * The portal page this sign-in ends on opens only with a second factor (the admin console,
   * docs/adr/0050 §1): the password alone does not end it — the account's second factor follows
   * at once, rather than a second password at the page's gate.
   */
  readonly secondFactor?: true;
}

/** Every method, by folder name. */
export type MethodId =
  | 'password'
  | 'app-push'
  | 'app-qr'
  | 'on-mobile'
  | 'totp'
  | 'recovery-code'
  | 'webauthn'
  | 'sms'
  /** eID by federation (issue 15 point 1; docs/adr/0042): a redirect, never a challenge. */
  | 'eid';
/** The methods that leave a challenge pending (all but the password and the eID's redirect). */
export type ChallengeMethodId = Exclude<MethodId, 'password' | 'eid'>;
/** A method's own part of a pending challenge, parsed by its `dataSchema`. */
export type MethodData = Readonly<Record<string, string | number | boolean | null>>;

/** Step 1: no address yet. */
export interface IdentifyStep {
  readonly v: 2;
  readonly step: 'identify';
  readonly ctx: SignInContext;
}

/** Step 2: the address is known; the password and the chooser. */
export interface PasswordStep {
  readonly v: 2;
  readonly step: 'password';
  readonly ctx: SignInContext;
  readonly email: string;
}

/** Step 3: a method's challenge is pending. */
export interface ChallengeStep {
  readonly v: 2;
  readonly step: 'challenge';
  readonly ctx: SignInContext;
  readonly email: string;
  readonly method: ChallengeMethodId;
  /** null: "On mobile"'s decoy (unknown address, no device) — no verdict can ever come. */
  readonly userId: string | null;
  /** ['PASSWORD'] after the password; [] for "On mobile"; the session's for a step-up. */
  readonly presented: readonly Strength[];
  /** ms: when the password was checked (or the request made): resend window, credentials-changed check. */
  readonly since: number;
  /** ms: the challenge's expiry. */
  readonly expiresAt: number;
  readonly data: MethodData;
  /**
   * A step-up of a kept sign-in (docs/adr/0019): when this challenge ends, the sign-in goes back
   * to `kept` (as v1's `stepUp` field outlived its `secondFactor`), not to the password step.
   */
  readonly stepUp?: true;
  /**
   * The account's last used method (its wire name; null: none) as read at the password step,
   * absent when not read: at the end, it is not written again when unchanged (issue 12 point 5).
   */
  readonly lastUsed?: string | null;
}

/**
 * The password was right and the account's own chooser is shown (`/login/choose`), no challenge
 * started: the sign-in opens neither on the account's preferred method nor on its last used one,
 * because neither fits (not held, or refused by the application) — docs/adr/0032 §3's "else the
 * chooser", docs/adr/0034 §3. Picking a method starts its challenge from here.
 */
export interface ChoosingStep {
  readonly v: 2;
  readonly step: 'choosing';
  readonly ctx: SignInContext;
  readonly email: string;
  readonly userId: string;
  /** ['PASSWORD']: what the password step presented. */
  readonly presented: readonly Strength[];
  /** ms: when the password was checked; the challenge started from here keeps it (RENEW_WINDOW_MS). */
  readonly since: number;
  /** The account's last used method read at the password step (null: none); absent: not read. */
  readonly lastUsed?: string | null;
}

/**
 * The session of `userId` is open but below what `ctx.target` asks (docs/adr/0019): the sign-in
 * is kept, bound to that user, so that a step-up resumes it instead of a dead end.
 */
export interface KeptStep {
  readonly v: 2;
  readonly step: 'kept';
  readonly ctx: SignInContext & { readonly target: LoginTarget };
  readonly email: string;
  readonly userId: string;
}

/** Terminal: returned by a transition, never stored. */
export interface Authenticated {
  readonly step: 'authenticated';
  readonly ctx: SignInContext;
  readonly userId: string;
  readonly method: MethodId;
  /** Everything presented in this sign-in (the password's PASSWORD included). */
  readonly strengths: readonly Strength[];
  readonly mobileDevices: readonly MobileDeviceFactor[];
  /** The method was a way back (its `afterwards`, docs/adr/0028): next, set up a new factor. */
  readonly setUpFactor?: true;
  /**
   * The account's last used method (its wire name; null: none) as the challenge carried it,
   * absent when not read: at the end, it is not written again when unchanged (issue 12 point 5).
   */
  readonly lastUsed?: string | null;
}

export type SignInState = IdentifyStep | PasswordStep | ChoosingStep | ChallengeStep | KeptStep;
export type SignInStep = SignInState['step'];
