import { parsePushSubscription, pushSubscriptionProofPath } from '@sesame/protocol';
import { SesameError } from '../errors';
import { type DeviceDeps, parseMessage } from './device-deps';
import { type DeviceRequestProofInput, verifyDeviceRequestProof } from './device-request-proof';

/**
 * Issue 10, finding 6: a device enrolled where its push service was out of reach registered
 * without a subscription; once the app gets one, it gives it here, authenticated by its signed
 * request proof (as GET /device/v1/challenges; only an active device, DEVICE_BLOCKED for a
 * blocked one). The body is `{"pushSubscription": PushSubscriptionJson}`, checked by the
 * protocol's parser (an https endpoint, RFC 8291 keys). Returns the device id.
 */
export async function updatePushSubscription(
  deps: DeviceDeps,
  proof: DeviceRequestProofInput,
  body: unknown,
  now: Date,
): Promise<string> {
  const fields = typeof body === 'object' && body !== null ? Object.keys(body) : [];
  if (fields.length !== 1 || fields[0] !== 'pushSubscription') {
    throw new SesameError('DEVICE_MESSAGE_INVALID', { field: '$', reason: 'malformed' });
  }
  const subscription = parseMessage(parsePushSubscription, (body as { pushSubscription: unknown }).pushSubscription);
  const path = await pushSubscriptionProofPath(subscription);
  const device = await verifyDeviceRequestProof(deps, { method: 'PUT', path }, proof, now);
  await deps.durable.devices.update(device.id, { pushSubscription: JSON.stringify(subscription) });
  return device.id;
}
