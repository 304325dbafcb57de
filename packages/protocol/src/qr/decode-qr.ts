import type { EnrolmentPayload } from '../device/enrolment';
import type { OfflineChallenge } from '../device/offline-challenge';
import { readEnrolmentBody } from './enrolment-qr';
import { openFrame } from './frame';
import { readOfflineChallengeBody } from './offline-challenge-qr';

export type QrPayload =
  | { readonly kind: 'enrolment'; readonly payload: EnrolmentPayload }
  /** Not yet verified: pass the text to verifyOfflineChallengeQr before showing anything. */
  | { readonly kind: 'offline-challenge'; readonly payload: OfflineChallenge };

/**
 * Decodes any Sésame QR (the app's scanner does not know in advance which one it sees).
 * Checks the shape of every field; does not check signatures.
 */
export function decodeQr(text: string): QrPayload {
  const { kind, reader } = openFrame(text);
  switch (kind) {
    case 'enrolment':
      return { kind, payload: readEnrolmentBody(reader) };
    case 'offline-challenge':
      return { kind, payload: readOfflineChallengeBody(reader) };
  }
}
