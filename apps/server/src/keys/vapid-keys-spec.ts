import { createECDH } from 'node:crypto';
import webPush from 'web-push';
import { z } from 'zod';
import type { KeyFileSpec } from './key-file';

/**
 * The VAPID key pair (RFC 8292; push/vapid-keys.ts uses it): the server signs every Web Push
 * request with it, and apps subscribe with its public half (the Push API's
 * applicationServerKey), so a push service delivers to a subscription only requests signed by
 * this server.
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
 * What is wrong with the pair, or null: a public key that is not the private key's would have
 * every push refused by the push services, silently.
 */
export function vapidKeyProblem(keys: VapidKeys): string | null {
  const publicKey = Buffer.from(keys.publicKey, 'base64url');
  const privateKey = Buffer.from(keys.privateKey, 'base64url');
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) {
    return 'the VAPID public key is not an uncompressed P-256 point (RFC 8292 §3.2)';
  }
  if (privateKey.length !== 32) return 'the VAPID private key is not 32 bytes';
  const ecdh = createECDH('prime256v1');
  try {
    ecdh.setPrivateKey(privateKey);
  } catch {
    return 'the VAPID private key is not a P-256 key';
  }
  if (!ecdh.getPublicKey().equals(publicKey)) return "the VAPID public key is not the private key's";
  return null;
}

export const vapidKeysSpec: KeyFileSpec<VapidKeyFile> = {
  name: 'Sésame VAPID key file',
  schema: vapidKeyFileSchema,
  create(now) {
    const { publicKey, privateKey } = webPush.generateVAPIDKeys();
    return { version: 1, createdAt: now.toISOString(), publicKey, privateKey };
  },
  check(file) {
    const problem = vapidKeyProblem(file);
    if (problem !== null) throw new Error(problem);
  },
  /**
   * No `rotate`, on purpose: every push subscription is bound to the public key it was made with
   * (RFC 8292 §3.2, applicationServerKey), so a new key would silence every app until each one
   * subscribes again.
   */
  noRotation:
    'a new VAPID key silences every app (each push subscription is bound to the key it was made with, RFC 8292 §3.2) until it subscribes again',
  createdWarning: (path) =>
    `VAPID key file created at ${path}: give every node the same file; a new key silences the apps' Web Push until they subscribe again.`,
};
