import { dirname, join } from 'node:path';
import webPush from 'web-push';
import type { SesameConfig } from '../config/config-schema';
import { loadOrCreateKeyFile, parseKeyFile, writeKeyFile } from '../keys/key-file';
import { type VapidKeyFile, vapidKeyProblem, type VapidKeys, vapidKeysSpec } from '../keys/vapid-keys-spec';

/**
 * The VAPID key pair (RFC 8292) as the server uses it: from the configuration (both halves), else
 * from the key file every node reads, like the device keys. The file (content, check, no
 * rotation) is keys/vapid-keys-spec.ts, read and written through keys/key-file.ts; the functions
 * below keep their names for their callers.
 */
export type { VapidKeyFile, VapidKeys };

/**
 * The pair as it will be used, or an error naming what is wrong: a public key that is not the
 * private key's would have every push refused by the push services, silently.
 */
export function checkVapidKeys(keys: VapidKeys, source: string): VapidKeys {
  const problem = vapidKeyProblem(keys);
  if (problem !== null) throw new Error(`${source}: ${problem}`);
  return { publicKey: keys.publicKey, privateKey: keys.privateKey };
}

export const createVapidKeyFile = (now: Date): VapidKeyFile => vapidKeysSpec.create(now);

export const parseVapidKeyFile = (raw: string, source: string): VapidKeyFile =>
  parseKeyFile(vapidKeysSpec, raw, source);

export const saveVapidKeyFile = (path: string, file: VapidKeyFile): void => writeKeyFile(path, file);

/** The key file at `path`, created there when it does not exist yet. */
export const loadOrCreateVapidKeyFile = (path: string, now: Date): { file: VapidKeyFile; created: boolean } =>
  loadOrCreateKeyFile(vapidKeysSpec, path, now);

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

/** Fresh keys held in memory (tests, parts given without keys). */
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
