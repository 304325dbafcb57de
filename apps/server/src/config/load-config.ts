import { ServiceRegistry, type RelyingAppInput } from '@sesame/core';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BrandingFileError, loadBranding } from '../branding/load-branding';
import { configSchema, type SesameConfig } from './config-schema';

/** Environment variables and the config keys they set (dotted paths). */
export const ENV_VARIABLES: Record<string, string> = {
  publicUrl: 'SESAME_PUBLIC_URL',
  host: 'HOST',
  port: 'PORT',
  trustProxy: 'SESAME_TRUST_PROXY',
  databaseUrl: 'DATABASE_URL',
  redisUrl: 'REDIS_URL',
  'ephemeral.memoryMaxEntries': 'SESAME_EPHEMERAL_MEMORY_MAX_ENTRIES',
  storeStartupTimeoutSeconds: 'SESAME_STORE_STARTUP_TIMEOUT_SECONDS',
  logLevel: 'LOG_LEVEL',
  defaultLocale: 'SESAME_DEFAULT_LOCALE',
  'mail.from': 'SESAME_MAIL_FROM',
  'mail.smtpUrl': 'SMTP_URL',
  'mail.outboxDir': 'SESAME_OUTBOX_DIR',
  'sms.provider': 'SESAME_SMS_PROVIDER',
  'sms.sunset': 'SESAME_SMS_SUNSET',
  'sms.allowedCountryCodes': 'SESAME_SMS_ALLOWED_COUNTRY_CODES',
  'sms.maxPerHour': 'SESAME_SMS_MAX_PER_HOUR',
  'sms.maxPerNumberPerDay': 'SESAME_SMS_MAX_PER_NUMBER_PER_DAY',
  'sms.http.url': 'SESAME_SMS_HTTP_URL',
  'sms.http.authorization': 'SESAME_SMS_HTTP_AUTHORIZATION',
  'registrationCampaign.enabled': 'SESAME_REGISTRATION_CAMPAIGN_ENABLED',
  'registrationCampaign.snoozes': 'SESAME_REGISTRATION_CAMPAIGN_SNOOZES',
  'registrationCampaign.snoozeDays': 'SESAME_REGISTRATION_CAMPAIGN_SNOOZE_DAYS',
  'registrationCampaign.deadline': 'SESAME_REGISTRATION_CAMPAIGN_DEADLINE',
  'dashboard.reminderEveryDays': 'SESAME_DASHBOARD_REMINDER_EVERY_DAYS',
  'dashboard.snapshotIntervalMinutes': 'SESAME_DASHBOARD_SNAPSHOT_INTERVAL_MINUTES',
  devPages: 'SESAME_DEV_PAGES',
  demoAccounts: 'SESAME_DEMO_ACCOUNTS',
  'password.minLength': 'SESAME_PASSWORD_MIN_LENGTH',
  'password.argon2.memoryKiB': 'SESAME_ARGON2_MEMORY_KIB',
  'password.argon2.iterations': 'SESAME_ARGON2_ITERATIONS',
  'password.argon2.parallelism': 'SESAME_ARGON2_PARALLELISM',
  'signIn.lockAfterFailures': 'SESAME_LOCK_AFTER_FAILURES',
  'signIn.accountLockAfterFailures': 'SESAME_ACCOUNT_LOCK_AFTER_FAILURES',
  'signIn.lockMinutes': 'SESAME_LOCK_MINUTES',
  'signIn.lockMaxMinutes': 'SESAME_LOCK_MAX_MINUTES',
  'signIn.maxConsecutiveFailures': 'SESAME_MAX_CONSECUTIVE_FAILURES',
  'signIn.failureMemoryDays': 'SESAME_FAILURE_MEMORY_DAYS',
  'session.idleMinutes': 'SESAME_SESSION_IDLE_MINUTES',
  'session.absoluteHours': 'SESAME_SESSION_ABSOLUTE_HOURS',
  linkTtlMinutes: 'SESAME_LINK_TTL_MINUTES',
  relyingAppsFile: 'SESAME_RELYING_APPS',
  'oidc.keysFile': 'SESAME_OIDC_KEYS_FILE',
  'devices.keysFile': 'SESAME_DEVICE_KEYS_FILE',
  'devices.oneAccountPerDevice': 'SESAME_ONE_ACCOUNT_PER_DEVICE',
  'tls.certFile': 'SESAME_TLS_CERT_FILE',
  'tls.keyFile': 'SESAME_TLS_KEY_FILE',
  'tls.selfSigned': 'SESAME_TLS_SELF_SIGNED',
  'webPush.enabled': 'SESAME_WEB_PUSH_ENABLED',
  'webPush.vapidKeysFile': 'SESAME_VAPID_KEYS_FILE',
  'webPush.subject': 'SESAME_VAPID_SUBJECT',
  'metrics.token': 'SESAME_METRICS_TOKEN',
  'metrics.tokenFile': 'SESAME_METRICS_TOKEN_FILE',
  'metrics.listen': 'SESAME_METRICS_LISTEN',
  'retention.signInEventsDays': 'SESAME_RETENTION_SIGN_IN_EVENTS_DAYS',
  'retention.auditDays': 'SESAME_RETENTION_AUDIT_DAYS',
  'retention.mailOutboxDays': 'SESAME_RETENTION_MAIL_OUTBOX_DAYS',
  'retention.pendingCredentialHours': 'SESAME_RETENTION_PENDING_CREDENTIAL_HOURS',
  'retention.purgeIntervalMinutes': 'SESAME_RETENTION_PURGE_INTERVAL_MINUTES',
  // Issue 11, point 5 (docs/adr/0020): texts per language and legal files go in the SESAME_CONFIG file.
  'organisation.name': 'SESAME_ORGANISATION_NAME',
  'organisation.logoFile': 'SESAME_ORGANISATION_LOGO_FILE',
  'organisation.primaryColour': 'SESAME_ORGANISATION_PRIMARY_COLOUR',
  'organisation.support.email': 'SESAME_SUPPORT_EMAIL',
  'organisation.support.phone': 'SESAME_SUPPORT_PHONE',
  'organisation.support.url': 'SESAME_SUPPORT_URL',
  'organisation.legalNotice.url': 'SESAME_LEGAL_NOTICE_URL',
  'organisation.privacy.url': 'SESAME_PRIVACY_URL',
};

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

/**
 * Builds the configuration: schema defaults, then the JSON file named by SESAME_CONFIG, then
 * environment variables, then `overrides` (tests). Booleans are spelt `true`/`false`/`1`/`0`.
 * Throws ConfigError listing every invalid key.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Record<string, unknown> = {},
): SesameConfig {
  const raw: Record<string, unknown> = {};
  if (env.SESAME_CONFIG) {
    try {
      Object.assign(raw, JSON.parse(readFileSync(env.SESAME_CONFIG, 'utf8')));
    } catch (error) {
      throw new ConfigError(`cannot read SESAME_CONFIG=${env.SESAME_CONFIG}: ${(error as Error).message}`);
    }
  }
  for (const [path, name] of Object.entries(ENV_VARIABLES)) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    setPath(raw, path, value);
  }
  for (const [path, value] of Object.entries(overrides)) setPath(raw, path, value);
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(`invalid configuration:\n${z.prettifyError(parsed.error)}`);
  }
  checkRelyingApps(parsed.data);
  checkBranding(parsed.data);
  return parsed.data;
}

/**
 * The organisation's files (logo, legal notice) are read once here to stop a bad start with one
 * readable line naming the key and the file; services.ts reads them again to serve them.
 */
function checkBranding(config: SesameConfig): void {
  try {
    loadBranding(config.organisation);
  } catch (error) {
    if (error instanceof BrandingFileError) throw new ConfigError(`invalid configuration:\n${error.message}`);
    throw error;
  }
}

/**
 * The relying applications (inline and from relyingAppsFile) are checked with the rest, so a bad
 * entry — e.g. a name the Sésame app could never show (ADR 0011) — stops the start with one
 * readable error naming the application, not a stack trace. services.ts loads them again.
 */
function checkRelyingApps(config: SesameConfig): void {
  let fromFile: unknown[] = [];
  if (config.relyingAppsFile) {
    try {
      fromFile = JSON.parse(readFileSync(config.relyingAppsFile, 'utf8')) as unknown[];
    } catch (error) {
      throw new ConfigError(`cannot read relyingAppsFile=${config.relyingAppsFile}: ${(error as Error).message}`);
    }
  }
  try {
    ServiceRegistry.from([...config.relyingApps, ...fromFile] as RelyingAppInput[]);
  } catch (error) {
    throw new ConfigError(`invalid relying applications:\n${(error as Error).message}`);
  }
}

/** Dev-only defaults that must not reach production: each one is logged loudly at start. */
export function devOnlyWarnings(config: SesameConfig): string[] {
  const warnings: string[] = [];
  if (!config.redisUrl)
    warnings.push('REDIS_URL is not set: sessions and tokens live in memory (one node only, lost at restart).');
  if (!config.mail.smtpUrl)
    warnings.push(`SMTP_URL is not set: mails are NOT sent, they go to the outbox (${config.mail.outboxDir}).`);
  if (config.databaseUrl.startsWith('sqlite:'))
    warnings.push(`DATABASE_URL is not PostgreSQL: embedded SQLite (${config.databaseUrl}), one node only.`);
  if (config.devPages) warnings.push('SESAME_DEV_PAGES is on: /dev/outbox shows every mail, including sign-in links.');
  if (config.demoAccounts) warnings.push('SESAME_DEMO_ACCOUNTS is on: demo accounts with published passwords exist.');
  if (!config.publicUrl.startsWith('https://'))
    warnings.push(`publicUrl ${config.publicUrl} is not https: only acceptable on localhost.`);
  for (const provider of config.eid.providers.filter((p) => p.allowHttp))
    warnings.push(
      `eID provider ${provider.id} may be reached over plain http (allowHttp): tests and development only.`,
    );
  return warnings;
}
