import {
  deviceEventsChannel,
  isUsableDevice,
  livePushChallenge,
  SesameError,
  verifyDeviceRequestProof,
} from '@sesame/core';
import { type DeviceNotice, parseDeviceNotice } from '@sesame/protocol';
import type { FastifyInstance } from 'fastify';
import { eventStreams } from '../http/event-stream';
import { zodCompilers } from '../http/zod-route';
import { asDeviceApiContext, type DeviceApiContextSource } from './context-from-services';
import { parseDeviceAuthorization } from './device-authorization';
import { errorResponses } from './schemas';

const PATH = '/device/v1/events';

/**
 * `?with=challenge`: the app asks for each new challenge itself on the stream, as
 * `event: push-challenge` (the PushChallenge that GET /device/v1/challenges would list) just
 * before its `event: push-notice`, and then need not fetch it (issue 12). Opt-in, so that an app
 * of before hears exactly what it did. Not signed (the proof covers the path): it chooses only
 * how much of what the device may read is sent.
 */
const WITH_CHALLENGE = 'challenge';

/** Comment lines that keep the stream open through proxies and mobile networks with idle timeouts. */
export const DEVICE_EVENTS_HEARTBEAT_MS = 25_000;

/** A notice for this device, rebuilt field by field; anything else on the channel is dropped. */
function noticeFor(deviceId: string, message: string): DeviceNotice | null {
  try {
    const notice = parseDeviceNotice(JSON.parse(message));
    return notice.deviceId === deviceId ? notice : null;
  } catch {
    return null;
  }
}

/**
 * GET /device/v1/events — the open app's event stream (design §5: a challenge reaches the app
 * "by the open event stream" first): `event: push-notice` with a PushNotice as data for each new
 * challenge of the device (push/notify-devices.ts publishes them), `event: activation-notice`
 * with an ActivationNotice after a right PIN at enrolment (push/notify-activation.ts; the
 * stream serves active devices only, so today a pending app hears it by Web Push), a comment
 * line every 25 s. With `?with=challenge`, each push-notice follows an `event: push-challenge`
 * carrying its challenge (WITH_CHALLENGE above).
 * Authenticated like GET /device/v1/challenges by the signed request proof (the app reads the
 * stream with fetch, since EventSource cannot send an Authorization header): 401 for a missing,
 * stale or bad proof or an unknown device, 403 for a blocked one, 503 when the ephemeral store
 * refuses the subscription. The stream ends when the store stops answering or the device is no
 * longer active; the app then reconnects, and polls meanwhile.
 */
export function deviceEventsRoute(
  api: FastifyInstance,
  source: DeviceApiContextSource,
  options: { heartbeatMs: number } = { heartbeatMs: DEVICE_EVENTS_HEARTBEAT_MS },
): void {
  const ctx = asDeviceApiContext(source);
  const streams = eventStreams(api, { heartbeatMs: options.heartbeatMs, name: 'device events' });
  // Its own compilers: its test registers it alone, outside the device API's sub-app.
  const route = { schema: { response: errorResponses(401, 403) }, ...zodCompilers('DEVICE_MESSAGE_INVALID') };
  api.get(PATH, route, async (request, reply) => {
    const proof = parseDeviceAuthorization(request.headers.authorization);
    if (proof === null) throw new SesameError('DEVICE_UNAUTHENTICATED');
    // The signed path is the route's, without a query string: the app signs exactly this.
    const device = await verifyDeviceRequestProof(ctx.devices, { method: 'GET', path: PATH }, proof, ctx.clock.now());
    const withChallenge = (request.query as Record<string, unknown>).with === WITH_CHALLENGE;
    return streams.reply(request, reply, {
      subscribe: (emit) =>
        ctx.events.subscribe(deviceEventsChannel(device.id), (message) => {
          const notice = noticeFor(device.id, message);
          if (notice === null) return;
          // The event's name is the notice's type: `push-notice` or `activation-notice`.
          if (!withChallenge || notice.type !== 'push-notice') return emit(notice.type, JSON.stringify(notice));
          // The challenge first, then its notice; a store that fails leaves the notice alone (the
          // app then fetches the challenge, as an app of before does).
          void livePushChallenge(ctx.devices, device.id, notice.challengeId, ctx.clock.now())
            .catch(() => null)
            .then((challenge) => {
              if (challenge) emit('push-challenge', JSON.stringify(challenge));
              emit(notice.type, JSON.stringify(notice));
            });
        }),
      stillValid: async () => {
        await ctx.events.ping();
        const latest = await ctx.devices.durable.devices.findById(device.id);
        return latest !== null && isUsableDevice(latest, ctx.clock.now());
      },
    });
  });
}
