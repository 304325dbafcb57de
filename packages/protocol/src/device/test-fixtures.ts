/** Valid messages for the device/ and qr/ tests. Not exported by the package. */
import { expect } from 'vitest';
import { toBase64Url } from '../base64url';
import { isProtocolError, type ProtocolErrorCode } from '../errors';
import type { EnrolmentPayload } from './enrolment';
import type { UnsignedOfflineChallenge } from './offline-challenge';
import type { PushChallenge } from './push-challenge';

export const bytes = (n: number, fill = 7) => new Uint8Array(n).fill(fill);
export const b64 = (n: number, fill = 7) => toBase64Url(bytes(n, fill));

export const DEVICE_ID = 'dev_0123456789abcdef';
export const INSTALLATION_ID = '3f2c1b7e-8a4d-4c2b-9e1f-0a1b2c3d4e5f';
export const QUESTION = '00112233445566778899aabbccddeeff00112233';
export const NOW = 1_750_000_000;

export const enrolment: EnrolmentPayload = {
  type: 'enrolment',
  server: 'https://sesame.example.org',
  account: 'n0025vuz',
  deviceName: 'Pixel-de-Marie',
  token: b64(16, 1),
  expiresAt: NOW + 600,
};

export const pushChallenge: PushChallenge = {
  type: 'push-challenge',
  deviceId: DEVICE_ID,
  account: 'n0025vuz',
  challengeId: b64(16, 2),
  nonce: b64(16, 3),
  relyingApp: 'TRACES NT (démo)',
  browser: 'Firefox 128 on Windows',
  ip: '192.0.2.10',
  place: 'Lyon, France',
  issuedAt: NOW,
  expiresAt: NOW + 120,
  candidates: [42, 17, 86],
};

export const offlineChallenge: UnsignedOfflineChallenge = {
  type: 'offline-challenge',
  kid: 'k1',
  account: 'n0025vuz',
  relyingApp: 'TRACES NT (démo)',
  question: QUESTION,
  issuedAt: NOW,
  expiresAt: NOW + 300,
};

/** Asserts a ProtocolError with this code and these details. */
export function expectProtocolError(
  run: () => unknown,
  code: ProtocolErrorCode,
  details?: { field?: string; reason?: string },
): void {
  try {
    run();
  } catch (error) {
    expect(isProtocolError(error, code), `expected ${code}, got ${String(error)}`).toBe(true);
    if (details) expect((error as { details: unknown }).details).toEqual(details);
    return;
  }
  expect.unreachable(`expected ${code}`);
}

export async function expectProtocolRejection(run: () => Promise<unknown>, code: ProtocolErrorCode): Promise<void> {
  await expect(run()).rejects.toSatisfy((error) => isProtocolError(error, code));
}
