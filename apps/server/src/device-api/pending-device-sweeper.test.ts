import { pendingDeviceLifetimeMs, startEnrolment, type UserRecord } from '@sesame/core';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PIN, registrationFor } from '../../testing/device-client';
import { createTestPortal, type TestPortal } from '../../test/test-portal';
import { pendingDeviceSweeper } from './pending-device-sweeper';

let portal: TestPortal;
let user: UserRecord;
let sweeper: FastifyInstance | undefined;

beforeEach(async () => {
  portal = await createTestPortal();
  user = await portal.createUser({ email: 'marie.dupont@example.org', password: 'correct horse battery staple' });
});
afterEach(async () => {
  await sweeper?.close();
  await portal.close();
});

async function pendingDevice(): Promise<string> {
  const form = { name: 'Pixel-de-Marie', pin: PIN, pinConfirm: PIN };
  const { qrText } = await startEnrolment(portal.services.devices, user, form, portal.clock.now());
  const { registration } = await registrationFor(qrText);
  const response = await portal.app.inject({ method: 'POST', url: '/device/v1/registrations', payload: registration });
  expect(response.statusCode).toBe(201);
  return response.json<{ deviceId: string }>().deviceId;
}

it('the server deletes a never-confirmed pending device once its enrolment can no longer end', async () => {
  const id = await pendingDevice();
  sweeper = Fastify({ logger: false });
  pendingDeviceSweeper(sweeper, portal.services, 20);
  await sweeper.ready();
  await new Promise((resolve) => setTimeout(resolve, 100));
  // Still confirmable: kept.
  expect(await portal.services.durable.devices.findById(id)).not.toBeNull();

  portal.clock.advance(pendingDeviceLifetimeMs(portal.services.devices.policy) + 1_000);
  await expect.poll(() => portal.services.durable.devices.findById(id), { timeout: 2_000, interval: 20 }).toBeNull();
});
