import { describe, expect, it } from 'vitest';
import { isAuthenticatorError } from '../errors';
import { checkPin, openSecret, PIN_KDF_ITERATIONS, sealSecret } from './sealed-secret';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const allPins = Array.from({ length: 10_000 }, (_, i) => String(i).padStart(4, '0'));

describe('the device secret sealed under the PIN (design §5, tiqr)', () => {
  it('opens with each of the 10 000 PINs without an error; only the right one gives the secret', async () => {
    // One PBKDF2 iteration: the property is the construction's, not the iteration count's, and
    // 10^4 × 25 000 iterations would take minutes. The sample below runs the real count.
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const sealed = await sealSecret(secret, '4071', 1);
    const opened = new Set<string>();
    let right = 0;
    for (const pin of allPins) {
      const candidate = await openSecret(sealed, pin);
      expect(candidate).toBeInstanceOf(Uint8Array);
      expect(candidate.length).toBe(32);
      if (hex(candidate) === hex(secret)) {
        expect(pin).toBe('4071');
        right++;
      }
      opened.add(hex(candidate));
    }
    expect(right).toBe(1);
    // Ten thousand different 32-byte values: no PIN stands out by what it opens.
    expect(opened.size).toBe(10_000);
  });

  it('does the same at the real iteration count, on a sample of wrong PINs', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const sealed = await sealSecret(secret, '1234');
    expect(sealed.iterations).toBe(PIN_KDF_ITERATIONS);
    expect(PIN_KDF_ITERATIONS).toBe(25_000);
    expect(await openSecret(sealed, '1234')).toEqual(secret);
    for (const pin of ['0000', '1233', '1235', '4321', '9999']) {
      const wrong = await openSecret(sealed, pin);
      expect(wrong.length).toBe(32);
      expect(wrong).not.toEqual(secret);
    }
  });

  it('stores no verifier: salt, ciphertext and iteration count, nothing else', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const sealed = await sealSecret(secret, '1234', 1);
    expect(Object.keys(sealed).sort()).toEqual(['ciphertext', 'iterations', 'salt']);
    expect(sealed.salt.length).toBe(16);
    // No tag, no header, no padding: exactly the secret's length.
    expect(sealed.ciphertext.length).toBe(32);
    expect(sealed.ciphertext).not.toEqual(secret);
    const pinHash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode('1234')));
    for (const field of [sealed.salt, sealed.ciphertext]) expect(hex(field)).not.toContain(hex(pinHash).slice(0, 8));
  });

  it('draws a fresh salt for every seal, so no key encrypts twice', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const a = await sealSecret(secret, '1234', 1);
    const b = await sealSecret(secret, '1234', 1);
    expect(a.salt).not.toEqual(b.salt);
    expect(a.ciphertext).not.toEqual(b.ciphertext);
  });

  it('refuses a PIN that is not 4 digits (shape only) and a secret that is not 32 bytes', async () => {
    const thrown = (pin: string) => {
      try {
        checkPin(pin);
      } catch (error) {
        return isAuthenticatorError(error) ? error.code : error;
      }
      return 'nothing';
    };
    for (const pin of ['123', '12345', '12a4', ' 1234', '١٢٣٤']) expect(thrown(pin)).toBe('ERR_PIN_INVALID');
    expect(thrown('0000')).toBe('nothing');
    await expect(sealSecret(new Uint8Array(16), '1234', 1)).rejects.toThrow(RangeError);
  });
});
