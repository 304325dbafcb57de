import { applyConfiguredTree, type Mailer } from '@sesame/core';
import {
  type CapEvent,
  createDurableStore,
  createEphemeralStore,
  createStoreHealth,
  type StoreHealth,
} from '@sesame/storage';
import type { FastifyBaseLogger } from 'fastify';
import { loadBranding } from '../branding/load-branding';
import type { SesameConfig } from '../config/config-schema';
import { loadOrCreateDeviceKeyFile, openDeviceKeys } from '../devices/device-keys';
import { createBackgroundMailer } from '../mail/background-mailer';
import { createOutboxMailer } from '../mail/outbox-mailer';
import { createSmtpMailer } from '../mail/smtp-mailer';
import { createMetrics } from '../observability/metrics';
import { loadOrCreateKeyRing } from '../oidc/key-ring';
import { loadVapidKeys } from '../push/vapid-keys';
import { createArgon2Hasher } from '../security/argon2-hasher';
import { reportEphemeralCap } from '../stores/ephemeral-cap-report';
import { logStoreTransition } from '../stores/store-health-log';
import { openWithRetry } from '../stores/store-startup';
import type { Parts } from './parts';

/** What opening the parts leaves to the caller: lines to log once started, and how to close. */
export interface Opened {
  readonly startupWarnings: readonly string[];
  readonly storeHealth: StoreHealth;
  close(): Promise<void>;
}

/**
 * The real parts chosen by the configuration (ADR 0026 §2.6): SQLite or PostgreSQL, memory or
 * Redis (each awaited with retries), SMTP or outbox behind the metrics-counting background
 * mailer, the device, VAPID and OIDC key files. Built before composition, so nothing is swapped
 * afterwards.
 */
export async function openParts(config: SesameConfig, logger: FastifyBaseLogger): Promise<Parts & Opened> {
  const metrics = createMetrics();
  const storeHealth = createStoreHealth({ onChange: (transition) => logStoreTransition(logger, transition) });
  const timeoutSeconds = config.storeStartupTimeoutSeconds;
  // One line when a store keeps the start waiting, not one per attempt.
  const retryLine = (store: string) => {
    let said = false;
    return (reason: string) => {
      if (said) return;
      said = true;
      process.stderr.write(`Waiting for the ${store} (${reason}); retrying for up to ${timeoutSeconds} s\n`);
    };
  };
  const durable = await openWithRetry(() => createDurableStore(config.databaseUrl, { health: storeHealth }), {
    store: 'database',
    url: config.databaseUrl,
    timeoutSeconds,
    onRetry: retryLine('database'),
  });
  const onCap: (event: CapEvent) => void = reportEphemeralCap(
    metrics.ephemeralEvictions,
    () => logger,
    config.ephemeral.memoryMaxEntries,
  );
  const ephemeral = createEphemeralStore(config.redisUrl, {
    health: storeHealth,
    memoryMaxEntries: config.ephemeral.memoryMaxEntries,
    onCap,
  });
  try {
    await openWithRetry(() => ephemeral.ping(), {
      store: 'redis',
      url: config.redisUrl ?? 'memory:',
      timeoutSeconds,
      onRetry: retryLine('Redis server'),
    });
  } catch (error) {
    await ephemeral.close();
    await durable.close();
    throw error;
  }
  // While a store is down it is probed, so that "back" is logged without waiting for a request.
  storeHealth.watch('database', () => durable.ping());
  storeHealth.watch('redis', () => ephemeral.ping());
  // Mails carry the organisation's name and support contact in their footer (docs/adr/0020).
  const branding = loadBranding(config.organisation);
  const smtp = config.mail.smtpUrl
    ? createSmtpMailer({ smtpUrl: config.mail.smtpUrl, from: config.mail.from, publicUrl: config.publicUrl, branding })
    : undefined;
  const delivery: Mailer =
    smtp ??
    createOutboxMailer({
      outbox: durable.outbox,
      dir: config.mail.outboxDir,
      from: config.mail.from,
      publicUrl: config.publicUrl,
      branding,
    });
  const counted: Mailer = {
    send: async (mail) => {
      await delivery.send(mail);
      metrics.mails.inc({ template: mail.template });
    },
  };
  const mailer = createBackgroundMailer(counted, () => logger);

  const startupWarnings: string[] = [];
  const now = new Date();
  // The configured organisations, created when missing (docs/adr/0033); the database wins over the file.
  try {
    const tree = await applyConfiguredTree(durable.organisations, config.organisationTree.organisations, now);
    startupWarnings.push(...tree.notes);
  } catch (error) {
    await ephemeral.close();
    await durable.close();
    throw error;
  }
  const { file: deviceKeyFile, created } = loadOrCreateDeviceKeyFile(config.devices.keysFile, now);
  if (created) {
    startupWarnings.push(
      `Device key file created at ${config.devices.keysFile}: keep it secret, back it up, and give every node the same file.`,
    );
  }
  const deviceKeys = await openDeviceKeys(deviceKeyFile);
  const vapid = loadVapidKeys(config, now);
  if (vapid?.created) {
    startupWarnings.push(
      `VAPID key file created at ${vapid.created}: give every node the same file; a new key silences the apps' Web Push until they subscribe again.`,
    );
  }
  const oidc = loadOrCreateKeyRing(config.oidc.keysFile, now);
  if (oidc.created) {
    startupWarnings.push(
      `OIDC key ring created at ${config.oidc.keysFile}: keep it secret, back it up, and give every node the same file.`,
    );
  }
  return {
    config,
    durable,
    ephemeral,
    mailer,
    hasher: createArgon2Hasher(config.password.argon2),
    logger,
    metrics,
    branding,
    deviceKeys,
    ...(vapid ? { vapidKeys: vapid.keys } : {}),
    oidcKeyRing: oidc.ring,
    startupWarnings,
    storeHealth,
    async close() {
      storeHealth.close();
      await mailer.drain();
      smtp?.close();
      await ephemeral.close();
      await durable.close();
    },
  };
}
