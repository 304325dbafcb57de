import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import {
  canonicalBytes,
  OCRA_MIN_KEY_BYTES,
  ocraDataInput,
  PUSH_OCRA_QUESTION_BYTES,
  type PushChallenge,
  pushOcraQuestionFields,
  SESAME_PUSH_OCRA_SUITE,
  toOcraSuite,
  truncateOcra,
} from '@sesame/protocol';

const SUITE = toOcraSuite(SESAME_PUSH_OCRA_SUITE);
/** node:crypto's name of the suite's HMAC hash ("SHA-256" → "sha256"). */
const HMAC_HASH = SUITE.hash.replace('-', '').toLowerCase();
const RESPONSE = new RegExp(`^[0-9]{${SUITE.digits}}$`);

/**
 * Whether `response` is the OCRA an approval of `challenge` with `pickedNumber` gives under the
 * device secret: what the app computes with protocol's pushOcraQuestion and computeOcra
 * (SESAME_PUSH_OCRA_SUITE: HMAC-SHA-256, 8 digits, the question a digest of what the user was
 * shown), here with node:crypto's synchronous SHA-256 and HMAC (issue 12 point 5: the Web Crypto
 * path — a digest, a key import and a signature, each a job in the thread pool — cost ~0.2 ms
 * of the answer's request). Same bytes in, same digits out (push-ocra.test.ts checks it against
 * protocol's). The comparison takes the same time whatever the response.
 */
export function pushOcraMatches(
  secret: Uint8Array,
  challenge: PushChallenge,
  pickedNumber: number,
  response: unknown,
): boolean {
  if (secret.length < OCRA_MIN_KEY_BYTES) throw new RangeError('a device secret is at least 16 bytes');
  const digest = createHash('sha256')
    .update(canonicalBytes(pushOcraQuestionFields(challenge, pickedNumber)))
    .digest();
  const question = digest.subarray(0, PUSH_OCRA_QUESTION_BYTES).toString('hex');
  const mac = createHmac(HMAC_HASH, secret).update(ocraDataInput(SUITE, { question })).digest();
  const expected = Buffer.from(truncateOcra(mac, SUITE.digits));
  const wellFormed = typeof response === 'string' && RESPONSE.test(response);
  // Compared even when malformed (against zeros), so the time does not tell the shape apart.
  const given = wellFormed ? Buffer.from(response) : Buffer.alloc(expected.length);
  return timingSafeEqual(expected, given) && wellFormed;
}
