import { fromBase64Url, toBase64Url } from '../base64url';
import { bytesToHex, hexToBytes } from '../bytes';
import { importEs256PublicKey, type ServerSigningKey } from '../device/keys';
import {
  type ChallengeTimeOptions,
  checkChallengeTime,
  type OfflineChallenge,
  parseOfflineChallenge,
  verifyOfflineChallenge,
} from '../device/offline-challenge';
import { SIGNATURE_BYTES } from '../device/rules';
import { ProtocolError } from '../errors';
import type { FrameReader } from './binary';
import { expectKind, frameText, openFrame, startFrame, validated } from './frame';

/**
 * Offline challenge QR, version 1 body:
 *
 *     20 bytes  question (the QH40 OCRA question, raw)
 *     u32       issuedAt (seconds since the epoch)
 *     u16       lifetime in seconds, 1–300 (expiresAt = issuedAt + lifetime)
 *     string8   kid (≤ 8)
 *     string8   account (≤ 16)
 *     string8   relying app (UTF-8, ≤ 40 bytes)
 *     64 bytes  ES256 signature r ‖ s over offlineChallengeSigningFields
 *
 * The signature covers the decoded fields, not these bytes, so the same signed challenge can
 * also travel as JSON; decoding re-checks every field before the signature is looked at.
 */
const QUESTION_BYTES = 20;

export function encodeOfflineChallengeQr(challenge: OfflineChallenge): string {
  const c = parseOfflineChallenge(challenge);
  return frameText(
    startFrame('offline-challenge')
      .raw(hexToBytes(c.question)!)
      .u32(c.issuedAt)
      .u16(c.expiresAt - c.issuedAt)
      .string8(c.kid)
      .string8(c.account)
      .string8(c.relyingApp)
      .raw(fromBase64Url(c.signature)),
  );
}

export function readOfflineChallengeBody(reader: FrameReader): OfflineChallenge {
  const question = bytesToHex(reader.raw(QUESTION_BYTES, 'question'));
  const issuedAt = reader.u32('issuedAt');
  const expiresAt = issuedAt + reader.u16('lifetime');
  const kid = reader.string8('kid');
  const account = reader.string8('account');
  const relyingApp = reader.string8('relyingApp');
  const signature = toBase64Url(reader.raw(SIGNATURE_BYTES, 'signature'));
  reader.end();
  return validated(() =>
    parseOfflineChallenge({
      type: 'offline-challenge',
      kid,
      account,
      relyingApp,
      question,
      issuedAt,
      expiresAt,
      signature,
    }),
  );
}

/** Decodes an offline challenge QR WITHOUT checking its signature (see verifyOfflineChallengeQr). */
export function decodeOfflineChallengeQr(text: string): OfflineChallenge {
  const { kind, reader } = openFrame(text);
  expectKind(kind, 'offline-challenge');
  return readOfflineChallengeBody(reader);
}

export interface VerifyOfflineChallengeQrOptions extends ChallengeTimeOptions {
  /** The server signing keys the app received at registration. */
  readonly keys: readonly ServerSigningKey[];
}

/**
 * What the app does with a scanned offline QR, offline: decode, find the server key by `kid`,
 * check the ES256 signature, then the times. Only a challenge that passes all four is shown.
 * Errors: ERR_QR_* (not ours, or damaged), ERR_KEY_UNKNOWN, ERR_SIGNATURE_INVALID,
 * ERR_CHALLENGE_EXPIRED, ERR_CHALLENGE_NOT_YET_VALID.
 */
export async function verifyOfflineChallengeQr(
  text: string,
  options: VerifyOfflineChallengeQrOptions,
): Promise<OfflineChallenge> {
  const challenge = decodeOfflineChallengeQr(text);
  const jwk = options.keys.find((key) => key.kid === challenge.kid);
  if (!jwk) throw new ProtocolError('ERR_KEY_UNKNOWN', { field: 'kid' });
  const publicKey = await importEs256PublicKey(jwk);
  if (!(await verifyOfflineChallenge(publicKey, challenge))) throw new ProtocolError('ERR_SIGNATURE_INVALID');
  checkChallengeTime(challenge, options);
  return challenge;
}
