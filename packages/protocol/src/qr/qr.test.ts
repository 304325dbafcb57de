import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../base64url';
import { bytesToHex, hexToBytes } from '../bytes';
import { exportEs256PublicJwk, generateEs256KeyPair, type ServerSigningKey } from '../device/keys';
import { type OfflineChallenge, signOfflineChallenge } from '../device/offline-challenge';
import {
  b64,
  enrolment,
  expectProtocolError,
  expectProtocolRejection,
  NOW,
  offlineChallenge,
} from '../device/test-fixtures';
import { isProtocolError } from '../errors';
import { decodeQr } from './decode-qr';
import { decodeEnrolmentQr, encodeEnrolmentQr } from './enrolment-qr';
import { QR_V10_M_BYTE_CAPACITY } from './format';
import { decodeOfflineChallengeQr, encodeOfflineChallengeQr, verifyOfflineChallengeQr } from './offline-challenge-qr';

const hexOf = (text: string) => bytesToHex(fromBase64Url(text));
const asText = (hex: string) => toBase64Url(hexToBytes(hex)!);
const ascii = (s: string) => bytesToHex(new TextEncoder().encode(s));
const at = (seconds: number) => new Date(seconds * 1000);

async function serverKey(kid = 'k1') {
  const { privateKey, publicKey } = await generateEs256KeyPair();
  const jwk: ServerSigningKey = { ...(await exportEs256PublicJwk(publicKey)), kid, alg: 'ES256', use: 'sig' };
  return { privateKey, jwk };
}

describe('enrolment QR (format version 1)', () => {
  it('encodes to the documented frame (golden vector)', () => {
    const text = encodeEnrolmentQr(enrolment);
    expect(hexOf(text)).toBe(
      [
        '01', // version
        '01', // kind: enrolment
        '1a' + ascii('https://sesame.example.org'),
        '08' + ascii('n0025vuz'),
        '0e' + ascii('Pixel-de-Marie'),
        '10' + '01'.repeat(16), // token
        '684ee3d8', // expiresAt = 1750000600
      ].join(''),
    );
    expect(decodeEnrolmentQr(text)).toEqual(enrolment);
    expect(decodeQr(text)).toEqual({ kind: 'enrolment', payload: enrolment });
  });

  it('stays within a version-10 QR at level M at every field limit', () => {
    const largest = {
      ...enrolment,
      server: `https://${'s'.repeat(48)}.example`,
      account: 'n'.repeat(16),
      deviceName: 'é'.repeat(16),
      token: b64(32),
    };
    expect(largest.server).toHaveLength(64);
    const text = encodeEnrolmentQr(largest);
    expect(text.length).toBeLessThanOrEqual(QR_V10_M_BYTE_CAPACITY);
    expect(decodeEnrolmentQr(text)).toEqual(largest);
  });

  it('refuses to encode an invalid payload', () => {
    expectProtocolError(() => encodeEnrolmentQr({ ...enrolment, deviceName: 'a b' }), 'ERR_MESSAGE_INVALID', {
      field: 'deviceName',
      reason: 'malformed',
    });
  });

  it('reports invalid fields of a decoded frame as ERR_QR_MALFORMED with the field', () => {
    const text = encodeEnrolmentQr(enrolment);
    const hex = hexOf(text).replace(ascii('https://'), ascii('ftp://ab'));
    expectProtocolError(() => decodeEnrolmentQr(asText(hex)), 'ERR_QR_MALFORMED', {
      field: 'server',
      reason: 'not_allowed',
    });
    // Invalid UTF-8 in the device name.
    const badUtf8 = hexOf(text).replace(ascii('Pixel-de-Marie'), `ff${ascii('ixel-de-Marie')}`);
    expectProtocolError(() => decodeEnrolmentQr(asText(badUtf8)), 'ERR_QR_MALFORMED', {
      field: 'deviceName',
      reason: 'malformed',
    });
  });
});

describe('offline challenge QR (format version 1)', () => {
  const fixedSignature: OfflineChallenge = {
    ...offlineChallenge,
    signature: toBase64Url(new Uint8Array(64).fill(0xab)),
  };

  it('encodes to the documented frame (golden vector)', () => {
    const text = encodeOfflineChallengeQr(fixedSignature);
    expect(hexOf(text)).toBe(
      [
        '01', // version
        '02', // kind: offline challenge
        '00112233445566778899aabbccddeeff00112233', // question, 20 bytes
        '684ee180', // issuedAt = 1750000000
        '012c', // lifetime = 300 s
        '02' + ascii('k1'),
        '08' + ascii('n0025vuz'),
        '11' + bytesToHex(new TextEncoder().encode('TRACES NT (démo)')),
        'ab'.repeat(64), // signature r ‖ s
      ].join(''),
    );
    expect(decodeOfflineChallengeQr(text)).toEqual(fixedSignature);
    expect(decodeQr(text)).toEqual({ kind: 'offline-challenge', payload: fixedSignature });
  });

  it('is under 200 characters for a typical challenge and fits QR version 10-M at the limits', () => {
    const typical = encodeOfflineChallengeQr(fixedSignature);
    expect(typical).toHaveLength(163);
    const largest = encodeOfflineChallengeQr({
      ...fixedSignature,
      kid: 'k'.repeat(8),
      account: 'n'.repeat(16),
      relyingApp: 'é'.repeat(20),
    });
    expect(largest).toHaveLength(212);
    expect(largest.length).toBeLessThanOrEqual(QR_V10_M_BYTE_CAPACITY);
  });

  it('round-trips a server-signed challenge and verifies it offline', async () => {
    const { privateKey, jwk } = await serverKey();
    const other = await serverKey('k0');
    const text = encodeOfflineChallengeQr(await signOfflineChallenge(privateKey, offlineChallenge));
    const verified = await verifyOfflineChallengeQr(text, { keys: [other.jwk, jwk], now: at(NOW + 30) });
    expect(verified).toMatchObject(offlineChallenge);
  });

  it('rejects every one-bit change anywhere in the payload', async () => {
    const { privateKey, jwk } = await serverKey();
    const bytes = fromBase64Url(encodeOfflineChallengeQr(await signOfflineChallenge(privateKey, offlineChallenge)));
    let rejected = 0;
    for (let i = 0; i < bytes.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const tampered = new Uint8Array(bytes);
        tampered[i]! ^= bit;
        try {
          await verifyOfflineChallengeQr(toBase64Url(tampered), { keys: [jwk], now: at(NOW + 30) });
        } catch (error) {
          expect(isProtocolError(error)).toBe(true);
          rejected++;
        }
      }
    }
    expect(rejected).toBe(bytes.length * 2);
  });

  it('rejects a challenge signed by another key under the same kid, an unknown kid, and a dead one', async () => {
    const { privateKey, jwk } = await serverKey();
    const impostor = await serverKey();
    const forged = encodeOfflineChallengeQr(await signOfflineChallenge(impostor.privateKey, offlineChallenge));
    await expectProtocolRejection(
      () => verifyOfflineChallengeQr(forged, { keys: [jwk], now: at(NOW) }),
      'ERR_SIGNATURE_INVALID',
    );
    const text = encodeOfflineChallengeQr(await signOfflineChallenge(privateKey, offlineChallenge));
    await expectProtocolRejection(
      () => verifyOfflineChallengeQr(text, { keys: [{ ...jwk, kid: 'k9' }] }),
      'ERR_KEY_UNKNOWN',
    );
    await expectProtocolRejection(
      () => verifyOfflineChallengeQr(text, { keys: [jwk], now: at(NOW + 3600) }),
      'ERR_CHALLENGE_EXPIRED',
    );
    await expectProtocolRejection(
      () => verifyOfflineChallengeQr(text, { keys: [jwk], now: at(NOW - 3600) }),
      'ERR_CHALLENGE_NOT_YET_VALID',
    );
  });

  it('rejects a zero lifetime or one over 5 minutes in the frame', () => {
    const hex = hexOf(encodeOfflineChallengeQr(fixedSignature));
    for (const lifetime of ['0000', '012d']) {
      expectProtocolError(
        () => decodeOfflineChallengeQr(asText(hex.replace('684ee180012c', `684ee180${lifetime}`))),
        'ERR_QR_MALFORMED',
        {
          field: 'expiresAt',
          reason: 'out_of_range',
        },
      );
    }
  });
});

describe('QR framing errors', () => {
  const offline = encodeOfflineChallengeQr({ ...offlineChallenge, signature: b64(64) });
  const body = hexOf(offline).slice(4);

  it('rejects unknown versions and kinds with their own codes', () => {
    expectProtocolError(() => decodeQr(asText(`02${'02'}${body}`)), 'ERR_QR_VERSION_UNSUPPORTED', {
      field: 'version',
      reason: 'unsupported',
    });
    expectProtocolError(() => decodeQr(asText('00')), 'ERR_QR_VERSION_UNSUPPORTED');
    expectProtocolError(() => decodeQr(asText(`01${'09'}${body}`)), 'ERR_QR_KIND_UNKNOWN', {
      field: 'kind',
      reason: 'unsupported',
    });
    expectProtocolError(() => decodeQr(asText('0100')), 'ERR_QR_KIND_UNKNOWN');
  });

  it('rejects a QR of the other kind where one kind is expected', () => {
    expectProtocolError(() => decodeEnrolmentQr(offline), 'ERR_QR_KIND_UNEXPECTED', {
      field: 'kind',
      reason: 'mismatch',
    });
    expectProtocolError(() => decodeOfflineChallengeQr(encodeEnrolmentQr(enrolment)), 'ERR_QR_KIND_UNEXPECTED');
  });

  it('rejects what is not a Sésame QR', () => {
    for (const text of ['', 'https://example.org/', 'WIFI:S:home;T:WPA;P:secret;;', 'AQ==', '!!!', 'a'.repeat(401)]) {
      expectProtocolError(() => decodeQr(text), 'ERR_QR_MALFORMED');
    }
    expectProtocolError(() => decodeQr(undefined as unknown as string), 'ERR_QR_MALFORMED', {
      field: 'text',
      reason: 'required',
    });
  });

  it('rejects truncated frames, trailing bytes and non-canonical base64url', () => {
    expectProtocolError(() => decodeQr(asText('01')), 'ERR_QR_MALFORMED', { field: 'kind', reason: 'too_short' });
    expectProtocolError(() => decodeQr(asText(hexOf(offline).slice(0, -2))), 'ERR_QR_MALFORMED', {
      field: 'signature',
      reason: 'too_short',
    });
    expectProtocolError(() => decodeQr(asText(`${hexOf(offline)}00`)), 'ERR_QR_MALFORMED', {
      field: 'frame',
      reason: 'too_long',
    });
    // "AQI" is 01 02; "AQJ" decodes to the same bytes with a stray low bit.
    expect(asText('0102')).toBe('AQI');
    expectProtocolError(() => decodeQr('AQJ'), 'ERR_QR_MALFORMED', { field: 'text', reason: 'malformed' });
  });
});
