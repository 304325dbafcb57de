import { describe, expect, it } from 'vitest';
import { toBase64Url } from '../base64url';
import { parseEnrolmentPayload } from './enrolment';
import { generateEs256KeyPair, exportEs256PublicJwk, parseEs256PublicJwk, parseServerSigningKey } from './keys';
import {
  checkChallengeTime,
  parseOfflineChallenge,
  signOfflineChallenge,
  verifyOfflineChallenge,
} from './offline-challenge';
import {
  parsePinConfirmationAnswer,
  parsePinConfirmationChallenge,
  signPinConfirmationAnswer,
  verifyPinConfirmationAnswer,
} from './pin-confirmation';
import { parsePushAnswer, pushOcraQuestion, signPushAnswer, verifyPushAnswer } from './push-answer';
import { parsePushChallenge, parsePushNotice } from './push-challenge';
import {
  parseDeviceRegistration,
  parseDeviceRegistrationResult,
  parsePushSubscription,
  registrationSigningFields,
  signDeviceRegistration,
  verifyDeviceRegistration,
} from './registration';
import {
  b64,
  bytes,
  DEVICE_ID,
  enrolment,
  expectProtocolError,
  INSTALLATION_ID,
  NOW,
  offlineChallenge,
  pushChallenge,
  QUESTION,
} from './test-fixtures';

type Case = [description: string, change: Record<string, unknown>, field: string, reason: string];

function rejects(parse: (v: unknown) => unknown, valid: Record<string, unknown>, cases: Case[]): void {
  for (const [description, change, field, reason] of cases) {
    it(`rejects ${description}`, () => {
      const value = { ...valid, ...change };
      for (const [k, v] of Object.entries(change)) if (v === undefined) delete value[k];
      expectProtocolError(() => parse(value), 'ERR_MESSAGE_INVALID', { field, reason });
    });
  }
}

describe('enrolment payload', () => {
  it('accepts a valid payload and returns the same fields', () => {
    expect(parseEnrolmentPayload(enrolment)).toEqual(enrolment);
    expect(parseEnrolmentPayload({ ...enrolment, server: 'http://localhost:3000' }).server).toBe(
      'http://localhost:3000',
    );
  });
  rejects(parseEnrolmentPayload, { ...enrolment }, [
    ['a missing token', { token: undefined }, 'token', 'required'],
    ['an unknown member', { extra: 1 }, 'extra', 'unexpected'],
    ['another type', { type: 'push-challenge' }, 'type', 'not_allowed'],
    ['an http origin that is not loopback', { server: 'http://sesame.example.org' }, 'server', 'not_allowed'],
    ['an origin with a path', { server: 'https://sesame.example.org/x' }, 'server', 'malformed'],
    ['an origin with a trailing slash', { server: 'https://sesame.example.org/' }, 'server', 'malformed'],
    ['a non-URL server', { server: 'sesame' }, 'server', 'malformed'],
    ['a device name with a space (annex step 2)', { deviceName: 'Pixel de Marie' }, 'deviceName', 'malformed'],
    ['a device name over 32 bytes', { deviceName: 'é'.repeat(17) }, 'deviceName', 'too_long'],
    ['a device name with a bidi override', { deviceName: 'Pixel\u202Eevil' }, 'deviceName', 'malformed'],
    ['a token under 128 bits', { token: b64(15) }, 'token', 'too_short'],
    ['a token over 32 bytes', { token: b64(33) }, 'token', 'too_long'],
    ['a padded token', { token: `${b64(16)}==` }, 'token', 'malformed'],
    ['a non-canonical token', { token: `${b64(16).slice(0, -1)}B` }, 'token', 'malformed'],
    ['an account with a space', { account: 'n0025 vuz' }, 'account', 'malformed'],
    ['a fractional time', { expiresAt: 1.5 }, 'expiresAt', 'malformed'],
    ['a time beyond 2106', { expiresAt: 2 ** 32 }, 'expiresAt', 'out_of_range'],
  ]);
  it('rejects a non-object', () => {
    expectProtocolError(() => parseEnrolmentPayload('x'), 'ERR_MESSAGE_INVALID', { field: '$', reason: 'malformed' });
    expectProtocolError(() => parseEnrolmentPayload(null), 'ERR_MESSAGE_INVALID', { field: '$', reason: 'malformed' });
    expectProtocolError(() => parseEnrolmentPayload([]), 'ERR_MESSAGE_INVALID', { field: '$', reason: 'malformed' });
  });
});

describe('keys', () => {
  it('exports a generated key as a bare P-256 JWK and parses it back', async () => {
    const { publicKey } = await generateEs256KeyPair();
    const jwk = await exportEs256PublicJwk(publicKey);
    expect(Object.keys(jwk).sort()).toEqual(['crv', 'kty', 'x', 'y']);
    expect(parseEs256PublicJwk(jwk)).toEqual(jwk);
  });
  it('refuses a JWK that carries a private key', () => {
    expectProtocolError(
      () => parseEs256PublicJwk({ kty: 'EC', crv: 'P-256', x: b64(32), y: b64(32), d: b64(32) }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'publicKey.d',
        reason: 'not_allowed',
      },
    );
  });
  it('refuses other curves and short coordinates', () => {
    expectProtocolError(
      () => parseEs256PublicJwk({ kty: 'EC', crv: 'P-384', x: b64(32), y: b64(32) }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'publicKey.crv',
        reason: 'not_allowed',
      },
    );
    expectProtocolError(
      () => parseEs256PublicJwk({ kty: 'EC', crv: 'P-256', x: b64(31), y: b64(32) }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'publicKey.x',
        reason: 'too_short',
      },
    );
  });
  it('parses server keys with kid, alg and use', async () => {
    const jwk = await exportEs256PublicJwk((await generateEs256KeyPair()).publicKey);
    const key = { ...jwk, kid: 'k1', alg: 'ES256', use: 'sig' };
    expect(parseServerSigningKey(key)).toEqual(key);
    expectProtocolError(() => parseServerSigningKey({ ...key, alg: 'RS256' }), 'ERR_MESSAGE_INVALID', {
      field: 'serverKey.alg',
      reason: 'not_allowed',
    });
    expectProtocolError(() => parseServerSigningKey({ ...key, kid: 'too-long-kid' }), 'ERR_MESSAGE_INVALID', {
      field: 'serverKey.kid',
      reason: 'malformed',
    });
  });
});

describe('device registration', () => {
  const subscription = {
    endpoint: 'https://fcm.googleapis.com/fcm/send/abc',
    expirationTime: null,
    keys: { p256dh: toBase64Url(new Uint8Array(65).fill(4)), auth: b64(16) },
  };

  it('is signed by the new device key (proof of possession) and verifies', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const registration = await signDeviceRegistration(privateKey, {
      type: 'device-registration',
      enrolmentToken: enrolment.token,
      installationId: INSTALLATION_ID,
      deviceName: enrolment.deviceName,
      publicKey: await exportEs256PublicJwk(publicKey),
      pushSubscription: subscription,
    });
    const parsed = parseDeviceRegistration(JSON.parse(JSON.stringify(registration)));
    expect(parsed).toEqual(registration);
    expect(await verifyDeviceRegistration(publicKey, parsed)).toBe(true);
    expect(await verifyDeviceRegistration(publicKey, { ...parsed, deviceName: 'Autre' })).toBe(false);
    const { pushSubscription: _omitted, ...withoutPush } = parsed;
    expect(await verifyDeviceRegistration(publicKey, withoutPush)).toBe(false);
    expect(registrationSigningFields(withoutPush).slice(6)).toEqual(['', '', '', '', '']);
  });

  it('validates push subscriptions (RFC 8291 key sizes, https endpoint)', () => {
    expect(parsePushSubscription(subscription)).toEqual(subscription);
    expect(parsePushSubscription({ endpoint: subscription.endpoint, keys: subscription.keys })).not.toHaveProperty(
      'expirationTime',
    );
    expectProtocolError(
      () => parsePushSubscription({ ...subscription, endpoint: 'http://push.example/x' }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'pushSubscription.endpoint',
        reason: 'not_allowed',
      },
    );
    expectProtocolError(
      () => parsePushSubscription({ ...subscription, keys: { ...subscription.keys, p256dh: b64(65, 2) } }),
      'ERR_MESSAGE_INVALID',
      { field: 'pushSubscription.keys.p256dh', reason: 'malformed' },
    );
    expectProtocolError(
      () => parsePushSubscription({ ...subscription, keys: { ...subscription.keys, auth: b64(12) } }),
      'ERR_MESSAGE_INVALID',
      { field: 'pushSubscription.keys.auth', reason: 'too_short' },
    );
  });

  const result = {
    type: 'device-registration-result',
    deviceId: DEVICE_ID,
    account: 'n0025vuz',
    deviceSecret: b64(32),
    serverKeys: [{ kty: 'EC', crv: 'P-256', x: b64(32, 1), y: b64(32, 2), kid: 'k1', alg: 'ES256', use: 'sig' }],
    pinConfirmation: {
      type: 'pin-confirmation-challenge',
      deviceId: DEVICE_ID,
      question: QUESTION,
      issuedAt: NOW,
      expiresAt: NOW + 300,
    },
  };
  it('parses the registration result', () => {
    expect(parseDeviceRegistrationResult(result)).toEqual(result);
  });
  rejects(parseDeviceRegistrationResult, result, [
    ['a device secret that is not 256 bits', { deviceSecret: b64(16) }, 'deviceSecret', 'too_short'],
    ['no server key', { serverKeys: [] }, 'serverKeys', 'required'],
    [
      'two server keys with one kid',
      { serverKeys: [result.serverKeys[0], result.serverKeys[0]] },
      'serverKeys[1].kid',
      'duplicate',
    ],
    [
      'a PIN confirmation for another device',
      { pinConfirmation: { ...result.pinConfirmation, deviceId: 'dev_fedcba9876543210' } },
      'pinConfirmation.deviceId',
      'mismatch',
    ],
  ]);
});

describe('PIN confirmation', () => {
  const challenge = parsePinConfirmationChallenge({
    type: 'pin-confirmation-challenge',
    deviceId: DEVICE_ID,
    question: QUESTION,
    issuedAt: NOW,
    expiresAt: NOW + 600,
  });
  rejects(parsePinConfirmationChallenge, { ...challenge }, [
    ['an upper-case question', { question: QUESTION.toUpperCase() }, 'question', 'malformed'],
    ['a 32-digit question', { question: QUESTION.slice(0, 32) }, 'question', 'malformed'],
    ['a life over 10 minutes', { expiresAt: NOW + 601 }, 'expiresAt', 'out_of_range'],
    ['an expiry before issue', { expiresAt: NOW }, 'expiresAt', 'out_of_range'],
  ]);
  it('signs and verifies the answer against the challenge', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const answer = await signPinConfirmationAnswer(
      privateKey,
      { type: 'pin-confirmation-answer', deviceId: DEVICE_ID, ocraResponse: '12345678' },
      challenge,
    );
    expect(parsePinConfirmationAnswer(answer)).toEqual(answer);
    expect(await verifyPinConfirmationAnswer(publicKey, answer, challenge)).toBe(true);
    expect(await verifyPinConfirmationAnswer(publicKey, answer, { ...challenge, question: 'f'.repeat(40) })).toBe(
      false,
    );
    expect(await verifyPinConfirmationAnswer(publicKey, { ...answer, ocraResponse: '12345679' }, challenge)).toBe(
      false,
    );
    expectProtocolError(
      () => parsePinConfirmationAnswer({ ...answer, ocraResponse: '123456' }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'ocraResponse',
        reason: 'malformed',
      },
    );
  });
});

describe('push notice and challenge envelope', () => {
  it('parses a notice that carries only handles', () => {
    const notice = { type: 'push-notice', deviceId: DEVICE_ID, challengeId: pushChallenge.challengeId };
    expect(parsePushNotice(notice)).toEqual(notice);
    expectProtocolError(() => parsePushNotice({ ...notice, nonce: pushChallenge.nonce }), 'ERR_MESSAGE_INVALID', {
      field: 'nonce',
      reason: 'unexpected',
    });
  });
  it('parses a valid envelope, with or without a place, IPv4 or IPv6', () => {
    expect(parsePushChallenge(pushChallenge)).toEqual(pushChallenge);
    const { place: _place, ...noPlace } = pushChallenge;
    expect(parsePushChallenge(noPlace)).toEqual(noPlace);
    expect(parsePushChallenge({ ...pushChallenge, ip: '2001:db8::1' }).ip).toBe('2001:db8::1');
    expect(parsePushChallenge({ ...pushChallenge, ip: '::ffff:192.0.2.1' }).ip).toBe('::ffff:192.0.2.1');
  });
  rejects(parsePushChallenge, { ...pushChallenge }, [
    ['a nonce under 128 bits', { nonce: b64(15) }, 'nonce', 'too_short'],
    ['a challenge id under 128 bits', { challengeId: b64(8) }, 'challengeId', 'too_short'],
    ['two candidates', { candidates: [42, 17] }, 'candidates', 'too_short'],
    ['four candidates', { candidates: [42, 17, 86, 11] }, 'candidates', 'too_long'],
    ['a repeated candidate', { candidates: [42, 17, 42] }, 'candidates[2]', 'duplicate'],
    ['a one-digit candidate', { candidates: [42, 7, 86] }, 'candidates[1]', 'out_of_range'],
    ['a three-digit candidate', { candidates: [42, 17, 100] }, 'candidates[2]', 'out_of_range'],
    ['a string candidate', { candidates: [42, '17', 86] }, 'candidates[1]', 'malformed'],
    ['an IPv4 address with a leading zero', { ip: '192.0.2.010' }, 'ip', 'malformed'],
    ['an IPv4 address out of range', { ip: '256.0.2.1' }, 'ip', 'malformed'],
    ['a host name as IP', { ip: 'example.org' }, 'ip', 'malformed'],
    ['a bad IPv6 address', { ip: '2001:db8:::1' }, 'ip', 'malformed'],
    ['a control character in the browser', { browser: 'Firefox\n128' }, 'browser', 'malformed'],
    ['a relying app name over 40 bytes', { relyingApp: 'A'.repeat(41) }, 'relyingApp', 'too_long'],
    ['an empty place', { place: '' }, 'place', 'required'],
    ['a place with outer spaces', { place: ' Lyon' }, 'place', 'malformed'],
    ['a life over 10 minutes (NIST SP 800-63B)', { expiresAt: NOW + 601 }, 'expiresAt', 'out_of_range'],
  ]);
});

describe('push answer', () => {
  it('derives the OCRA question from the whole envelope and the picked number', async () => {
    const q = await pushOcraQuestion(pushChallenge, 42);
    expect(q).toMatch(/^[0-9a-f]{40}$/);
    expect(await pushOcraQuestion(pushChallenge, 42)).toBe(q);
    expect(await pushOcraQuestion(pushChallenge, 17)).not.toBe(q);
    expect(await pushOcraQuestion({ ...pushChallenge, browser: 'Chrome 126 on macOS' }, 42)).not.toBe(q);
    const { place: _place, ...noPlace } = pushChallenge;
    expect(await pushOcraQuestion(noPlace, 42)).not.toBe(q);
  });

  it('signs every field of an approval, with the nonce, and verifies once bound to its challenge', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const answer = await signPushAnswer(
      privateKey,
      {
        type: 'push-answer',
        deviceId: DEVICE_ID,
        challengeId: pushChallenge.challengeId,
        decision: 'approve',
        pickedNumber: 42,
        ocraResponse: '01234567',
      },
      pushChallenge,
    );
    expect(parsePushAnswer(JSON.parse(JSON.stringify(answer)))).toEqual(answer);
    expect(await verifyPushAnswer(publicKey, answer, pushChallenge)).toBe(true);
    for (const change of [{ decision: 'deny' as const }, { pickedNumber: 17 }, { ocraResponse: '01234568' }]) {
      expect(await verifyPushAnswer(publicKey, { ...answer, ...change }, pushChallenge)).toBe(false);
    }
    expect(await verifyPushAnswer(publicKey, answer, { ...pushChallenge, nonce: b64(16, 9) })).toBe(false);
    expect(await verifyPushAnswer(publicKey, answer, { ...pushChallenge, challengeId: b64(16, 9) })).toBe(false);
  });

  it('accepts a denial or a report without number or OCRA response, and refuses them with one', async () => {
    const { privateKey } = await generateEs256KeyPair();
    for (const decision of ['deny', 'report'] as const) {
      const answer = await signPushAnswer(
        privateKey,
        { type: 'push-answer', deviceId: DEVICE_ID, challengeId: pushChallenge.challengeId, decision },
        pushChallenge,
      );
      expect(parsePushAnswer(answer)).toEqual(answer);
      expectProtocolError(() => parsePushAnswer({ ...answer, pickedNumber: 42 }), 'ERR_MESSAGE_INVALID', {
        field: 'pickedNumber',
        reason: 'unexpected',
      });
      expectProtocolError(() => parsePushAnswer({ ...answer, ocraResponse: '01234567' }), 'ERR_MESSAGE_INVALID', {
        field: 'ocraResponse',
        reason: 'unexpected',
      });
    }
  });

  const approval = {
    type: 'push-answer',
    deviceId: DEVICE_ID,
    challengeId: pushChallenge.challengeId,
    decision: 'approve',
    pickedNumber: 42,
    ocraResponse: '01234567',
    signature: toBase64Url(bytes(64)),
  };
  rejects(parsePushAnswer, approval, [
    ['an approval without a number', { pickedNumber: undefined }, 'pickedNumber', 'required'],
    ['an approval without OCRA response', { ocraResponse: undefined }, 'ocraResponse', 'required'],
    ['an unknown decision', { decision: 'maybe' }, 'decision', 'not_allowed'],
    ['a 6-digit response', { ocraResponse: '123456' }, 'ocraResponse', 'malformed'],
    ['a DER-length signature', { signature: toBase64Url(bytes(70)) }, 'signature', 'too_long'],
    ['a short signature', { signature: toBase64Url(bytes(63)) }, 'signature', 'too_short'],
  ]);
});

describe('offline challenge', () => {
  it('is signed by the server over all its fields', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const signed = await signOfflineChallenge(privateKey, offlineChallenge);
    expect(parseOfflineChallenge(signed)).toEqual(signed);
    expect(await verifyOfflineChallenge(publicKey, signed)).toBe(true);
    for (const change of [
      { kid: 'k2' },
      { account: 'n0000000' },
      { relyingApp: 'Autre application' },
      { question: 'f'.repeat(40) },
      { issuedAt: NOW - 1 },
      { expiresAt: NOW + 299 },
    ]) {
      expect(await verifyOfflineChallenge(publicKey, { ...signed, ...change })).toBe(false);
    }
  });
  it('refuses to sign a challenge that lives more than 5 minutes', async () => {
    const { privateKey } = await generateEs256KeyPair();
    await expect(signOfflineChallenge(privateKey, { ...offlineChallenge, expiresAt: NOW + 301 })).rejects.toMatchObject(
      {
        code: 'ERR_MESSAGE_INVALID',
        details: { field: 'expiresAt', reason: 'out_of_range' },
      },
    );
  });
  it('checks its times with a clock tolerance', () => {
    const at = (s: number) => ({ now: new Date(s * 1000) });
    expect(() => checkChallengeTime(offlineChallenge, at(NOW + 10))).not.toThrow();
    expect(() => checkChallengeTime(offlineChallenge, at(NOW + 359))).not.toThrow();
    expectProtocolError(() => checkChallengeTime(offlineChallenge, at(NOW + 360)), 'ERR_CHALLENGE_EXPIRED');
    expectProtocolError(
      () => checkChallengeTime(offlineChallenge, { ...at(NOW + 300), clockToleranceSeconds: 0 }),
      'ERR_CHALLENGE_EXPIRED',
    );
    expect(() => checkChallengeTime(offlineChallenge, at(NOW - 60))).not.toThrow();
    expectProtocolError(() => checkChallengeTime(offlineChallenge, at(NOW - 61)), 'ERR_CHALLENGE_NOT_YET_VALID');
  });
});
