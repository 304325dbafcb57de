import { type KeyObject, verify } from 'node:crypto';
import {
  canonicalBytes,
  fromBase64Url,
  type PushAnswer,
  pushAnswerSigningFields,
  type PushChallenge,
} from '@sesame/protocol';

/**
 * protocol's verifyPushAnswer, with node:crypto's synchronous verify (issue 12 point 5: Web
 * Crypto's verify is a job in the thread pool; this spares the hop). The same verdicts over the
 * same bytes: the answer names this challenge and this device, and its 64-byte r ‖ s signature
 * (IEEE P1363, JWS ES256) over canonical(pushAnswerSigningFields) verifies under the device's
 * P-256 key — ECDSA with SHA-256. Any other length is false; a malformed field throws, as
 * canonicalBytes does for protocol's. Signatures are malleable: never a replay key (canonical.ts).
 */
export function verifyPushAnswerSignature(
  publicKey: KeyObject,
  answer: PushAnswer,
  challenge: Pick<PushChallenge, 'nonce' | 'challengeId' | 'deviceId'>,
): boolean {
  if (answer.challengeId !== challenge.challengeId || answer.deviceId !== challenge.deviceId) return false;
  const signature = fromBase64Url(answer.signature);
  if (signature.length !== 64) return false;
  const signed = canonicalBytes(pushAnswerSigningFields(answer, challenge));
  return verify('sha256', signed, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature);
}
