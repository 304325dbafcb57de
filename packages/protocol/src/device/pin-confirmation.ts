import { fromBase64Url, toBase64Url } from '../base64url';
import { type CanonicalFields, signCanonical, verifyCanonical } from './canonical';
import { at, base64url, epochSeconds, lifetime, literal, matching, record } from './fields';
import {
  OCRA_RESPONSE_PATTERN,
  OPAQUE_ID_PATTERN,
  PIN_CONFIRMATION_MAX_LIFETIME,
  QUESTION_PATTERN,
  SIGNATURE_BYTES,
} from './rules';

/**
 * Server → app, in the registration result (annex step 4: "the server checks that it is the PIN
 * chosen in step 2"). The app asks the PIN and answers with
 * OCRA(SESAME_PIN_CONFIRMATION_OCRA_SUITE, K = device secret, Q = question, P = SHA-256(PIN)).
 */
export interface PinConfirmationChallenge {
  readonly type: 'pin-confirmation-challenge';
  readonly deviceId: string;
  /** 40 lower-case hex digits (160 random bits), the OCRA question. */
  readonly question: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** App → server: the OCRA response, signed with the device key. */
export interface PinConfirmationAnswer {
  readonly type: 'pin-confirmation-answer';
  readonly deviceId: string;
  readonly ocraResponse: string;
  /** ES256 over pinConfirmationSigningFields(…), base64url of r ‖ s. */
  readonly signature: string;
}

export type UnsignedPinConfirmationAnswer = Omit<PinConfirmationAnswer, 'signature'>;

export const PIN_CONFIRMATION_LABEL = 'sesame/pin-confirmation-answer/1';

export function parsePinConfirmationChallenge(value: unknown, path = ''): PinConfirmationChallenge {
  const obj = record(value, path, ['type', 'deviceId', 'question', 'issuedAt', 'expiresAt']);
  const challenge: PinConfirmationChallenge = {
    type: literal(obj.type, at(path, 'type'), ['pin-confirmation-challenge']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
    question: matching(obj.question, at(path, 'question'), QUESTION_PATTERN),
    issuedAt: epochSeconds(obj.issuedAt, at(path, 'issuedAt')),
    expiresAt: epochSeconds(obj.expiresAt, at(path, 'expiresAt')),
  };
  lifetime(challenge.issuedAt, challenge.expiresAt, at(path, 'expiresAt'), PIN_CONFIRMATION_MAX_LIFETIME);
  return challenge;
}

export function parsePinConfirmationAnswer(value: unknown, path = ''): PinConfirmationAnswer {
  const obj = record(value, path, ['type', 'deviceId', 'ocraResponse', 'signature']);
  return {
    type: literal(obj.type, at(path, 'type'), ['pin-confirmation-answer']),
    deviceId: matching(obj.deviceId, at(path, 'deviceId'), OPAQUE_ID_PATTERN),
    ocraResponse: matching(obj.ocraResponse, at(path, 'ocraResponse'), OCRA_RESPONSE_PATTERN),
    signature: base64url(obj.signature, at(path, 'signature'), SIGNATURE_BYTES),
  };
}

/** Signed fields, in order: label, deviceId, the challenge's question, ocraResponse. */
export function pinConfirmationSigningFields(
  answer: UnsignedPinConfirmationAnswer,
  challenge: Pick<PinConfirmationChallenge, 'question'>,
): CanonicalFields {
  return [PIN_CONFIRMATION_LABEL, answer.deviceId, challenge.question, answer.ocraResponse];
}

export async function signPinConfirmationAnswer(
  privateKey: CryptoKey,
  answer: UnsignedPinConfirmationAnswer,
  challenge: Pick<PinConfirmationChallenge, 'question'>,
): Promise<PinConfirmationAnswer> {
  const signature = await signCanonical(privateKey, pinConfirmationSigningFields(answer, challenge));
  return { ...answer, signature: toBase64Url(signature) };
}

/** True when the answer is for this challenge's device and its signature verifies. */
export async function verifyPinConfirmationAnswer(
  publicKey: CryptoKey,
  answer: PinConfirmationAnswer,
  challenge: Pick<PinConfirmationChallenge, 'question' | 'deviceId'>,
): Promise<boolean> {
  if (answer.deviceId !== challenge.deviceId) return false;
  return verifyCanonical(publicKey, pinConfirmationSigningFields(answer, challenge), fromBase64Url(answer.signature));
}
