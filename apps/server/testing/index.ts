// `@sesame/server/testing`: what tests outside the server need to drive it (ADR 0026 §2.8): read the
// QR codes it draws, and play a phone over its device API. Never imported by apps/server/src.
export { decodeQrSvg, qrTextInPage } from './qr-svg';
export {
  approval,
  challengesAuthorization,
  denial,
  enrolOverDeviceApi,
  PIN,
  pinAnswer,
  registrationFor,
} from './device-client';
// A test MDS3 BLOB and the certificates around it (docs/adr/0029 §4): never the real roots' keys.
export { type TestCertificate, testBlob, testLeaf, testMdsPayload, testRoot } from '../src/webauthn/testing/test-pki';
