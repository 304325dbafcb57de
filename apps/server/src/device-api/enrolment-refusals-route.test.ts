import { deviceEnrolledChannel, type EnrolmentRefusedEvent, startEnrolment, type UserRecord } from '@sesame/core';
import { type DeviceRegistrationResult, ENROLMENT_REFUSALS_PATH } from '@sesame/protocol';
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

const post = (url: string, payload: unknown) => portal.app.inject({ method: 'POST', url, payload: payload as object });
const refusal = (enrolmentToken: string, reason = 'other-account') => ({
  type: 'enrolment-refusal',
  enrolmentToken,
  reason,
});

async function started() {
  return startEnrolment(
    portal.services.devices,
    user,
    { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN },
    portal.clock.now(),
    ['PASSWORD', 'PASSWORD_MOBILE_APP'],
  );
}

describe('POST /device/v1/enrolment-refusals (issue 11: one phone, one person, refused at the scan)', () => {
  it('ends the enrolment: 200 refused, the portal page hears why, the QR no longer registers; a repeat is 200 again', async () => {
    const enrolment = await started();
    const events: EnrolmentRefusedEvent[] = [];
    await portal.ephemeral.subscribe(deviceEnrolledChannel(user.id), (m) =>
      events.push(JSON.parse(m) as EnrolmentRefusedEvent),
    );
    const response = await post(ENROLMENT_REFUSALS_PATH, refusal(enrolment.token));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json()).toEqual({ type: 'enrolment-refusal-result', refused: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual([
      { type: 'enrolment-refused', enrolmentId: enrolment.enrolmentId, reason: 'other-account' },
    ]);

    const { registration } = await registrationFor(enrolment.qrText, 'inst-fedcba9876543210');
    expect((await post('/device/v1/registrations', registration)).statusCode).toBe(404);
    const again = await post(ENROLMENT_REFUSALS_PATH, refusal(enrolment.token));
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual({ type: 'enrolment-refusal-result', refused: true });
  });

  it('answers 404 for a token unknown or already used by a registration, whose pending device stays', async () => {
    const unknown = await post(ENROLMENT_REFUSALS_PATH, refusal('A'.repeat(43)));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: 'ENROLMENT_INVALID' });

    const enrolment = await started();
    const { registration } = await registrationFor(enrolment.qrText);
    const registered = await post('/device/v1/registrations', registration);
    expect(registered.statusCode).toBe(201);
    const used = await post(ENROLMENT_REFUSALS_PATH, refusal(enrolment.token, 'same-account'));
    expect(used.statusCode).toBe(404);
    const { deviceId } = registered.json<DeviceRegistrationResult>();
    expect((await portal.durable.devices.findById(deviceId))?.status).toBe('pending');
  });

  it('answers 400 with the field for a bad reason, a bad token or another body; the QR still serves', async () => {
    const enrolment = await started();
    const badReason = await post(ENROLMENT_REFUSALS_PATH, refusal(enrolment.token, 'bored'));
    expect(badReason.statusCode).toBe(400);
    expect(badReason.json()).toEqual({ error: 'DEVICE_MESSAGE_INVALID', field: 'reason', reason: 'malformed' });
    const badToken = await post(ENROLMENT_REFUSALS_PATH, refusal('short'));
    expect(badToken.statusCode).toBe(400);
    expect(badToken.json()).toMatchObject({ field: 'enrolmentToken' });
    expect((await post(ENROLMENT_REFUSALS_PATH, [])).statusCode).toBe(400);
    const { registration } = await registrationFor(enrolment.qrText);
    expect((await post('/device/v1/registrations', registration)).statusCode).toBe(201);
  });
});
