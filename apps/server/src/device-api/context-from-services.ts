import type { Services } from '../services';
import { notifyActivation } from '../push/notify-activation';
import type { DeviceApiContext } from './context';

/**
 * TEMPORARY (issue 12): the device API's context taken from today's Services, so the app works
 * before the composition root exists. The lead replaces it by compose/build-device-api.ts
 * (helper D's composition root) and deletes this file with services.ts.
 */
export function deviceApiContextFromServices(services: Services): DeviceApiContext {
  const context: DeviceApiContext = {
    devices: services.devices,
    clock: services.clock,
    vapidPublicKey: services.push.publicKey,
    events: services.ephemeral,
    probe: async () => {
      const checks = await Promise.allSettled([services.durable.ping(), services.ephemeral.ping()]);
      return checks.every((check) => check.status === 'fulfilled');
    },
    // services.log is read when called: it is the app's logger once the app is built.
    notifyActivation: (activation, pushSubscription) => notifyActivation(services, activation, pushSubscription),
  };
  return Object.freeze(context);
}

/**
 * TEMPORARY (issue 12): device-events-route.test.ts and pending-device-sweeper.test.ts still hand
 * a route today's Services; they take either until the test portal exposes the contexts.
 */
export type DeviceApiContextSource = DeviceApiContext | Services;

export function asDeviceApiContext(source: DeviceApiContextSource): DeviceApiContext {
  return 'probe' in source ? source : deviceApiContextFromServices(source);
}
