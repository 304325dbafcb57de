import { createDurableStore, createMemoryEphemeralStore } from '@sesame/storage';
import type { Mailer, PasswordHasher } from '@sesame/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load-config';
import { silentLogger } from '../observability/logger';
import { createKeyRing } from '../oidc/key-ring';
import type { AppContext } from './app-context';
import { compose } from './compose';
import { isDeepFrozen, supplied } from './deep-freeze';
import type { Parts } from './parts';

const mailer: Mailer = { send: async () => {} };
const hasher: PasswordHasher = { hash: async (p) => `h:${p}`, verify: async (h, p) => h === `h:${p}` };

/** What each route group may see: its context's fields, and nothing more (ADR 0026 §2.6). */
const FIELDS: Record<Exclude<keyof AppContext, 'config' | 'log' | 'legacy'>, string[]> = {
  shell: ['branding', 'config', 'metrics', 'registry'],
  portal: ['clock', 'config', 'durable', 'sessionGate'],
  account: ['accounts', 'clock', 'config', 'devices', 'durable', 'knownBrowserMac', 'openSession', 'sessionGate'],
  devicePages: ['accounts', 'afterEnrolmentPath', 'clock', 'config', 'devices', 'durable', 'ephemeral', 'push'],
  staticPages: ['config', 'durable'],
  adminApi: ['admin', 'config', 'probe', 'provider', 'registry'],
  admin: ['admin', 'config', 'metrics', 'migration'],
  authenticatorApp: ['log'],
  cas: ['cas', 'clock', 'config', 'durable', 'ephemeral', 'registry', 'sessionGate', 'signIn'],
  oidc: ['branding', 'clock', 'config', 'provider', 'registry', 'sessionGate', 'signIn'],
  signIn: [
    'appConsent',
    'audit',
    'campaign',
    'clock',
    'continuations',
    'eid',
    'engine',
    'knownBrowsers',
    'levelGap',
    'messageOptions',
    'methods',
    'publicUrl',
    'registry',
    'sessions',
    'smsSunset',
    'users',
  ],
  operations: ['config', 'durable', 'ephemeral', 'metrics'],
  retention: ['clock', 'config', 'durable', 'ephemeral'],
  errors: ['config', 'probe', 'refusals', 'registry'],
  deviceApi: ['clock', 'devices', 'events', 'notifyActivation', 'probe', 'vapidPublicKey'],
  credentials: [
    'clock',
    'credentials',
    'issuer',
    'mailer',
    'mayChangeAuthenticators',
    'messageOptions',
    'pendingSignInApp',
    'publicUrl',
    'recoveryCodes',
    'recoveryWaitingHours',
    'securityKeys',
    'sms',
    'totp',
    'users',
  ],
};

describe('compose', () => {
  let parts: Parts;
  let context: AppContext;

  beforeAll(async () => {
    const config = loadConfig({}, { databaseUrl: 'sqlite::memory:', 'retention.purgeIntervalMinutes': 0 });
    parts = {
      config,
      durable: await createDurableStore(config.databaseUrl),
      ephemeral: createMemoryEphemeralStore(),
      mailer,
      hasher,
      logger: silentLogger(),
      oidcKeyRing: createKeyRing(new Date()),
    };
    context = compose(parts);
  });
  afterAll(async () => {
    await parts.ephemeral.close();
    await parts.durable.close();
  });

  it('freezes the app context and every context it built, down to their plain objects', () => {
    expect(Object.isFrozen(context)).toBe(true);
    // The parts are the caller's (configuration, stores, keys): left as they are.
    // The sign-in's account rules too: the test kits swap their hasher (sign-in-limits.test.ts).
    // …and the caller's durable store as observed for the metrics (audit-metrics.ts, docs/adr/0038).
    const kept = supplied([...Object.values(parts), context.admin.admin.durable]).add(context.legacy.accounts);
    for (const group of Object.keys(FIELDS) as Array<keyof typeof FIELDS>) {
      expect(isDeepFrozen(context[group], kept), group).toBe(true);
    }
    expect(Reflect.set(context.account, 'clock', { now: () => new Date(0) })).toBe(false);
    expect(Reflect.set(context.portal.sessionGate, 'load', async () => null)).toBe(false);
  });

  it('gives each route group only its own fields', () => {
    for (const [group, fields] of Object.entries(FIELDS)) {
      expect(Object.keys(context[group as keyof typeof FIELDS]).sort(), group).toEqual(fields);
    }
  });

  it('builds the continuations and participant logouts once, passed in, never registered later', () => {
    const { protocols } = context.legacy;
    expect(protocols.continuations).toBe(context.signIn.continuations);
    expect(Object.isFrozen(context.legacy)).toBe(true);
    expect(Object.isFrozen(protocols)).toBe(true);
    expect(Object.keys(protocols.continuations).sort()).toEqual(['cas', 'oidc']);
    expect(Object.keys(protocols.logout).sort()).toEqual(['cas', 'oidc']);
    expect(Reflect.set(protocols.logout, 'cas', async () => {})).toBe(false);
  });

  it('shares one session gate between the portal, the pages and the protocols', () => {
    expect(context.portal.sessionGate).toBe(context.account.sessionGate);
    expect(context.cas.sessionGate).toBe(context.legacy.sessionGate);
  });

  it('leaves the stores’ repositories free (test kits wrap them in proxies)', () => {
    expect(Object.isFrozen(parts.durable.users)).toBe(false);
    expect(context.signIn.users).toBe(parts.durable.users);
  });

  it('creates one OpenID Provider per composed app (no registry of providers)', () => {
    const again = compose(parts);
    expect(again.oidc.provider).not.toBe(context.oidc.provider);
    expect(again.portal.sessionGate).not.toBe(context.portal.sessionGate);
  });

  it('keeps the test kits’ view apart from the frozen contexts', () => {
    // sign-in-limits.test.ts swaps the sign-in's hasher through it: the account pages keep theirs.
    expect(context.legacy.accounts).not.toBe(context.account.accounts);
    expect(Object.isFrozen(context.account.accounts)).toBe(true);
    expect(Object.isFrozen(context.legacy.accounts)).toBe(false);
  });
});
