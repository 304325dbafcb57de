import type {
  AccountDeps,
  ActiveSession,
  AuditEventType,
  AuthenticationRequirement,
  Clock,
  CreatedPush,
  DeviceDeps,
  LoginTarget,
  LoginTransactions,
  MobileDeviceFactor,
  RequestMeta,
  ServiceRegistry,
  UserRecord,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { OfflineChallengeSigner } from '../devices/device-keys';
import type { MessageOptions } from '../http/error-map';
import type { LoginContinuation } from '../login/login-protocols';
import type { Metrics } from '../observability/metrics';
import type { LevelGap } from './level-gap';

/** Warnings outside the request's answer (an application not told of a sign-out). */
export interface SignInLog {
  warn(details: object, message: string): void;
}

/** What opening and ending an SSO session needs from the sign-in (design §4 step 4, §10). */
export interface SignInSessions {
  /**
   * A fresh session for `userId` (never the id the browser sent: design §10); when another user
   * was signed in on this browser, the applications of that session are told (single logout).
   */
  start(
    previousId: string | undefined,
    userId: string,
    strengths: readonly Strength[],
    mobileDevices: readonly MobileDeviceFactor[],
    log: SignInLog,
  ): Promise<ActiveSession>;
  /** Ends a session and tells every application it signed into (CAS 3.0 §2.3.3, OIDC back-channel logout). */
  end(id: string | undefined, userId: string | null, log: SignInLog): Promise<void>;
}

export type SignInAuditDetails = Readonly<Record<string, string | number | boolean>>;

/** An audit entry of the sign-in (sign_in.*, sign_out), with who asked. */
export type SignInAudit = (
  type: AuditEventType,
  userId: string | null,
  meta: RequestMeta,
  details?: SignInAuditDetails,
) => Promise<void>;

/**
 * Why an application's level is out of reach for the signed-in `user` on this browser
 * (docs/adr/0019): the devices of the account, and whether this session may add one (its
 * recovery confirmed here: the `recovery` cookie).
 */
export type FindLevelGap = (
  user: UserRecord,
  sessionStrengths: readonly Strength[],
  requirement: AuthenticationRequirement,
  recoveryCookie: string | undefined,
) => Promise<LevelGap>;

/** How a relying-app protocol resumes its sign-in once the user is authenticated enough. */
export type SignInContinuations = Readonly<Partial<Record<LoginTarget['kind'], LoginContinuation>>>;

/**
 * TEMPORARY (issue 12, until the methods of core's sign-in engine land): what the second-factor
 * steps still call directly. Replaced by the engine and its method registry.
 */
export interface PendingMethodDeps {
  readonly transactions: LoginTransactions;
  readonly accounts: AccountDeps;
  readonly devices: DeviceDeps;
  readonly offlineSigner: OfflineChallengeSigner;
  /** Tells the devices of a new push at once (event stream, Web Push); never rejects. */
  readonly notify: (created: CreatedPush) => Promise<void>;
}

/**
 * Everything the sign-in routes use, and nothing more (issue 12 point 2; docs/adr/0026 §2.6):
 * built once by the composition root, read-only. No route reads or writes the sign-in record
 * except through it.
 */
export interface SignInRoutesContext {
  readonly methods: PendingMethodDeps;
  readonly continuations: SignInContinuations;
  readonly sessions: SignInSessions;
  readonly registry: Pick<ServiceRegistry, 'byId'>;
  readonly levelGap: FindLevelGap;
  readonly audit: SignInAudit;
  readonly clock: Clock;
  /** Password sign-in attempts by result (sesame_sign_ins_total). */
  readonly signInCounter: Pick<Metrics['signIns'], 'inc'>;
  readonly publicUrl: string;
  readonly messageOptions: MessageOptions;
}
