import { fromBase64Url, toBase64Url } from '../base64url';
import { type EnrolmentPayload, parseEnrolmentPayload } from '../device/enrolment';
import type { FrameReader } from './binary';
import { expectKind, frameText, openFrame, startFrame, validated } from './frame';

/**
 * Enrolment QR, version 1 body:
 *
 *     string8  server origin (ASCII, ≤ 64)
 *     string8  account (≤ 16)
 *     string8  device name (UTF-8, ≤ 32 bytes)
 *     bytes8   enrolment token (16–32 bytes)
 *     u32      expiresAt (seconds since the epoch)
 *
 * At the limits: 2 + 65 + 17 + 33 + 33 + 4 = 154 bytes → 206 characters (QR version 10, M).
 */
export function encodeEnrolmentQr(payload: EnrolmentPayload): string {
  const p = parseEnrolmentPayload(payload);
  return frameText(
    startFrame('enrolment')
      .string8(p.server)
      .string8(p.account)
      .string8(p.deviceName)
      .bytes8(fromBase64Url(p.token))
      .u32(p.expiresAt),
  );
}

export function readEnrolmentBody(reader: FrameReader): EnrolmentPayload {
  const server = reader.string8('server');
  const account = reader.string8('account');
  const deviceName = reader.string8('deviceName');
  const token = toBase64Url(reader.bytes8('token'));
  const expiresAt = reader.u32('expiresAt');
  reader.end();
  return validated(() => parseEnrolmentPayload({ type: 'enrolment', server, account, deviceName, token, expiresAt }));
}

/** Decodes an enrolment QR; ERR_QR_KIND_UNEXPECTED for another Sésame QR. */
export function decodeEnrolmentQr(text: string): EnrolmentPayload {
  const { kind, reader } = openFrame(text);
  expectKind(kind, 'enrolment');
  return readEnrolmentBody(reader);
}
