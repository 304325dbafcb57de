import { createHmac, timingSafeEqual } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '@sesame/protocol';
import type { ChallengeMac } from '../ports/challenge-mac';

/**
 * A challenge that costs no storage until it is used (docs/adr/0029 §8; the first screen must
 * create nothing, or a flood of anonymous views fills the ephemeral store):
 *
 *   base64url( 1 ‖ nonce[16] ‖ expiry[8, ms, big-endian] ‖ len ‖ keyId ‖ MAC[32] )
 *   MAC = HMAC(key keyId, purpose ‖ 0 ‖ everything before the MAC)
 *
 * The purpose is in the MAC, not in the challenge: one issued for another ceremony never opens
 * here. Opening checks the MAC and the expiry only; single use is the caller's, by marking the
 * nonce in the ephemeral store (`setIfAbsent`, for the challenge's remaining lifetime).
 */
const VERSION = 1;
const NONCE_BYTES = 16;
const MAC_BYTES = 32;

/** What a challenge proved once opened: its nonce (to mark used) and until when it is valid. */
export interface OpenedChallenge {
  readonly nonce: string;
  readonly expiresAt: number;
}

function signedPart(purpose: string, body: Uint8Array): Uint8Array {
  const label = new TextEncoder().encode(purpose);
  const data = new Uint8Array(label.length + 1 + body.length);
  data.set(label, 0);
  data.set(body, label.length + 1);
  return data;
}

/** A fresh challenge for `purpose`, valid `ttlMs` from `now`. */
export function issueStatelessChallenge(mac: ChallengeMac, purpose: string, now: Date, ttlMs: number): string {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const expiry = new Uint8Array(8);
  new DataView(expiry.buffer).setBigUint64(0, BigInt(now.getTime() + ttlMs));
  const keyId = new TextEncoder().encode(mac.currentKeyId);
  const body = new Uint8Array([VERSION, ...nonce, ...expiry, keyId.length, ...keyId]);
  return toBase64Url(new Uint8Array([...body, ...mac.sign(signedPart(purpose, body))]));
}

/** The challenge's nonce and expiry when it is ours, for `purpose`, and not past; else null. */
export function openStatelessChallenge(
  mac: ChallengeMac,
  purpose: string,
  challenge: string,
  now: Date,
): OpenedChallenge | null {
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(challenge);
  } catch {
    return null;
  }
  // One spelling per challenge: a base64url text whose unused last bits differ decodes to the same
  // bytes; refused, so that the challenge as sent is the only one that opens (no malleable twin).
  if (toBase64Url(bytes) !== challenge) return null;
  const keyAt = 1 + NONCE_BYTES + 8;
  if (bytes.length < keyAt + 1 + MAC_BYTES || bytes[0] !== VERSION) return null;
  const keyLength = bytes[keyAt]!;
  const bodyEnd = keyAt + 1 + keyLength;
  if (bytes.length !== bodyEnd + MAC_BYTES) return null;
  const body = bytes.subarray(0, bodyEnd);
  const keyId = new TextDecoder().decode(bytes.subarray(keyAt + 1, bodyEnd));
  if (!mac.verify(keyId, signedPart(purpose, body), bytes.subarray(bodyEnd))) return null;
  const expiresAt = Number(new DataView(bytes.buffer, bytes.byteOffset + 1 + NONCE_BYTES, 8).getBigUint64(0));
  if (now.getTime() >= expiresAt) return null;
  return { nonce: toBase64Url(bytes.subarray(1, 1 + NONCE_BYTES)), expiresAt };
}

/**
 * HMAC-SHA-256 over a key ring (`keys`: id → secret of at least 32 bytes). The server derives
 * the secrets from its key file (devices/device-keys.ts); tests give fresh ones.
 */
export function hmacChallengeMac(currentKeyId: string, keys: Readonly<Record<string, Uint8Array>>): ChallengeMac {
  if (!(currentKeyId in keys)) throw new TypeError('currentKeyId names no key');
  const macOf = (keyId: string, data: Uint8Array) => createHmac('sha256', keys[keyId]!).update(data).digest();
  return {
    currentKeyId,
    sign: (data) => new Uint8Array(macOf(currentKeyId, data)),
    verify: (keyId, data, mac) =>
      Object.hasOwn(keys, keyId) && mac.length === MAC_BYTES && timingSafeEqual(macOf(keyId, data), mac),
  };
}
