import { describe, expect, it } from 'vitest';
import { fromBase64Url, toBase64Url } from '../base64url';
import {
  DEVICE_ACTIVATION_LABEL,
  deviceActivationSigningFields,
  parseDeviceActivation,
  parseDeviceActivationRequest,
  parsePinConfirmationResult,
  signDeviceActivation,
  verifyDeviceActivation,
} from './device-activation';
import { generateEs256KeyPair } from './keys';
import { parseActivationNotice, parseDeviceNotice } from './push-challenge';
import { b64, DEVICE_ID, expectProtocolError, NOW } from './test-fixtures';

const request = parseDeviceActivationRequest({
  type: 'device-activation-request',
  deviceId: DEVICE_ID,
  nonce: b64(16, 4),
  issuedAt: NOW,
  expiresAt: NOW + 300,
});
const wire = <T>(message: T): T => JSON.parse(JSON.stringify(message)) as T;

describe('device activation (annex step 10: accept the device in the app)', () => {
  it('round trip: signed over the label, the device id and the nonce, parsed, verified', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const activation = await signDeviceActivation(privateKey, request);
    expect(Object.keys(activation).sort()).toEqual(['deviceId', 'signature', 'type']);
    const received = parseDeviceActivation(wire(activation));
    expect(received).toEqual(activation);
    expect(await verifyDeviceActivation(publicKey, received, request)).toBe(true);
    expect(deviceActivationSigningFields(received, request)).toEqual([
      DEVICE_ACTIVATION_LABEL,
      DEVICE_ID,
      request.nonce,
    ]);
  });

  it('fails for another nonce, another device, another key or a tampered signature', async () => {
    const { privateKey, publicKey } = await generateEs256KeyPair();
    const activation = await signDeviceActivation(privateKey, request);
    // A later enrolment of the same device id, or a replay after the nonce was used.
    expect(await verifyDeviceActivation(publicKey, activation, { ...request, nonce: b64(16, 5) })).toBe(false);
    // The same signature presented for another device.
    const otherDevice = 'dev_fedcba9876543210';
    expect(await verifyDeviceActivation(publicKey, { ...activation, deviceId: otherDevice }, request)).toBe(false);
    expect(await verifyDeviceActivation(publicKey, activation, { ...request, deviceId: otherDevice })).toBe(false);
    const other = await generateEs256KeyPair();
    expect(await verifyDeviceActivation(other.publicKey, activation, request)).toBe(false);
    const bytes = fromBase64Url(activation.signature);
    bytes[10]! ^= 1;
    expect(await verifyDeviceActivation(publicKey, { ...activation, signature: toBase64Url(bytes) }, request)).toBe(
      false,
    );
  });

  it('refuses malformed activations and requests', async () => {
    const { privateKey } = await generateEs256KeyPair();
    const activation = await signDeviceActivation(privateKey, request);
    expectProtocolError(() => parseDeviceActivation({ ...activation, nonce: request.nonce }), 'ERR_MESSAGE_INVALID', {
      field: 'nonce',
      reason: 'unexpected',
    });
    expectProtocolError(() => parseDeviceActivation({ ...activation, signature: b64(63) }), 'ERR_MESSAGE_INVALID', {
      field: 'signature',
      reason: 'too_short',
    });
    expectProtocolError(() => parseDeviceActivation({ ...activation, type: 'push-answer' }), 'ERR_MESSAGE_INVALID', {
      field: 'type',
      reason: 'not_allowed',
    });
    expectProtocolError(() => parseDeviceActivationRequest({ ...request, nonce: b64(15) }), 'ERR_MESSAGE_INVALID', {
      field: 'nonce',
      reason: 'too_short',
    });
    expectProtocolError(
      () => parseDeviceActivationRequest({ ...request, expiresAt: NOW + 601 }),
      'ERR_MESSAGE_INVALID',
      { field: 'expiresAt', reason: 'out_of_range' },
    );
  });
});

describe('PIN confirmation result', () => {
  it('a right PIN carries the activation request of this device', () => {
    expect(parsePinConfirmationResult(wire({ accepted: true, activation: request }), DEVICE_ID)).toEqual({
      accepted: true,
      activation: request,
    });
    expectProtocolError(
      () => parsePinConfirmationResult({ accepted: true, activation: request }, 'dev_fedcba9876543210'),
      'ERR_MESSAGE_INVALID',
      { field: 'activation.deviceId', reason: 'mismatch' },
    );
    expectProtocolError(() => parsePinConfirmationResult({ accepted: true }), 'ERR_MESSAGE_INVALID', {
      field: 'activation',
      reason: 'required',
    });
  });

  it('a wrong PIN says how many tries are left, when the server tells', () => {
    expect(parsePinConfirmationResult({ accepted: false })).toEqual({ accepted: false });
    expect(parsePinConfirmationResult({ accepted: false, triesLeft: 2 })).toEqual({ accepted: false, triesLeft: 2 });
    expectProtocolError(() => parsePinConfirmationResult({ accepted: false, triesLeft: -1 }), 'ERR_MESSAGE_INVALID', {
      field: 'triesLeft',
      reason: 'out_of_range',
    });
    expectProtocolError(() => parsePinConfirmationResult({ accepted: 'no' }), 'ERR_MESSAGE_INVALID', {
      field: 'accepted',
      reason: 'malformed',
    });
    expectProtocolError(
      () => parsePinConfirmationResult({ accepted: false, activation: request }),
      'ERR_MESSAGE_INVALID',
      { field: 'activation', reason: 'unexpected' },
    );
  });
});

describe('activation notice', () => {
  it('carries the device id only, and is told apart from a push notice', () => {
    const notice = { type: 'activation-notice', deviceId: DEVICE_ID } as const;
    expect(parseActivationNotice(notice)).toEqual(notice);
    expect(parseDeviceNotice(notice)).toEqual(notice);
    const push = { type: 'push-notice', deviceId: DEVICE_ID, challengeId: b64(16, 2) } as const;
    expect(parseDeviceNotice(push)).toEqual(push);
    expectProtocolError(() => parseActivationNotice({ ...notice, nonce: b64(16) }), 'ERR_MESSAGE_INVALID', {
      field: 'nonce',
      reason: 'unexpected',
    });
  });
});
