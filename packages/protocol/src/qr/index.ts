export { QR_FORMAT_VERSION, QR_KIND_CODES, QR_V10_M_BYTE_CAPACITY, QR_TEXT_MAX_LENGTH, type QrKind } from './format';
export { encodeEnrolmentQr, decodeEnrolmentQr } from './enrolment-qr';
export {
  encodeOfflineChallengeQr,
  decodeOfflineChallengeQr,
  verifyOfflineChallengeQr,
  type VerifyOfflineChallengeQrOptions,
} from './offline-challenge-qr';
export { decodeQr, type QrPayload } from './decode-qr';
