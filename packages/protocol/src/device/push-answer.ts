import { fromBase64Url, toBase64Url } from '../base64url';
import { bytesToHex } from '../bytes';
import { type CanonicalFields, canonicalBytes, signCanonical, verifyCanonical } from './canonical';
import { at, base64url, fail, integer, literal, matching, record } from './fields';
import { NUMBER_MATCH_MAX, NUMBER_MATCH_MIN } from './number-matching';
import type { PushChallenge } from './push-challenge';
import { OCRA_RESPONSE_PATTERN, OPAQUE_ID_PATTERN, RANDOM_MAX_BYTES, RANDOM_MIN_BYTES, SIGNATURE_BYTES } from './rules';

export const PUSH_DECISIONS = ['approve', 'deny', 'report'] as const;
/** `report` is "this wasn't me": deny, and tell the security team. */
export type PushDecision = (typeof PUSH_DECISIONS)[number];

/**
 * App → server: the answer to a push challenge. An approval carries the number the user picked
 * and the OCRA response, which needs the PIN (the PIN decrypts the device secret); a denial or
 * a report needs neither — nobody should have to type a PIN to say no — and carries neither.
 * Every answer is signed with the device key.
 */
export interface PushAnswer {
  readonly type: 'push-answer';
  readonly deviceId: string;
  readonly challengeId: string;
  readonly decision: PushDecision;
  /** Approve only: the number the user picked among the candidates. */
  readonly pickedNumber?: number;
  /** Approve only: OCRA(SESAME_PUSH_OCRA_SUITE, device secret, pushOcraQuestion(challenge, pickedNumber)). */
  readonly ocraResponse?: string;
  /** ES256 over pushAnswerSigningFields(…), base64url of r ‖ s. */
  readonly signature: string;
}

export type UnsignedPushAnswer = Omit<PushAnswer, 'signature'>;

export const PUSH_ANSWER_LABEL = 'sesame/push-answer/1';
export const PUSH_OCRA_LABEL = 'sesame/push-ocra/1';

export function parsePushAnswer(value: unknown, path = ''): PushAnswer {
  const obj = record(
    value,
    path,
    ['type', 'deviceId', 'challengeId', 'decision', 'signature'],
    ['pickedNumber', 'ocraResponse'],
  );
  const type = literal(obj.type, at(path, 'type'), ['push-answer']);
  const deviceId = matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN);
  const challengeId = base64url(obj.challengeId, at(path, 'challengeId'), RANDOM_MIN_BYTES, RANDOM_MAX_BYTES);
  const decision = literal(obj.decision, at(path, 'decision'), PUSH_DECISIONS);
  let approval = {};
  if (decision === 'approve') {
    approval = {
      pickedNumber: integer(obj.pickedNumber, at(path, 'pickedNumber'), NUMBER_MATCH_MIN, NUMBER_MATCH_MAX),
      ocraResponse: matching(obj.ocraResponse, at(path, 'ocraResponse'), OCRA_RESPONSE_PATTERN),
    };
  } else {
    if (obj.pickedNumber !== undefined) fail(at(path, 'pickedNumber'), 'unexpected');
    if (obj.ocraResponse !== undefined) fail(at(path, 'ocraResponse'), 'unexpected');
  }
  const signature = base64url(obj.signature, at(path, 'signature'), SIGNATURE_BYTES);
  return { type, deviceId, challengeId, decision, ...approval, signature };
}

/**
 * Signed fields, in order: label, deviceId, challengeId, the challenge's nonce (the server
 * supplies it from its record: it is not sent back), decision, pickedNumber in decimal,
 * ocraResponse ("" for both when the decision is not approve).
 */
export function pushAnswerSigningFields(
  answer: UnsignedPushAnswer,
  challenge: Pick<PushChallenge, 'nonce'>,
): CanonicalFields {
  return [
    PUSH_ANSWER_LABEL,
    answer.deviceId,
    answer.challengeId,
    challenge.nonce,
    answer.decision,
    answer.pickedNumber === undefined ? '' : String(answer.pickedNumber),
    answer.ocraResponse ?? '',
  ];
}

export async function signPushAnswer(
  privateKey: CryptoKey,
  answer: UnsignedPushAnswer,
  challenge: Pick<PushChallenge, 'nonce'>,
): Promise<PushAnswer> {
  const signature = await signCanonical(privateKey, pushAnswerSigningFields(answer, challenge));
  return { ...answer, signature: toBase64Url(signature) };
}

/**
 * True when the answer names this challenge and this device and its signature verifies. The
 * number and the OCRA response are the caller's next checks (and its single-use consumption).
 */
export async function verifyPushAnswer(
  publicKey: CryptoKey,
  answer: PushAnswer,
  challenge: Pick<PushChallenge, 'nonce' | 'challengeId' | 'deviceId'>,
): Promise<boolean> {
  if (answer.challengeId !== challenge.challengeId || answer.deviceId !== challenge.deviceId) return false;
  return verifyCanonical(publicKey, pushAnswerSigningFields(answer, challenge), fromBase64Url(answer.signature));
}

/**
 * The OCRA question of an approval: the first 20 bytes, in lower-case hex (QH40), of
 * SHA-256(canonical(label, deviceId, account, challengeId, nonce, relyingApp, browser, ip,
 * place or "", issuedAt, expiresAt, candidates joined by ",", pickedNumber)).
 * So the PIN-dependent response covers everything the user was shown and the number chosen —
 * RFC 6287's signature use, where Q is a digest of the data being approved.
 */
export async function pushOcraQuestion(challenge: PushChallenge, pickedNumber: number): Promise<string> {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', canonicalBytes(pushOcraQuestionFields(challenge, pickedNumber))),
  );
  return bytesToHex(digest.subarray(0, PUSH_OCRA_QUESTION_BYTES));
}

/** The bytes of the question that pushOcraQuestion takes from its digest (QH40: 20 bytes). */
export const PUSH_OCRA_QUESTION_BYTES = 20;

/** The fields pushOcraQuestion digests, in order (a server may digest them by other means). */
export function pushOcraQuestionFields(challenge: PushChallenge, pickedNumber: number): CanonicalFields {
  return [
    PUSH_OCRA_LABEL,
    challenge.deviceId,
    challenge.account,
    challenge.challengeId,
    challenge.nonce,
    challenge.relyingApp,
    challenge.browser,
    challenge.ip,
    challenge.place ?? '',
    String(challenge.issuedAt),
    String(challenge.expiresAt),
    challenge.candidates.join(','),
    String(pickedNumber),
  ];
}
