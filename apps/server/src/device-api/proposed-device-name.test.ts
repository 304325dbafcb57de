import { startEnrolment, type UserRecord } from '@sesame/core';
import type { DeviceRegistrationResult } from '@sesame/protocol';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PIN, registrationFor } from '../../testing/device-client';
import { createTestPortal, type TestPortal } from '../../test/test-portal';

let portal: TestPortal;
let user: UserRecord;

beforeEach(async () => {
  portal = await createTestPortal();
  user = await portal.createUser({ email: 'marie.dupont@example.org', password: 'correct horse battery staple' });
});
afterEach(() => portal.close());

const post = (payload: unknown) =>
  portal.app.inject({ method: 'POST', url: '/device/v1/registrations', payload: payload as object });

async function unnamedQr() {
  const started = await startEnrolment(
    portal.services.devices,
    user,
    { name: '', pin: PIN, pinConfirm: PIN },
    portal.clock.now(),
    ['PASSWORD', 'PASSWORD_MOBILE_APP'],
  );
  return started.qrText;
}

describe('POST /device/v1/registrations with the name left empty (issue 11: named from the phone)', () => {
  it('names the device from the model the app sent, and says so in the result', async () => {
    const { registration } = await registrationFor(await unnamedQr(), undefined, 'Pixel 8');
    const response = await post(registration);
    expect(response.statusCode).toBe(201);
    const result = response.json<DeviceRegistrationResult>();
    expect(result.deviceName).toBe('Pixel-8');
    expect((await portal.durable.devices.findById(result.deviceId))?.name).toBe('Pixel-8');
  });

  it('refuses a model too long or unprintable with 400 and its field (untrusted input); the QR still serves', async () => {
    const qrText = await unnamedQr();
    for (const [model, reason] of [
      ['x'.repeat(65), 'too_long'],
      ['Pixel\u202E8', 'malformed'],
    ] as const) {
      const { registration } = await registrationFor(qrText, undefined, model);
      const response = await post(registration);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: 'DEVICE_MESSAGE_INVALID', field: 'deviceModel', reason });
    }
    const { registration } = await registrationFor(qrText);
    const response = await post(registration);
    expect(response.statusCode).toBe(201);
    // A phone that names no model: the fallback, in the account's language.
    expect(response.json<DeviceRegistrationResult>().deviceName).toMatch(/^(Phone|Téléphone)$/);
  });
});
