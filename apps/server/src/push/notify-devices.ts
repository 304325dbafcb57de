import { type CreatedPush, deviceEventsChannel } from '@sesame/core';
import type { Services } from '../services';

type NotifyServices = Pick<Services, 'ephemeral' | 'durable' | 'push' | 'clock' | 'log'>;

/**
 * Tells each device of a new push challenge the ways design §5 lists: at once to an open app,
 * on the device's channel which its event stream (GET /device/v1/events) relays, and by Web
 * Push to a sleeping one that gave a subscription; polling GET /device/v1/challenges remains the
 * last resort. Resolves when every send has settled and never rejects: a notice that did not go
 * does not stop the sign-in, the browser shows the number anyway.
 */
export async function notifyDevices(services: NotifyServices, created: CreatedPush): Promise<void> {
  // RFC 8030 §5.2: the push service keeps the message no longer than the challenge lives.
  const ttlSeconds = Math.ceil((created.expiresAt.getTime() - services.clock.now().getTime()) / 1000);
  await Promise.all(
    created.challenges.map(async (challenge) => {
      try {
        await services.ephemeral.publish(deviceEventsChannel(challenge.deviceId), JSON.stringify(challenge.notice));
      } catch (error) {
        services.log.warn({ err: error, deviceId: challenge.deviceId }, 'device events: notice not published');
      }
      if (challenge.pushSubscription === null || services.push.publicKey === null || ttlSeconds <= 0) return;
      try {
        const outcome = await services.push.send(challenge.pushSubscription, challenge.notice, { ttlSeconds });
        if (outcome === 'gone') await forgetSubscription(services, challenge.deviceId, challenge.pushSubscription);
      } catch (error) {
        // PushSender.send does not reject; a sender that breaks its word still stops here.
        services.log.warn({ err: error, deviceId: challenge.deviceId }, 'web push: not sent');
      }
    }),
  );
}

/**
 * RFC 8030 §7.3: a subscription the push service no longer knows never comes back. Forgotten
 * only if the device still holds that one, not a newer one stored meanwhile.
 */
async function forgetSubscription(services: NotifyServices, deviceId: string, subscription: string): Promise<void> {
  const device = await services.durable.devices.findById(deviceId);
  if (device?.pushSubscription === subscription) {
    await services.durable.devices.update(deviceId, { pushSubscription: null });
  }
}
