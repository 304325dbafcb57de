import { describe, expect, it } from 'vitest';
import { decodeEnrolmentQr, encodeEnrolmentQr } from '../qr';
import { generateEs256KeyPair, exportEs256PublicJwk } from './keys';
import { parseDeviceRegistration, signDeviceRegistration, verifyDeviceRegistration } from './registration';
import { b64, enrolment, expectProtocolError, INSTALLATION_ID } from './test-fixtures';

describe('issue 11: a device name left empty, proposed from the phone model', () => {
  it('the enrolment QR carries an empty name', () => {
    const qr = { ...enrolment, deviceName: '' };
    expect(decodeEnrolmentQr(encodeEnrolmentQr(qr))).toEqual(qr);
  });

  it('the registration carries the model, signed; a model too long or unprintable is refused by its field', async () => {
    const keys = await generateEs256KeyPair();
    const signed = await signDeviceRegistration(keys.privateKey, {
      type: 'device-registration',
      enrolmentToken: b64(32, 1),
      installationId: INSTALLATION_ID,
      deviceName: '',
      deviceModel: 'Pixel 8',
      publicKey: await exportEs256PublicJwk(keys.publicKey),
    });
    const parsed = parseDeviceRegistration(JSON.parse(JSON.stringify(signed)));
    expect(parsed.deviceModel).toBe('Pixel 8');
    expect(await verifyDeviceRegistration(keys.publicKey, parsed)).toBe(true);
    expect(await verifyDeviceRegistration(keys.publicKey, { ...parsed, deviceModel: 'iPhone' })).toBe(false);
    expectProtocolError(
      () => parseDeviceRegistration({ ...signed, deviceModel: 'x'.repeat(65) }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'deviceModel',
        reason: 'too_long',
      },
    );
    expectProtocolError(
      () => parseDeviceRegistration({ ...signed, deviceModel: 'Pixel\u202E' }),
      'ERR_MESSAGE_INVALID',
      {
        field: 'deviceModel',
        reason: 'malformed',
      },
    );
  });
});
