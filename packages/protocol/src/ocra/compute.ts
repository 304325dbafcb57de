import { bytesToHex } from '../bytes';
import { type OcraInput, ocraDataInput } from './data-input';
import { checkOcraKey, importOcraKey } from './key';
import { type OcraSuite, toOcraSuite } from './suite';

/**
 * RFC 4226 §5.3 dynamic truncation, as RFC 6287 §5.2 applies it to the HMAC of any size: the low
 * nibble of the last byte is an offset, the 31 bits from there are reduced modulo 10^digits and
 * left-padded with zeros. With 10 digits the modulus exceeds 2^31, so the value is the 31 bits.
 */
export function truncateOcra(mac: Uint8Array, digits: number): string {
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/**
 * OCRA = CryptoFunction(K, DataInput) (RFC 6287 §5.1, §5.2): HMAC over the DataInput with the
 * suite's hash, then truncation to `t` digits; `t = 0` gives the full HMAC in lower-case hex.
 * `key` is the raw shared secret (≥ 16 bytes) or an HMAC CryptoKey for the suite's hash.
 */
export async function computeOcra(
  suite: OcraSuite | string,
  key: Uint8Array | CryptoKey,
  input: OcraInput,
): Promise<string> {
  const s = toOcraSuite(suite);
  const data = ocraDataInput(s, input);
  let hmacKey: CryptoKey;
  if (key instanceof Uint8Array) hmacKey = await importOcraKey(s, key);
  else {
    checkOcraKey(s, key);
    hmacKey = key;
  }
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, data));
  return s.digits === 0 ? bytesToHex(mac) : truncateOcra(mac, s.digits);
}
