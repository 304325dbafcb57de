import type { Level, Strength } from '@sesame/protocol';
import type { z } from 'zod';
import type { PushVerdict } from '../devices/device-channels';
import type { SesameError } from '../errors';
import type { MobileDeviceFactor } from '../sessions/sso-session';
import type { EndReason } from './events';
import type { MethodData, MethodId } from './state';
import type { SignInMeta } from './meta';

/**
 * Where a method sits in the sign-in (design §4). `federated`: a button of the first screen that
 * sends the browser to another identity provider and back (the eID, docs/adr/0042) — in no chooser.
 */
export type MethodPosition = 'first' | 'after-password' | 'instead-of-password' | 'federated';

/** The wire name of a method: form value, `method` cookie, audit detail (unchanged since issue 5). */
export type MethodWireName =
  | 'PASSWORD'
  | 'PASSWORD_MOBILE_APP'
  | 'PASSWORD_SOFTWARE_TOKEN'
  | 'MOBILE_APP'
  /** An authenticator app (RFC 6238), issue 13. */
  | 'PASSWORD_TOTP'
  /** A single-use recovery code (issue 13 point 3; docs/adr/0028). */
  | 'PASSWORD_RECOVERY_CODE'
  /** A security key, trusted platform or passkey (issue 13 point 1; docs/adr/0029). */
  | 'PASSWORD_WEBAUTHN'
  /** A code texted to a mobile phone (issue 13 point 4: SMS, on its way out). */
  | 'PASSWORD_SMS'
  /** A national eID by federation (issue 15 point 1; docs/adr/0042). */
  | 'EIDAS';

export interface StartInput {
  /** The browser's sign-in handle: what the challenge is bound to. */
  readonly handle: string;
  /** The account, or null when the method starts before any account is known ("On mobile"). */
  readonly userId: string | null;
  readonly email: string;
  /** The asking application's name, as the app shows it. */
  readonly appName: string;
  readonly meta: SignInMeta;
  readonly now: Date;
}

export interface SettleInput<D extends MethodData = MethodData> {
  readonly handle: string;
  readonly userId: string | null;
  readonly data: D;
  readonly since: number;
  readonly meta: SignInMeta;
  readonly now: Date;
}

export interface Started<D extends MethodData = MethodData> {
  readonly data: D;
  readonly expiresAt: number;
  readonly userId: string | null;
  /** Run after the state is persisted, not awaited (Web Push must not hold the page). Never rejects. */
  readonly effects?: () => Promise<void>;
}

export type Settled<D extends MethodData = MethodData> =
  | {
      readonly verdict: 'verified';
      readonly userId: string;
      readonly mobileDevices: readonly MobileDeviceFactor[];
      /**
       * The level this proof reaches when it is not the one of the method's strength (a WebAuthn
       * key: policy.ts webauthnLevel, docs/adr/0029 §3); absent: the strength's level.
       */
      readonly level?: Level;
    }
  /** A push not answered yet. */
  | { readonly verdict: 'pending' }
  /** The challenge expired; the sign-in stays at this step (a new one may be asked). */
  | { readonly verdict: 'expired' }
  /** A wrong or malformed answer: the user may try again. */
  | {
      readonly verdict: 'refused';
      readonly reason: 'wrong-answer' | 'invalid-input';
      readonly error?: SesameError;
      readonly data: D;
      /** The `reason` of the `sign_in.failed` audit entry the engine writes; absent: none written. */
      readonly auditReason?: string;
    }
  /** The challenge is over: back to the password step. */
  | {
      readonly verdict: 'ended';
      readonly reason: EndReason;
      readonly error?: SesameError;
      readonly blockedUntil?: Date;
      /** The `reason` of the `sign_in.failed` audit entry the engine writes; absent: none written. */
      readonly auditReason?: string;
    };

/**
 * One way to prove who one is (issue #12 point 1; docs/adr/0026 §2.4). A method is a stateless
 * verifier (SimpleWebAuthn's shape): it is given the expected state and the answer and says what
 * they prove; the engine alone persists the sign-in. Each method is one folder under `methods/`.
 */
export interface SignInMethod<D extends MethodData = MethodData, A = unknown, V = unknown> {
  readonly id: MethodId;
  readonly wireName: MethodWireName;
  readonly position: MethodPosition;
  /** What a success puts in the session, e.g. ['PASSWORD', 'PASSWORD_MOBILE_APP']. */
  readonly strengths: readonly Strength[];
  /**
   * 'set-up-factor': the method is the way back of a user who lost their factors (recovery codes,
   * docs/adr/0028); its success says `setUpFactor` and the server sends the user to set one up.
   */
  readonly afterwards?: 'set-up-factor';
  /**
   * A method on its way out (SMS, issue 13 point 4): offered only where the application accepts
   * its strength, and not at all from `sunset` on (policy.ts `offered`). `sunset` is the last date
   * of any account (judged before the account is known); `accountSunset` an account's own, which
   * the engine puts in its place once the password is right (docs/adr/0034 §2).
   */
  readonly retiring?: {
    readonly sunset: Date | null;
    readonly accountSunset?: (userId: string) => Promise<Date | null>;
  };
  /** Its part of `ChallengeStep.data`. */
  readonly dataSchema: z.ZodType<D>;
  /** Edge validation of the answer (INVALID_INPUT on bad input). */
  parseAnswer(fields: Readonly<Record<string, string | undefined>>): A;
  /** Creates its challenge(s); never writes the sign-in. */
  start(input: StartInput): Promise<Started<D>>;
  /** Expected state + answer → verdict. */
  settle(input: SettleInput<D>, answer: A): Promise<Settled<D>>;
  /** What its page shows (no secret, no challenge id). */
  view(input: SettleInput<D>): Promise<V>;
  /** Verdicts pushed to the waiting page (push, "On mobile"). */
  readonly live?: {
    watch(handle: string, onVerdict: (verdict: PushVerdict) => void): Promise<() => Promise<void>>;
  };
}
