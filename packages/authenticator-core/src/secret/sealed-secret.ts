import { DEVICE_SECRET_BYTES } from '@sesame/protocol';
import { AuthenticatorError } from '../errors';

/**
 * The device secret at rest — the heart of the tiqr design (design §5 "Secrets and the PIN";
 * NIST SP 800-63B rev 4 §3.2.10: the authenticator "SHALL use the activation secret to derive a
 * key used to decrypt the authentication key"):
 *
 *     K      = PBKDF2-HMAC-SHA256(PIN, salt, iterations), 256 bits
 *     sealed = AES-256-CTR(K, counter block 0, device secret)
 *
 * Nothing stored tells a right PIN from a wrong one, on purpose. No authentication tag (AES-GCM's,
 * or a MAC): it would let whoever copies the record test the 10^4 PINs offline in seconds. No
 * hash of the PIN. No known plaintext: only the 32 uniformly random secret bytes are encrypted.
 * Opening with a wrong PIN therefore yields 32 other random-looking bytes and never fails; the
 * OCRA answer made with them is wrong, and only the server can tell — it blocks the device after
 * 5 wrong answers in a row.
 *
 * - Counter block 0: every seal draws a fresh 16-byte salt, so every derived key encrypts exactly
 *   one 32-byte message (NIST SP 800-38A §6.5 only asks counter blocks to be unique per key).
 * - 25 000 iterations. The count does not make 4 digits hard to guess (10^4 PINs × 2.5·10^4
 *   HMACs take seconds): what protects the PIN is the absence of a verifier. It only slows the
 *   one attack left — the record plus one observed question/response pair (see the protocol's
 *   ocra/sesame-suites.ts) — and bulk attacks on many stolen records. Issue #5 asks for a code
 *   within 50 ms of the PIN on a phone 4× slower than a laptop: bench:offline measured the
 *   unsealing at ~16 ms (p50) per 100 000 iterations in desktop Chromium, so 100 000 would take
 *   ~64 ms on such a phone and 25 000 takes ~16. It is stored with the record, so it can be
 *   raised for new seals.
 */
export interface SealedSecret {
  readonly iterations: number;
  /** 16 random bytes, fresh for every seal. */
  readonly salt: Uint8Array;
  /** 32 bytes: the device secret XOR the AES-CTR key stream. */
  readonly ciphertext: Uint8Array;
}

export const PIN_KDF_ITERATIONS = 25_000;
export const PIN_SALT_BYTES = 16;

const PIN = /^[0-9]{4}$/;

/** Annex step 2: a 4-digit PIN. A shape check only. */
export function checkPin(pin: string): void {
  if (typeof pin !== 'string' || !PIN.test(pin)) throw new AuthenticatorError('ERR_PIN_INVALID');
}

async function pinKey(pin: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  checkPin(pin);
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    material,
    { name: 'AES-CTR', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const CTR = { name: 'AES-CTR', counter: new Uint8Array(16), length: 64 } as const;

/** `iterations` is a parameter for the tests that try all 10^4 PINs; the app uses the default. */
export async function sealSecret(
  secret: Uint8Array,
  pin: string,
  iterations = PIN_KDF_ITERATIONS,
): Promise<SealedSecret> {
  if (secret.length !== DEVICE_SECRET_BYTES) throw new RangeError(`the device secret is ${DEVICE_SECRET_BYTES} bytes`);
  const salt = crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  const key = await pinKey(pin, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt(CTR, key, new Uint8Array(secret)));
  return { iterations, salt, ciphertext };
}

/** The secret for this PIN — the right one only for the right PIN; never an error for a wrong one. */
export async function openSecret(sealed: SealedSecret, pin: string): Promise<Uint8Array> {
  const key = await pinKey(pin, sealed.salt, sealed.iterations);
  return new Uint8Array(await crypto.subtle.decrypt(CTR, key, new Uint8Array(sealed.ciphertext)));
}

/**
 * Opens the secret, lends it to `use`, then overwrites it. NIST SP 800-63B rev 4 §3.1.3.4 wants
 * the activation secret zeroized after use: a JS string (the PIN) cannot be overwritten, the
 * bytes it unlocks can.
 */
export async function withSecret<T>(sealed: SealedSecret, pin: string, use: (secret: Uint8Array) => Promise<T>) {
  const secret = await openSecret(sealed, pin);
  try {
    return await use(secret);
  } finally {
    secret.fill(0);
  }
}
