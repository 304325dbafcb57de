import { deviceEventsChannel } from '@sesame/core';
import type { ActivationNotice, DeviceActivationRequest } from '@sesame/protocol';
import type { Services } from '../services';

type NotifyServices = Pick<Services, 'ephemeral' | 'durable' | 'push' | 'clock' | 'log'>;

/**
 * Annex step 10: « vous recevrez une notification de l'application sur votre téléphone.
 * Cliquez dessus pour valider l'acceptation de votre téléphone ». After a right PIN, tells the
 * device that its acceptance waits, as notify-devices.ts tells of a challenge: on the device's
 * channel (its event stream relays it as `event: activation-notice`), and by Web Push when the
 * registration gave a subscription — the notification the user taps. The notice is a handle
 * (the device id): the app holds the activation request from the PIN confirmation's answer.
 * Resolves when both sends have settled and never rejects: the app that just sent the PIN shows
 * its "Accept" screen anyway.
 */
export async function notifyActivation(
  services: NotifyServices,
  activation: DeviceActivationRequest,
  pushSubscription: string | null,
): Promise<void> {
  const notice: ActivationNotice = { type: 'activation-notice', deviceId: activation.deviceId };
  try {
    await services.ephemeral.publish(deviceEventsChannel(activation.deviceId), JSON.stringify(notice));
  } catch (error) {
    services.log.warn({ err: error, deviceId: activation.deviceId }, 'device events: activation notice not published');
  }
  // RFC 8030 §5.2: the push service keeps the message no longer than the acceptance is awaited.
  const ttlSeconds = activation.expiresAt - Math.floor(services.clock.now().getTime() / 1000);
  if (pushSubscription === null || services.push.publicKey === null || ttlSeconds <= 0) return;
  try {
    const outcome = await services.push.send(pushSubscription, notice, { ttlSeconds });
    if (outcome === 'gone') {
      // RFC 8030 §7.3: forgotten only if the device still holds that subscription.
      const device = await services.durable.devices.findById(activation.deviceId);
      if (device?.pushSubscription === pushSubscription) {
        await services.durable.devices.update(activation.deviceId, { pushSubscription: null });
      }
    }
  } catch (error) {
    // PushSender.send does not reject; a sender that breaks its word still stops here.
    services.log.warn({ err: error, deviceId: activation.deviceId }, 'web push: activation notice not sent');
  }
}
