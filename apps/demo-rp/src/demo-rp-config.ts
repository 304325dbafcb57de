import { readFileSync } from 'node:fs';
import {
  isLevel,
  isLocale,
  LOCALES,
  parseStrengthList,
  type Level,
  type Locale,
  type Strength,
} from '@sesame/protocol';

/**
 * Which demo entry this process serves (issue 11 point 4; docs/adr/0019): "TRACES NT (démo)",
 * which requires MEDIUM like TRACES NT, or "Bulletin sanitaire (démo)", public information that
 * a password alone opens (BASIC). Same code, its own name, texts, cookies and OIDC client.
 */
export type DemoEdition = 'traces' | 'bulletin';

/**
 * The demo relying application's one typed configuration. Every field has a default that fits
 * `npm run dev` (Sésame on :8080, the demo on :8081, `config/demo-relying-apps.json`).
 */
export interface DemoRpConfig {
  /** The demo entry served (default `traces`). */
  edition: DemoEdition;
  /** The other demo entry's home page, offered on this one's (none: not shown). */
  otherEntryUrl: string | null;
  /** Public base URL of the demo app, without a trailing slash (default `http://localhost:8081`). */
  publicUrl: string;
  /** Sésame's base URL, without a trailing slash (default `http://localhost:8080`). */
  sesameUrl: string;
  /**
   * The level the application requires (MEDIUM for TRACES NT (démo), BASIC for the bulletin):
   * EU Login `authenticationLevel` for CAS, `acr_values` for OpenID Connect, and checked again in
   * what comes back.
   */
  authenticationLevel: Level;
  cas: {
    /**
     * `eulogin`: start with an EU Login login transaction (POST /cas/login/init) and read EU
     * Login's response shape; `cas`: plain CAS 3.0 (`/cas/login?service=…`, `<cas:attributes>`).
     */
    flavour: 'eulogin' | 'cas';
    /** EU Login `acceptStrengths` (deprecated by EU Login in favour of the level); none by default. */
    acceptStrengths: Strength[];
  };
  oidc: {
    clientId: string;
    clientSecret: string;
    /** Scopes asked for (default `openid profile email`). */
    scope: string;
  };
  /** Interface language when neither `?lang=` nor Accept-Language chooses one. */
  defaultLocale: Locale;
  /** Absolute life of a local session, in minutes (default 8 hours). */
  sessionMinutes: number;
}

export const DEMO_RP_DEFAULTS = {
  publicUrl: 'http://localhost:8081',
  sesameUrl: 'http://localhost:8080',
  host: '127.0.0.1',
  port: 8081,
  relyingAppsFile: 'config/demo-relying-apps.json',
  relyingAppId: 'traces-demo',
  /** "Bulletin sanitaire (démo)": its port and its registration in config/demo-relying-apps.json. */
  bulletinPort: 8082,
  bulletinAppId: 'bulletin-demo',
} as const;

/** What each demo entry requires by default: TRACES NT's level (MEDIUM), and BASIC for public information. */
export const EDITION_LEVELS: Record<DemoEdition, Level> = { traces: 'MEDIUM', bulletin: 'BASIC' };

export class DemoRpConfigError extends Error {
  override readonly name = 'DemoRpConfigError';
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/** A configuration to complete with the defaults: only the OIDC client id and secret are required. */
export type DemoRpConfigInput = Partial<Omit<DemoRpConfig, 'cas' | 'oidc' | 'otherEntryUrl'>> & {
  otherEntryUrl?: string | null | undefined;
  cas?: Partial<DemoRpConfig['cas']> | undefined;
  oidc: Pick<DemoRpConfig['oidc'], 'clientId' | 'clientSecret'> & Partial<DemoRpConfig['oidc']>;
};

/** Fills the defaults of a partial configuration and checks what can be checked without the network. */
export function demoRpConfig(partial: DemoRpConfigInput): DemoRpConfig {
  const edition = partial.edition ?? 'traces';
  const config: DemoRpConfig = {
    edition,
    otherEntryUrl: partial.otherEntryUrl ? trimSlash(partial.otherEntryUrl) : null,
    publicUrl: trimSlash(partial.publicUrl ?? DEMO_RP_DEFAULTS.publicUrl),
    sesameUrl: trimSlash(partial.sesameUrl ?? DEMO_RP_DEFAULTS.sesameUrl),
    authenticationLevel: partial.authenticationLevel ?? EDITION_LEVELS[edition],
    cas: {
      flavour: partial.cas?.flavour ?? 'eulogin',
      acceptStrengths: partial.cas?.acceptStrengths ?? [],
    },
    oidc: { scope: 'openid profile email', ...partial.oidc },
    defaultLocale: partial.defaultLocale ?? 'fr',
    sessionMinutes: partial.sessionMinutes ?? 8 * 60,
  };
  for (const [name, url] of [
    ['publicUrl', config.publicUrl],
    ['sesameUrl', config.sesameUrl],
    ...(config.otherEntryUrl ? [['otherEntryUrl', config.otherEntryUrl] as const] : []),
  ] as const) {
    if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
      throw new DemoRpConfigError(`${name} must be an http(s) URL, got ${JSON.stringify(url)}`);
  }
  if (!config.oidc.clientId || !config.oidc.clientSecret)
    throw new DemoRpConfigError('the OpenID Connect client id and secret are required');
  return config;
}

/**
 * The OIDC client of the demo app as Sésame registers it (`config/demo-relying-apps.json`), so
 * the secret is written in one place only.
 */
export function readRegisteredClient(file: string, appId: string): { clientId: string; clientSecret: string } {
  let apps: unknown;
  try {
    apps = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DemoRpConfigError(`cannot read the relying apps file ${file}: ${(error as Error).message}`);
  }
  const app = Array.isArray(apps)
    ? (apps as { id?: unknown; oidc?: { clientId?: unknown; clientSecret?: unknown } }[]).find((a) => a.id === appId)
    : undefined;
  const clientId = app?.oidc?.clientId;
  const clientSecret = app?.oidc?.clientSecret;
  if (typeof clientId !== 'string' || typeof clientSecret !== 'string')
    throw new DemoRpConfigError(`${file} has no OpenID Connect client with a secret for the app "${appId}"`);
  return { clientId, clientSecret };
}

/**
 * The configuration of "TRACES NT (démo)" from environment variables (main.ts):
 * DEMO_RP_PUBLIC_URL, SESAME_URL, DEMO_RP_CAS_FLAVOUR (eulogin|cas), DEMO_RP_AUTHENTICATION_LEVEL
 * (BASIC|MEDIUM|HIGH, default MEDIUM), DEMO_RP_ACCEPT_STRENGTHS (comma-separated),
 * DEMO_RP_DEFAULT_LOCALE, DEMO_RP_OIDC_CLIENT_ID / DEMO_RP_OIDC_CLIENT_SECRET (else read from
 * SESAME_RELYING_APPS, default config/demo-relying-apps.json), DEMO_RP_BULLETIN_PUBLIC_URL (the
 * other entry, offered on the home page). "Bulletin sanitaire (démo)": bulletinConfigFromEnv.
 */
export function demoRpConfigFromEnv(env: NodeJS.ProcessEnv): DemoRpConfig {
  const level = env.DEMO_RP_AUTHENTICATION_LEVEL || EDITION_LEVELS.traces;
  if (!isLevel(level))
    throw new DemoRpConfigError(`DEMO_RP_AUTHENTICATION_LEVEL must be BASIC, MEDIUM or HIGH, got ${level}`);
  const flavour = env.DEMO_RP_CAS_FLAVOUR || 'eulogin';
  if (flavour !== 'eulogin' && flavour !== 'cas')
    throw new DemoRpConfigError(`DEMO_RP_CAS_FLAVOUR must be eulogin or cas, got ${flavour}`);
  const strengths = parseStrengthList(env.DEMO_RP_ACCEPT_STRENGTHS);
  if (strengths.unknown.length > 0)
    throw new DemoRpConfigError(`DEMO_RP_ACCEPT_STRENGTHS has unknown strengths: ${strengths.unknown.join(', ')}`);
  const locale = env.DEMO_RP_DEFAULT_LOCALE || 'fr';
  if (!isLocale(locale))
    throw new DemoRpConfigError(`DEMO_RP_DEFAULT_LOCALE must be one of ${LOCALES.join(', ')}, got ${locale}`);
  const client =
    env.DEMO_RP_OIDC_CLIENT_ID && env.DEMO_RP_OIDC_CLIENT_SECRET
      ? { clientId: env.DEMO_RP_OIDC_CLIENT_ID, clientSecret: env.DEMO_RP_OIDC_CLIENT_SECRET }
      : readRegisteredClient(
          env.SESAME_RELYING_APPS || DEMO_RP_DEFAULTS.relyingAppsFile,
          DEMO_RP_DEFAULTS.relyingAppId,
        );
  return demoRpConfig({
    edition: 'traces',
    otherEntryUrl: env.DEMO_RP_BULLETIN_PUBLIC_URL || null,
    publicUrl: env.DEMO_RP_PUBLIC_URL || undefined,
    sesameUrl: env.SESAME_URL || undefined,
    authenticationLevel: level,
    cas: { flavour, acceptStrengths: strengths.strengths },
    oidc: client,
    defaultLocale: locale,
  });
}

/**
 * "Bulletin sanitaire (démo)" beside TRACES NT (démo) in the same process (main.ts): BASIC, its own
 * public URL (DEMO_RP_BULLETIN_PUBLIC_URL) and OIDC client (`bulletin-demo` in SESAME_RELYING_APPS);
 * the rest as TRACES NT (démo)'s, whose home page it offers.
 */
export function bulletinConfigFromEnv(env: NodeJS.ProcessEnv, traces: DemoRpConfig): DemoRpConfig {
  const client = readRegisteredClient(
    env.SESAME_RELYING_APPS || DEMO_RP_DEFAULTS.relyingAppsFile,
    DEMO_RP_DEFAULTS.bulletinAppId,
  );
  return demoRpConfig({
    edition: 'bulletin',
    otherEntryUrl: traces.publicUrl,
    publicUrl: env.DEMO_RP_BULLETIN_PUBLIC_URL || `http://localhost:${DEMO_RP_DEFAULTS.bulletinPort}`,
    sesameUrl: traces.sesameUrl,
    cas: { flavour: traces.cas.flavour },
    oidc: client,
    defaultLocale: traces.defaultLocale,
  });
}
