import { createHash, timingSafeEqual } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '@sesame/protocol';
import type { ChallengeMac } from '../ports/challenge-mac';

/**
 * Which accounts completed a sign-in in this browser (issue 13 point 5, "sign-in from a new
 * browser"; docs/adr/0032 §2): a long-lived cookie the server signs, so nothing is stored per
 * browser on the server and a browser cannot claim an account it never signed in to.
 *
 *   base64url( 1 ‖ salt[16] ‖ count ‖ tags[count × 16] ‖ len ‖ keyId ‖ MAC[32] )
 *   tag  = SHA-256(salt ‖ user id)[0..16]   (the cookie names no account: only its salt opens it)
 *   MAC  = HMAC(key keyId, PURPOSE ‖ 0 ‖ everything before the MAC)
 *
 * The MAC key is a key ring's (the device key file's challenge sub-key, ChallengeMac): `verify`
 * takes any known key, so a rotation does not make every browser new; the cookie is signed again
 * under the current key at each sign-in. Bounded: the MAX_ACCOUNTS most recent accounts.
 */
const VERSION = 1;
const SALT_BYTES = 16;
const TAG_BYTES = 16;
const MAC_BYTES = 32;
const PURPOSE = new TextEncoder().encode('sesame known browser v1');
/** A shared computer's browser remembers this many accounts; the oldest is forgotten first. */
export const KNOWN_BROWSER_MAX_ACCOUNTS = 10;

export interface KnownBrowser {
  readonly salt: Uint8Array;
  /** Most recent first. */
  readonly tags: readonly Uint8Array[];
}

function tagOf(salt: Uint8Array, userId: string): Uint8Array {
  const digest = createHash('sha256').update(salt).update(userId, 'utf8').digest();
  return new Uint8Array(digest.subarray(0, TAG_BYTES));
}

function signed(body: Uint8Array): Uint8Array {
  const data = new Uint8Array(PURPOSE.length + 1 + body.length);
  data.set(PURPOSE, 0);
  data.set(body, PURPOSE.length + 1);
  return data;
}

/** A browser that knows no account yet (a fresh salt). */
export function newKnownBrowser(): KnownBrowser {
  return { salt: crypto.getRandomValues(new Uint8Array(SALT_BYTES)), tags: [] };
}

/** The cookie's browser when it is ours (any key of the ring); absent, altered or foreign: a new browser. */
export function readKnownBrowser(mac: ChallengeMac, cookie: string | undefined): KnownBrowser {
  if (!cookie) return newKnownBrowser();
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(cookie);
  } catch {
    return newKnownBrowser();
  }
  const countAt = 1 + SALT_BYTES;
  if (bytes.length < countAt + 2 + MAC_BYTES || bytes[0] !== VERSION) return newKnownBrowser();
  const count = bytes[countAt]!;
  const keyAt = countAt + 1 + count * TAG_BYTES;
  if (count > KNOWN_BROWSER_MAX_ACCOUNTS || bytes.length < keyAt + 1 + MAC_BYTES) return newKnownBrowser();
  const bodyEnd = keyAt + 1 + bytes[keyAt]!;
  if (bytes.length !== bodyEnd + MAC_BYTES) return newKnownBrowser();
  const keyId = new TextDecoder().decode(bytes.subarray(keyAt + 1, bodyEnd));
  if (!mac.verify(keyId, signed(bytes.subarray(0, bodyEnd)), bytes.subarray(bodyEnd))) return newKnownBrowser();
  const tags = Array.from({ length: count }, (_, i) =>
    bytes.slice(countAt + 1 + i * TAG_BYTES, countAt + 1 + (i + 1) * TAG_BYTES),
  );
  return { salt: bytes.slice(1, countAt), tags };
}

/** Whether `userId` completed a sign-in in this browser before. */
export function browserKnowsAccount(browser: KnownBrowser, userId: string): boolean {
  const tag = tagOf(browser.salt, userId);
  return browser.tags.some((t) => timingSafeEqual(t, tag));
}

/** The browser with `userId` first (moved there if known), the oldest dropped beyond the bound. */
export function rememberAccount(browser: KnownBrowser, userId: string): KnownBrowser {
  const tag = tagOf(browser.salt, userId);
  const others = browser.tags.filter((t) => !timingSafeEqual(t, tag));
  return { salt: browser.salt, tags: [tag, ...others].slice(0, KNOWN_BROWSER_MAX_ACCOUNTS) };
}

/** The cookie's value, signed under the ring's current key. */
export function writeKnownBrowser(mac: ChallengeMac, browser: KnownBrowser): string {
  const keyId = new TextEncoder().encode(mac.currentKeyId);
  const body = new Uint8Array([
    VERSION,
    ...browser.salt,
    browser.tags.length,
    ...browser.tags.flatMap((t) => [...t]),
    keyId.length,
    ...keyId,
  ]);
  return toBase64Url(new Uint8Array([...body, ...mac.sign(signed(body))]));
}
