import type {
  AccountDeps,
  ActiveSession,
  ChallengeMac,
  AdminDeps,
  MigrationDeps,
  RefusalDeps,
  Clock,
  DeviceDeps,
  DurableStore,
  EphemeralStore,
  ServiceRegistry,
  UserRecord,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyBaseLogger, FastifyReply, FastifyRequest } from 'fastify';
import type Provider from 'oidc-provider';
import type { Branding } from '../branding/branding';
import type { CasContext } from '../cas/cas-context';
import type { DeviceApiContext } from '../device-api/context';
import type { CredentialRoutesContext } from '../credentials/context';
import type { SignInRoutesContext } from '../sign-in/context';
import type { SignInEntry } from '../sign-in/sign-in-entry';
import type { SesameConfig } from '../config/config-schema';
import type { Metrics } from '../observability/metrics';
import type { PushSender } from '../push/push-sender';
import type { Services } from '../services';
import type { SessionGate, WarnLogger } from '../sessions/session-gate';

/**
 * The server, composed once from its parts (compose.ts) into immutable, narrow contexts: each
 * route group gets what it needs and nothing more (ADR 0026 §2.6). Field names follow the old
 * `Services` where the meaning is the same, so the bridge object (`legacy`) fits them too.
 */

export type { Continuations, LoginContinuation, LoginContinuationArgs, ParticipantLogouts } from './continuations';

/** A request's stores answer (the readiness of both); built once, shared by the error renderers. */
export type StoreProbe = () => Promise<boolean>;

/** What http/audit.ts needs to write an audit entry. */
export interface AuditDeps {
  readonly durable: { readonly audit: Pick<DurableStore['audit'], 'append'> };
  readonly clock: Clock;
}

/** What the error messages need from the configuration (http/error-map.ts options). */
export interface MessageDeps {
  readonly config: { readonly password: Pick<SesameConfig['password'], 'minLength'> };
}

/** Around every route: headers, static files, branding, metrics of every answer (app.tsx). */
export interface ShellContext {
  readonly config: Pick<SesameConfig, 'trustProxy' | 'publicUrl' | 'eid'>;
  readonly registry: ServiceRegistry;
  readonly branding: Branding;
  readonly metrics: Pick<Metrics, 'httpDuration'>;
}

/** The portal's per-request context (plugins/portal-context.ts): language, CSRF, session. */
export interface PortalContext {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'defaultLocale'>;
  readonly sessionGate: Pick<SessionGate, 'load'>;
  readonly clock: Clock;
  /** The account's language, written and audited when its signed-in owner uses the chooser (docs/adr/0055, 0062). */
  readonly durable: Pick<DurableStore, 'transaction' | 'devices'>;
}

/** Starts a session after an authentication, with its `sign_in.succeeded` entry (registration). */
export type OpenSession = (
  request: FastifyRequest,
  reply: FastifyReply,
  done: { user: UserRecord; method: 'PASSWORD'; strengths: Strength[] },
) => Promise<ActiveSession>;

/** Account pages: registration, password reset, my account, account recovery. */
export interface AccountRoutesContext extends AuditDeps, MessageDeps {
  /** `sms`: "Manage my mobile phone numbers" is listed when the deployment texts codes (docs/adr/0030). */
  readonly config: Pick<SesameConfig, 'publicUrl' | 'password' | 'linkTtlMinutes' | 'sms' | 'eid'>;
  readonly accounts: AccountDeps;
  readonly devices: DeviceDeps;
  /** `accountOptions`, `credentials`, `transaction`: "Configure my account" (docs/adr/0031). */
  readonly durable: Pick<
    DurableStore,
    'audit' | 'devices' | 'users' | 'accountOptions' | 'credentials' | 'transaction' | 'roles'
  >;
  readonly clock: Clock;
  readonly sessionGate: Pick<SessionGate, 'start'>;
  readonly openSession: OpenSession;
  /** The known-browser cookie's key ring ("Configure my account" marks this browser known, docs/adr/0032 §2). */
  readonly knownBrowserMac: ChallengeMac;
}

/** "My mobile devices": enrolment, the list, removal. */
export interface DevicePagesContext extends AuditDeps, MessageDeps {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'password' | 'linkTtlMinutes'>;
  readonly accounts: AccountDeps;
  readonly devices: DeviceDeps;
  readonly durable: Pick<DurableStore, 'audit' | 'devices' | 'users'>;
  readonly ephemeral: Pick<EphemeralStore, 'subscribe'>;
  readonly push: Pick<PushSender, 'publicKey'>;
  readonly clock: Clock;
  /** Where the enrolment page goes once the device is added (a kept sign-in's step-up, else the list). */
  readonly afterEnrolmentPath: (request: FastifyRequest) => Promise<string>;
}

/** Privacy, terms, get-the-app pages and the development outbox. */
export interface StaticPagesContext {
  readonly config: Pick<SesameConfig, 'retention' | 'linkTtlMinutes' | 'mail' | 'publicUrl' | 'devPages'>;
  readonly durable: Pick<DurableStore, 'outbox'>;
}

export interface AuthenticatorAppContext {
  readonly log: WarnLogger;
}

/** /health, /ready, /metrics. */
export interface OperationsContext {
  readonly config: Pick<SesameConfig, 'metrics'>;
  readonly durable: Pick<DurableStore, 'ping'>;
  readonly ephemeral: Pick<EphemeralStore, 'ping'>;
  readonly metrics: Pick<Metrics, 'registry'>;
}

/** The hourly purge of what the privacy page promises to forget (issue 11). */
export interface RetentionContext {
  readonly config: Pick<SesameConfig, 'retention'>;
  readonly durable: DurableStore;
  readonly ephemeral: EphemeralStore;
  readonly clock: Clock;
}

/** The CAS endpoints, pages and API (cas/register.ts). */
export interface CasRoutesContext extends AuditDeps {
  /** publicUrl: the Issuer of /samlValidate's assertions. */
  readonly config: Pick<SesameConfig, 'session' | 'publicUrl'>;
  readonly registry: ServiceRegistry;
  readonly clock: Clock;
  readonly durable: Pick<DurableStore, 'audit' | 'users'>;
  readonly ephemeral: EphemeralStore;
  readonly sessionGate: SessionGate;
  readonly cas: CasContext;
  /** Starts or resumes this browser's sign-in for a CAS application. */
  readonly signIn: SignInEntry;
}

/** The OpenID Provider (mounted under /oidc) and its interaction pages (oidc/register.ts). */
export interface OidcRoutesContext {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'defaultLocale' | 'trustProxy'>;
  readonly provider: Provider;
  readonly registry: ServiceRegistry;
  readonly clock: Clock;
  readonly branding: Branding;
  /** Starts or resumes this browser's sign-in for an OIDC interaction. */
  readonly signIn: SignInEntry;
  /** The signed-in account's language for the provider's own pages (docs/adr/0062 §3). */
  readonly sessionGate: Pick<SessionGate, 'load'>;
}

/** The root error handler and the not-found page (http/error-handler.ts, ADR 0026 §2.7). */
/** The admin console (issue 14 point 2; routes/admin.tsx; docs/adr/0033). */
export interface AdminContext extends MessageDeps {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'password' | 'organisationTree'>;
  /** The use cases' stores and rules (core admin/). */
  readonly admin: AdminDeps;
  /** The migration dashboard, reminders and campaign settings (core migration/, docs/adr/0036). */
  readonly migration: MigrationDeps;
  /** Refused admin requests are counted here (docs/adr/0038); successes from the audit. */
  readonly metrics: Metrics;
}

/** The admin REST API and SCIM (issue 14 point 6; admin-api/register.ts; docs/adr/0037). */
export interface AdminApiContext {
  readonly config: Pick<SesameConfig, 'publicUrl' | 'defaultLocale' | 'password'>;
  /** The same use cases as the console (core admin/): authorise() inside each. */
  readonly admin: AdminDeps;
  /** The OIDC engine that issued the client-credentials tokens. */
  readonly provider: Provider;
  readonly registry: ServiceRegistry;
  readonly probe: StoreProbe;
}

export interface ErrorContext extends MessageDeps {
  readonly config: Pick<SesameConfig, 'password' | 'defaultLocale'>;
  readonly probe: StoreProbe;
  /** The CAS flavour of an application, for the CAS API's failure documents. */
  readonly registry: ServiceRegistry;
  /** Where a console refusal is audited (docs/adr/0041 §1). */
  readonly refusals: RefusalDeps;
}

export interface AppContext {
  readonly config: SesameConfig;
  readonly log: FastifyBaseLogger;
  readonly shell: ShellContext;
  readonly portal: PortalContext;
  readonly account: AccountRoutesContext;
  readonly devicePages: DevicePagesContext;
  readonly staticPages: StaticPagesContext;
  readonly authenticatorApp: AuthenticatorAppContext;
  readonly cas: CasRoutesContext;
  readonly oidc: OidcRoutesContext;
  readonly operations: OperationsContext;
  readonly retention: RetentionContext;
  readonly errors: ErrorContext;
  /** The authenticator app's API (device-api/register.ts). */
  readonly deviceApi: DeviceApiContext;
  /** The sign-in routes (sign-in/register.ts): the engine, the methods, the session gate. */
  readonly signIn: SignInRoutesContext;
  /** "Manage my authenticator apps", "Recovery codes" (issue 13 points 2–3). */
  readonly credentials: CredentialRoutesContext;
  /** The admin console (issue 14). */
  readonly admin: AdminContext;
  /** The admin REST API and SCIM (issue 14 point 6; admin-api/register.ts). */
  readonly adminApi: AdminApiContext;
  /**
   * The old `Services`, read-only at its top, for the test kits only (TestPortal.services: tests
   * read stores and rules through it; sign-in-limits.test.ts swaps its hasher, which the sign-in's
   * methods use). No route group takes it.
   */
  readonly legacy: Services;
}
