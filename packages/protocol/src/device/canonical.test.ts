import { describe, expect, it } from 'vitest';
import { fromBase64Url } from '../base64url';
import { bytesToHex, utf8 } from '../bytes';
import { isProtocolError } from '../errors';
import { canonicalBytes, ES256_PARAMS, signCanonical, verifyCanonical } from './canonical';
import { generateEs256KeyPair, importEs256PublicKey } from './keys';

describe('canonical byte string', () => {
  it('is each field as a 4-byte big-endian UTF-8 length and its bytes', () => {
    expect(bytesToHex(canonicalBytes(['sesame/x/1', 'ab', '', 'é', '€']))).toBe(
      [
        '0000000a' + '736573616d652f782f31', // "sesame/x/1"
        '00000002' + '6162', // "ab"
        '00000000', // ""
        '00000002' + 'c3a9', // "é": two UTF-8 bytes, one character
        '00000003' + 'e282ac', // "€"
      ].join(''),
    );
    expect(canonicalBytes([])).toHaveLength(0);
  });

  it('is injective: moving a boundary or a field changes the bytes', () => {
    const hex = (f: string[]) => bytesToHex(canonicalBytes(f));
    expect(hex(['ab', 'c'])).not.toBe(hex(['a', 'bc']));
    expect(hex(['a', ''])).not.toBe(hex(['a']));
    expect(hex(['', 'a'])).not.toBe(hex(['a', '']));
  });

  it('refuses strings with a lone surrogate (they would encode like U+FFFD)', () => {
    expect(() => canonicalBytes(['ok', 'bad\uD800'])).toThrow(expect.objectContaining({ code: 'ERR_MESSAGE_INVALID' }));
    try {
      canonicalBytes(['\uDC00x']);
      expect.unreachable();
    } catch (error) {
      expect(isProtocolError(error, 'ERR_MESSAGE_INVALID')).toBe(true);
    }
    expect(bytesToHex(canonicalBytes(['😀']))).toBe('00000004f09f9880');
  });
});

describe('signCanonical / verifyCanonical (ES256 over Web Crypto)', () => {
  const fields = ['sesame/test/1', 'device', '42'];

  it('produces 64-byte r ‖ s signatures that verify, and fail on any change', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    expect(privateKey.extractable).toBe(false);
    const signature = await signCanonical(privateKey, fields);
    expect(signature).toHaveLength(64);
    expect(await verifyCanonical(publicKey, fields, signature)).toBe(true);
    expect(await verifyCanonical(publicKey, ['sesame/test/1', 'device', '43'], signature)).toBe(false);
    expect(await verifyCanonical(publicKey, ['sesame/test/1', 'devic', 'e42'], signature)).toBe(false);
    const flipped = new Uint8Array(signature);
    flipped[10]! ^= 1;
    expect(await verifyCanonical(publicKey, fields, flipped)).toBe(false);
    expect(await verifyCanonical(publicKey, fields, signature.subarray(0, 63))).toBe(false);
    const other = await generateEs256KeyPair();
    expect(await verifyCanonical(other.publicKey, fields, signature)).toBe(false);
  });

  it('uses the JWS ES256 signature format (RFC 7515 Appendix A.3 verifies)', async () => {
    const key = await importEs256PublicKey({
      kty: 'EC',
      crv: 'P-256',
      x: 'f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU',
      y: 'x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0',
    });
    const signingInput =
      'eyJhbGciOiJFUzI1NiJ9.' +
      'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ';
    const signature = fromBase64Url(
      'DtEhU3ljbEg8L38VWAfUAqOyKAM6-Xx-F4GawxaepmXFCgfTjDxw5djxLa8ISlSApmWQxfKTUJqPP3-Kg6NU1Q',
    );
    expect(signature).toHaveLength(64);
    expect(await crypto.subtle.verify(ES256_PARAMS, key, new Uint8Array(signature), utf8(signingInput))).toBe(true);
  });
});
