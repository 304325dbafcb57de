import { createDurableStore, createEphemeralStore, createStoreHealth, type StoreHealth } from '@sesame/storage';
import type { Mailer } from '@sesame/core';
import { loadBranding } from './branding/load-branding';
import type { SesameConfig } from './config/config-schema';
import { loadOrCreateDeviceKeyFile, openDeviceKeys } from './devices/device-keys';
import { createBackgroundMailer } from './mail/background-mailer';
import { createOutboxMailer } from './mail/outbox-mailer';
import { createSmtpMailer } from './mail/smtp-mailer';
import { loadVapidKeys } from './push/vapid-keys';
import { createArgon2Hasher } from './security/argon2-hasher';
import { assembleServices, type Services } from './services';
import { logStoreTransition, type StoreLog } from './stores/store-health-log';
import { openWithRetry } from './stores/store-startup';

/** The real parts chosen by the configuration: SQLite or PostgreSQL, memory or Redis, SMTP or outbox. */
export async function createServices(
  config: SesameConfig,
): Promise<Services & { close(): Promise<void>; startupWarnings: string[]; storeHealth: StoreHealth }> {
  // Until the app's logger exists (services.log), start-up reports through openWithRetry's lines.
  let log: () => StoreLog = () => ({ warn: () => {} });
  const storeHealth = createStoreHealth({ onChange: (transition) => logStoreTransition(log(), transition) });
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
  const ephemeral = createEphemeralStore(config.redisUrl, { health: storeHealth });
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
    ? createSmtpMailer({
        smtpUrl: config.mail.smtpUrl,
        from: config.mail.from,
        publicUrl: config.publicUrl,
        branding,
      })
    : undefined;
  const mailer: Mailer =
    smtp ??
    createOutboxMailer({
      outbox: durable.outbox,
      dir: config.mail.outboxDir,
      from: config.mail.from,
      publicUrl: config.publicUrl,
      branding,
    });
  const startupWarnings: string[] = [];
  const { file: deviceKeyFile, created } = loadOrCreateDeviceKeyFile(config.devices.keysFile, new Date());
  if (created) {
    startupWarnings.push(
      `Device key file created at ${config.devices.keysFile}: keep it secret, back it up, and give every node the same file.`,
    );
  }
  const devices = await openDeviceKeys(deviceKeyFile);
  const vapid = loadVapidKeys(config, new Date());
  if (vapid?.created) {
    startupWarnings.push(
      `VAPID key file created at ${vapid.created}: give every node the same file; a new key silences the apps' Web Push until they subscribe again.`,
    );
  }
  const services = assembleServices({
    config,
    devices,
    ...(vapid ? { vapidKeys: vapid.keys } : {}),
    durable,
    ephemeral,
    mailer,
    hasher: createArgon2Hasher(config.password.argon2),
    branding,
  });
  const counted: Mailer = {
    send: async (mail) => {
      await mailer.send(mail);
      services.metrics.mails.inc({ template: mail.template });
    },
  };
  const background = createBackgroundMailer(counted, () => services.log);
  services.mailer = background;
  services.accounts.mailer = background;
  services.devices.mailer = background;
  // The same object, not a copy: closures built by assembleServices refer to it.
  log = () => services.log;
  return Object.assign(services, {
    startupWarnings,
    storeHealth,
    async close() {
      storeHealth.close();
      await background.drain();
      smtp?.close();
      await ephemeral.close();
      await durable.close();
    },
  });
}
