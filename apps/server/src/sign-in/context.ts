import type {
  ActiveSession,
  AppConsentStore,
  AuditEventType,
  AuthenticationRequirement,
  CampaignStep,
  Clock,
  LevelGap,
  LoginTarget,
  MethodRegistry,
  MobileDeviceFactor,
  NewBrowserDeps,
  TrustedBrowserDeps,
  RequestMeta,
  ServiceRegistry,
  SignInEngine,
  UserRecord,
  UserRepository,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { MessageOptions } from '../http/error-map';
import type { LoginCancellation, LoginContinuation } from '../compose/continuations';
import type { EidPages } from '../eid/context';

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

/** An audit entry written by the routes themselves (sign_out; a registration's sign_in.succeeded). */
export type SignInAudit = (
  type: AuditEventType,
  userId: string | null,
  meta: RequestMeta,
  details?: SignInAuditDetails,
) => Promise<void>;

/**
 * Why an application's level is out of reach for the signed-in `user` on this browser
 * (docs/adr/0019; core policy `levelGap`): the devices of the account, and whether this session
 * may add one (its recovery confirmed here: the `recovery` cookie).
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
 * "Warn me each time an application asks for my identity" (docs/adr/0031): whether the account
 * asked for it, the held sign-ins, and each protocol's cancellation (none for CAS: the portal).
 */
export interface AppConsentContext {
  readonly wanted: (userId: string) => Promise<boolean>;
  readonly store: AppConsentStore;
  readonly cancellations: Readonly<Partial<Record<LoginTarget['kind'], LoginCancellation>>>;
}

/**
 * Everything the sign-in routes use, and nothing more (issue 12 point 2; docs/adr/0026 §2.6):
 * built once by the composition root, read-only. The engine decides every step; no route reads or
 * writes the sign-in record but through it.
 */
export interface SignInRoutesContext {
  readonly engine: SignInEngine;
  /** The deployment's methods (the chooser's list, wire names, a method's live verdicts). */
  readonly methods: MethodRegistry;
  readonly continuations: SignInContinuations;
  readonly sessions: SignInSessions;
  /** The relying applications: the step-up page's name. */
  readonly registry: Pick<ServiceRegistry, 'byId'>;
  /** The account an authenticated sign-in is for (its session, its continuation). */
  readonly users: Pick<UserRepository, 'findById'>;
  readonly levelGap: FindLevelGap;
  /** The interstitial before an application gets the identity (issue 13 point 5b). */
  readonly appConsent: AppConsentContext;
  readonly audit: SignInAudit;
  readonly clock: Clock;
  readonly publicUrl: string;
  readonly messageOptions: MessageOptions;
  /**
   * SMS's sunset (issue 13 point 4; docs/adr/0030): before it, an SMS sign-in is followed by the
   * page that says when SMS stops; null when no date is set (neither the global one nor any
   * organisation's, docs/adr/0034) or the deployment texts nothing.
   */
  readonly smsSunset: SmsSunsetStep | null;
  /** "Sign-in from a new browser" (issue 13 point 5; docs/adr/0032 §2): the cookie's key, the mail. */
  readonly knownBrowsers: NewBrowserDeps & TrustedBrowserDeps;
  /** The registration campaign (issue 14 point 4; docs/adr/0036): its page after sign-in and on SSO. */
  readonly campaign: CampaignGate;
  /** "Sign in with eID" and "Manage my eIDs" (issue 15 point 1; docs/adr/0042); null without providers. */
  readonly eid: EidPages | null;
}

/**
 * The registration campaign as the sign-in sees it (docs/adr/0036): core decides (campaignFor);
 * a "Later" said in a session lets that session's applications through until it ends — the count
 * itself is in the database, out of the user's reach.
 */
export interface CampaignGate {
  /** What the campaign asks of the user in this session: `none` once "Later" was said in it. */
  step(userId: string, sessionId: string): Promise<CampaignStep>;
  /** "Later": false when no longer allowed (the enrolment is required). */
  later(userId: string, sessionId: string, meta: RequestMeta): Promise<boolean>;
  /** The application's sign-in held while the page is shown (single use, bound to the account). */
  readonly holds: AppConsentStore;
}

/**
 * The page after an SMS sign-in before the sunset (issue 13 point 4; docs/adr/0030): its date, and
 * the single-use pass, bound to the user, that says "SMS was presented just now" — what lets
 * "Later" resume a forced re-authentication (CAS renew, OIDC prompt=login) as fresh, and nothing
 * else: a kept sign-in of a level gap has no pass and resumes as the step-up does.
 */
export interface SmsSunsetStep {
  /** The account's own date: its organisation's nearest, else the global one (docs/adr/0034 §1); null: none. */
  sunsetOf(userId: string): Promise<Date | null>;
  issue(userId: string): Promise<string>;
  take(pass: string | undefined, userId: string): Promise<boolean>;
}
