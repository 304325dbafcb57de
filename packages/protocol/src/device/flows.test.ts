/**
 * The three app flows of design §5 end to end, with the package's own functions on both sides
 * (what apps/server and packages/authenticator-core will call). No network, no storage.
 */
import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../base64url';
import { computeOcra } from '../ocra/compute';
import { hashOcraPassword } from '../ocra/password';
import { generateOcraQuestion } from '../ocra/question';
import {
  SESAME_OFFLINE_OCRA_SUITE,
  SESAME_OFFLINE_OCRA_WINDOW,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  SESAME_PUSH_OCRA_SUITE,
} from '../ocra/sesame-suites';
import { ocraTimestamp } from '../ocra/time';
import { verifyOcra } from '../ocra/verify';
import { decodeEnrolmentQr, encodeEnrolmentQr } from '../qr/enrolment-qr';
import { encodeOfflineChallengeQr, verifyOfflineChallengeQr } from '../qr/offline-challenge-qr';
import { exportEs256PublicJwk, generateEs256KeyPair, importEs256PublicKey, type ServerSigningKey } from './keys';
import { generateNumberMatch } from './number-matching';
import { signOfflineChallenge } from './offline-challenge';
import { parsePinConfirmationAnswer, signPinConfirmationAnswer, verifyPinConfirmationAnswer } from './pin-confirmation';
import { parsePushAnswer, pushOcraQuestion, signPushAnswer, verifyPushAnswer } from './push-answer';
import { parsePushChallenge, type PushChallenge } from './push-challenge';
import {
  parseDeviceRegistration,
  parseDeviceRegistrationResult,
  signDeviceRegistration,
  verifyDeviceRegistration,
} from './registration';
import { DEVICE_ID, enrolment, INSTALLATION_ID, NOW } from './test-fixtures';

const wire = <T>(message: T): unknown => JSON.parse(JSON.stringify(message));

describe('device flows (design §5)', () => {
  it('enrolment: QR, signed registration, PIN confirmation with P = SHA-256(PIN)', async () => {
    // Portal: the enrolment QR. App: scan.
    const scanned = decodeEnrolmentQr(encodeEnrolmentQr(enrolment));
    // App: new non-extractable device key, signed registration.
    const device = await generateEs256KeyPair();
    const registration = await signDeviceRegistration(device.privateKey, {
      type: 'device-registration',
      enrolmentToken: scanned.token,
      installationId: INSTALLATION_ID,
      deviceName: scanned.deviceName,
      publicKey: await exportEs256PublicJwk(device.publicKey),
    });
    // Server: parse, proof of possession, then answer with the secret and a PIN challenge.
    const received = parseDeviceRegistration(wire(registration));
    const devicePublicKey = await importEs256PublicKey(received.publicKey);
    expect(await verifyDeviceRegistration(devicePublicKey, received)).toBe(true);
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const server = await generateEs256KeyPair();
    const result = parseDeviceRegistrationResult(
      wire({
        type: 'device-registration-result',
        deviceId: DEVICE_ID,
        account: scanned.account,
        deviceSecret: toBase64Url(secret),
        serverKeys: [{ ...(await exportEs256PublicJwk(server.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' }],
        pinConfirmation: {
          type: 'pin-confirmation-challenge',
          deviceId: DEVICE_ID,
          question: generateOcraQuestion(SESAME_PIN_CONFIRMATION_OCRA_SUITE),
          issuedAt: NOW,
          expiresAt: NOW + 300,
        },
      }),
    );
    // App: the user types the PIN; the answer is signed.
    const typed = async (pin: string) => {
      const ocraResponse = await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, fromBase64Url(result.deviceSecret), {
        question: result.pinConfirmation.question,
        passwordHash: await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, pin),
      });
      return signPinConfirmationAnswer(
        device.privateKey,
        { type: 'pin-confirmation-answer', deviceId: result.deviceId, ocraResponse },
        result.pinConfirmation,
      );
    };
    // Server: the PIN of step 2 was 1234.
    const serverChecks = async (answer: unknown) => {
      const parsed = parsePinConfirmationAnswer(wire(answer));
      if (!(await verifyPinConfirmationAnswer(devicePublicKey, parsed, result.pinConfirmation))) return false;
      const verdict = await verifyOcra(
        SESAME_PIN_CONFIRMATION_OCRA_SUITE,
        secret,
        {
          question: result.pinConfirmation.question,
          passwordHash: await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, '1234'),
        },
        parsed.ocraResponse,
      );
      return verdict.valid;
    };
    expect(await serverChecks(await typed('1234'))).toBe(true);
    expect(await serverChecks(await typed('4321'))).toBe(false);
  });

  it('"PIN code" push: number matching, OCRA over the envelope, signed answer', async () => {
    const device = await generateEs256KeyPair();
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const match = generateNumberMatch();
    const envelope: PushChallenge = {
      type: 'push-challenge',
      deviceId: DEVICE_ID,
      account: 'n0025vuz',
      challengeId: toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
      nonce: toBase64Url(crypto.getRandomValues(new Uint8Array(16))),
      relyingApp: 'TRACES NT (démo)',
      browser: 'Firefox 128 on Windows',
      ip: '2001:db8::7',
      issuedAt: NOW,
      expiresAt: NOW + 120,
      candidates: match.candidates,
    };
    // App: fetches the envelope, the user picks the number the browser shows, types the PIN.
    const seen = parsePushChallenge(wire(envelope));
    const picked = match.shown;
    const ocraResponse = await computeOcra(SESAME_PUSH_OCRA_SUITE, secret, {
      question: await pushOcraQuestion(seen, picked),
    });
    const answer = await signPushAnswer(
      device.privateKey,
      {
        type: 'push-answer',
        deviceId: seen.deviceId,
        challengeId: seen.challengeId,
        decision: 'approve',
        pickedNumber: picked,
        ocraResponse,
      },
      seen,
    );
    // Server: signature, number, OCRA — against its own record of the envelope.
    const received = parsePushAnswer(wire(answer));
    expect(await verifyPushAnswer(device.publicKey, received, envelope)).toBe(true);
    expect(received.pickedNumber).toBe(match.shown);
    const verdict = await verifyOcra(
      SESAME_PUSH_OCRA_SUITE,
      secret,
      { question: await pushOcraQuestion(envelope, received.pickedNumber!) },
      received.ocraResponse!,
    );
    expect(verdict.valid).toBe(true);
    // A secret decrypted with a wrong PIN is a wrong key: the server sees a wrong answer.
    const wrongKey = crypto.getRandomValues(new Uint8Array(32));
    const wrong = await computeOcra(SESAME_PUSH_OCRA_SUITE, wrongKey, {
      question: await pushOcraQuestion(seen, picked),
    });
    expect(
      (await verifyOcra(SESAME_PUSH_OCRA_SUITE, secret, { question: await pushOcraQuestion(envelope, picked) }, wrong))
        .valid,
    ).toBe(false);
  });

  it('"QR code" offline: signed QR, code typed in the browser, verified within the window', async () => {
    const server = await generateEs256KeyPair();
    const keys: ServerSigningKey[] = [
      { ...(await exportEs256PublicJwk(server.publicKey)), kid: 'k1', alg: 'ES256', use: 'sig' },
    ];
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const issuedAt = NOW;
    const text = encodeOfflineChallengeQr(
      await signOfflineChallenge(server.privateKey, {
        type: 'offline-challenge',
        kid: 'k1',
        account: 'n0025vuz',
        relyingApp: 'TRACES NT (démo)',
        question: generateOcraQuestion(SESAME_OFFLINE_OCRA_SUITE),
        issuedAt,
        expiresAt: issuedAt + 300,
      }),
    );
    expect(text.length).toBeLessThan(200);
    // App, offline, 40 s later: checks the QR, shows the code.
    const phoneClock = new Date((issuedAt + 40) * 1000);
    const challenge = await verifyOfflineChallengeQr(text, { keys, now: phoneClock });
    const code = await computeOcra(SESAME_OFFLINE_OCRA_SUITE, secret, {
      question: challenge.question,
      timestamp: ocraTimestamp(SESAME_OFFLINE_OCRA_SUITE, phoneClock),
    });
    expect(code).toMatch(/^[0-9]{8}$/);
    // Server, when the user has typed it 70 s later.
    const serverClock = new Date((issuedAt + 110) * 1000);
    const verdict = await verifyOcra(SESAME_OFFLINE_OCRA_SUITE, secret, { question: challenge.question }, code, {
      now: serverClock,
      ...SESAME_OFFLINE_OCRA_WINDOW,
    });
    expect(verdict.valid).toBe(true);
  });
});
