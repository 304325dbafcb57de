/**
 * The app's side of the device protocol, message by message, for the device API's HTTP tests:
 * each message is built with the protocol's helpers (as packages/core's devices test kit does),
 * so a test can send it whole, tampered or out of turn. The whole app is authenticator-core's
 * Authenticator (device-api-over-http.test.ts).
 */

import {
  signDeviceRequest,
  computeOcra,
  decodeEnrolmentQr,
  type DeviceRegistrationResult,
  exportEs256PublicJwk,
  fromBase64Url,
  generateEs256KeyPair,
  hashOcraPassword,
  type PushChallenge,
  pushOcraQuestion,
  SESAME_PIN_CONFIRMATION_OCRA_SUITE,
  SESAME_PUSH_OCRA_SUITE,
  signDeviceActivation,
  signDeviceRegistration,
  signPinConfirmationAnswer,
  signPushAnswer,
  type PinConfirmationResult,
} from '@sesame/protocol';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const PIN = '5739';

const wire = (message: unknown): unknown => JSON.parse(JSON.stringify(message));

/** The app's signed registration for `qrText`; `deviceModel` as the app sends it for an empty name (issue 11). */
export async function registrationFor(qrText: string, installationId = 'inst-0123456789abcdef', deviceModel?: string) {
  const qr = decodeEnrolmentQr(qrText);
  const keys = await generateEs256KeyPair();
  const registration = await signDeviceRegistration(keys.privateKey, {
    type: 'device-registration',
    enrolmentToken: qr.token,
    installationId,
    deviceName: qr.deviceName,
    ...(deviceModel === undefined ? {} : { deviceModel }),
    publicKey: await exportEs256PublicJwk(keys.publicKey),
  });
  return { keys, registration: wire(registration) as Record<string, unknown> };
}

export async function pinAnswer(keys: CryptoKeyPair, result: DeviceRegistrationResult, pin = PIN) {
  const ocraResponse = await computeOcra(SESAME_PIN_CONFIRMATION_OCRA_SUITE, fromBase64Url(result.deviceSecret), {
    question: result.pinConfirmation.question,
    passwordHash: await hashOcraPassword(SESAME_PIN_CONFIRMATION_OCRA_SUITE, pin),
  });
  const answer = await signPinConfirmationAnswer(
    keys.privateKey,
    { type: 'pin-confirmation-answer', deviceId: result.deviceId, ocraResponse },
    result.pinConfirmation,
  );
  return wire(answer) as Record<string, unknown>;
}

/**
 * The app's whole enrolment from a QR's text through the device API, by inject: registration,
 * PIN confirmation (the right PIN; a refusal throws), then the user's acceptance (annex step 10).
 * The registration's and the activation's responses are returned for the caller to check.
 */
export async function enrolOverDeviceApi(
  app: FastifyInstance,
  qrText: string,
  installationId?: string,
): Promise<{
  keys: CryptoKeyPair;
  deviceId: string;
  registered: LightMyRequestResponse;
  activated: LightMyRequestResponse;
}> {
  const post = (url: string, payload: unknown) => app.inject({ method: 'POST', url, payload: payload as object });
  const { keys, registration } = await registrationFor(qrText, installationId);
  const registered = await post('/device/v1/registrations', registration);
  const result = registered.json<DeviceRegistrationResult>();
  const verdict = (
    await post('/device/v1/pin-confirmations', await pinAnswer(keys, result))
  ).json<PinConfirmationResult>();
  if (!verdict.accepted) throw new Error('the right PIN was refused');
  const activated = await post(
    '/device/v1/activations',
    await signDeviceActivation(keys.privateKey, verdict.activation),
  );
  return { keys, deviceId: result.deviceId, registered, activated };
}

/** An approval; `wrongPin` plays the app deriving a wrong secret from a wrong PIN. */
export async function approval(
  device: { keys: CryptoKeyPair; secret: Uint8Array },
  challenge: PushChallenge,
  picked: number,
  options: { wrongPin?: boolean } = {},
) {
  const key = options.wrongPin ? crypto.getRandomValues(new Uint8Array(32)) : device.secret;
  const ocraResponse = await computeOcra(SESAME_PUSH_OCRA_SUITE, key, {
    question: await pushOcraQuestion(challenge, picked),
  });
  const answer = await signPushAnswer(
    device.keys.privateKey,
    {
      type: 'push-answer',
      deviceId: challenge.deviceId,
      challengeId: challenge.challengeId,
      decision: 'approve',
      pickedNumber: picked,
      ocraResponse,
    },
    challenge,
  );
  return wire(answer) as Record<string, unknown>;
}

export async function denial(device: { keys: CryptoKeyPair }, challenge: PushChallenge) {
  const answer = await signPushAnswer(
    device.keys.privateKey,
    { type: 'push-answer', deviceId: challenge.deviceId, challengeId: challenge.challengeId, decision: 'deny' },
    challenge,
  );
  return wire(answer) as Record<string, unknown>;
}

/** `Authorization: SesameDevice …` for GET /device/v1/challenges at `now`. */
export async function challengesAuthorization(keys: CryptoKeyPair, deviceId: string, now: Date): Promise<string> {
  const proof = await signDeviceRequest(keys.privateKey, {
    method: 'GET',
    path: '/device/v1/challenges',
    deviceId,
    now,
  });
  return `SesameDevice ${proof.deviceId}.${proof.issuedAt}.${proof.signature}`;
}
