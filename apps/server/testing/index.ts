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
// The second OpenID Connect provider the tests start as "the eID" (docs/adr/0042, 0047).
export {
  EID_CLIENT_ID,
  EID_CLIENT_SECRET,
  startTestEidProvider,
  testEidProviderConfig,
  type TestEidProvider,
} from '../test/eid-provider-kit';
