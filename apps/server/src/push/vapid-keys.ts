import { createECDH } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import webPush from 'web-push';
import { z } from 'zod';
import type { SesameConfig } from '../config/config-schema';

/**
 * The VAPID key pair (RFC 8292): the server signs every Web Push request with it, and apps
 * subscribe with its public half (the Push API's applicationServerKey), so a push service
 * delivers to a subscription only requests signed by this server. Kept in one JSON file every
 * node reads, like the device keys (devices/device-keys.ts), or given in the configuration.
 */
export interface VapidKeys {
  /** base64url of the uncompressed P-256 point (65 bytes, 0x04 first), as web-push takes it. */
  publicKey: string;
  /** base64url of the 32-byte private scalar. */
  privateKey: string;
}

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/);

const vapidKeyFileSchema = z.object({
  version: z.literal(1),
  createdAt: z.string(),
  publicKey: base64url,
  privateKey: base64url,
});
export type VapidKeyFile = z.infer<typeof vapidKeyFileSchema>;

/**
 * The pair as it will be used, or an error naming what is wrong: a public key that is not the
 * private key's would have every push refused by the push services, silently.
 */
export function checkVapidKeys(keys: VapidKeys, source: string): VapidKeys {
  const publicKey = Buffer.from(keys.publicKey, 'base64url');
  const privateKey = Buffer.from(keys.privateKey, 'base64url');
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) {
    throw new Error(`${source}: the VAPID public key is not an uncompressed P-256 point (RFC 8292 §3.2)`);
  }
  if (privateKey.length !== 32) throw new Error(`${source}: the VAPID private key is not 32 bytes`);
  const ecdh = createECDH('prime256v1');
  try {
    ecdh.setPrivateKey(privateKey);
  } catch {
    throw new Error(`${source}: the VAPID private key is not a P-256 key`);
  }
  if (!ecdh.getPublicKey().equals(publicKey)) {
    throw new Error(`${source}: the VAPID public key is not the private key's`);
  }
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

export function createVapidKeyFile(now: Date): VapidKeyFile {
  const { publicKey, privateKey } = webPush.generateVAPIDKeys();
  return { version: 1, createdAt: now.toISOString(), publicKey, privateKey };
}

export function parseVapidKeyFile(raw: string, source: string): VapidKeyFile {
  const parsed = vapidKeyFileSchema.safeParse(JSON.parse(raw));
  if (!parsed.success) throw new Error(`${source} is not a Sésame VAPID key file: ${z.prettifyError(parsed.error)}`);
  checkVapidKeys(parsed.data, source);
  return parsed.data;
}

/** Written whole then renamed, so a reader never sees half a file; readable by the owner only. */
export function saveVapidKeyFile(path: string, file: VapidKeyFile): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}

/** The key file at `path`, created there when it does not exist yet. */
export function loadOrCreateVapidKeyFile(path: string, now: Date): { file: VapidKeyFile; created: boolean } {
  if (existsSync(path)) return { file: parseVapidKeyFile(readFileSync(path, 'utf8'), path), created: false };
  const file = createVapidKeyFile(now);
  saveVapidKeyFile(path, file);
  return { file, created: true };
}

/** webPush.vapidKeysFile, else beside the device keys: one directory of server secrets to guard. */
export function vapidKeyFilePath(config: Pick<SesameConfig, 'webPush' | 'devices'>): string {
  return config.webPush.vapidKeysFile ?? join(dirname(config.devices.keysFile), 'vapid-keys.json');
}

/**
 * The configured keys: given inline (both halves), else the key file, created when missing.
 * Null when Web Push is off. `created` names the file just written, for a start-up warning.
 */
export function loadVapidKeys(
  config: Pick<SesameConfig, 'webPush' | 'devices'>,
  now: Date,
): { keys: VapidKeys; created: string | null } | null {
  const { enabled, vapidPublicKey, vapidPrivateKey } = config.webPush;
  if (!enabled) return null;
  if (vapidPublicKey !== undefined || vapidPrivateKey !== undefined) {
    if (vapidPublicKey === undefined || vapidPrivateKey === undefined) {
      throw new Error('webPush.vapidPublicKey and webPush.vapidPrivateKey go together: set both or neither');
    }
    return {
      keys: checkVapidKeys({ publicKey: vapidPublicKey, privateKey: vapidPrivateKey }, 'webPush'),
      created: null,
    };
  }
  const vapidKeysFile = vapidKeyFilePath(config);
  const { file, created } = loadOrCreateVapidKeyFile(vapidKeysFile, now);
  return { keys: { publicKey: file.publicKey, privateKey: file.privateKey }, created: created ? vapidKeysFile : null };
}

/** Fresh keys held in memory (tests, assembleServices without keys). */
export function memoryVapidKeys(): VapidKeys {
  const { publicKey, privateKey } = webPush.generateVAPIDKeys();
  return { publicKey, privateKey };
}

/**
 * RFC 8292 §2.1: the `sub` claim, a contact for the push service's operator. The configured one,
 * else security@ the portal's host (the configuration has no support address of its own).
 */
export function vapidSubject(config: Pick<SesameConfig, 'webPush' | 'publicUrl'>): string {
  const subject = config.webPush.subject ?? `mailto:security@${new URL(config.publicUrl).hostname}`;
  if (!/^(mailto:.+|https:\/\/.+)$/.test(subject)) {
    throw new Error(`webPush.subject must be a mailto: or https: URL (RFC 8292 §2.1), not ${subject}`);
  }
  return subject;
}
