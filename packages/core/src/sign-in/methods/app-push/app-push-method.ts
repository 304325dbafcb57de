import { fitRelyingAppName } from '@sesame/protocol';
import { z } from 'zod';
import { isUsableDevice } from '../../../devices/device-blocking';
import type { DeviceDeps } from '../../../devices/device-deps';
import { createPushChallenge } from '../../../devices/push-challenges';
import { SesameError } from '../../../errors';
import type { DeviceNotifier } from '../../../ports';
import type { SignInMethod } from '../../method';
import { type AppPushData, appPushData, type AppPushView } from './app-push-data';
import { settlePushVerdict, watchPushVerdict } from './push-verdict';

/**
 * "Sésame app with PIN code" (wire PASSWORD_MOBILE_APP; design §5 "PIN code"), after a right
 * password: a challenge to every active device of the account, bound to this browser's sign-in,
 * with the context the app shows (the asking application, this browser, its IP). The devices are
 * told after the sign-in is saved, without waiting (`effects`: event stream, Web Push); the
 * browser shows the number and waits for the app's verdict. No answer field: the verdict comes
 * from the app (device API), the browser only asks whether it came.
 */
export function appPushMethod(
  devices: DeviceDeps,
  notifier: DeviceNotifier,
): SignInMethod<AppPushData, null, AppPushView> {
  return {
    id: 'app-push',
    wireName: 'PASSWORD_MOBILE_APP',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
    dataSchema: appPushData,

    parseAnswer: () => null,

    async start(input) {
      // After the password only: without an account there is no device to ask.
      if (input.userId === null) throw new SesameError('NO_ACTIVE_DEVICE');
      const created = await createPushChallenge(
        devices,
        {
          userId: input.userId,
          loginTransactionId: input.handle,
          // The challenge carries at most RELYING_APP_NAME_MAX_BYTES: a long configured name is cut, not refused (ADR 0011).
          relyingAppName: fitRelyingAppName(input.appName),
          browser: input.meta.browser,
          ip: input.meta.ip,
        },
        input.now,
      );
      return {
        data: { shown: created.shown, deviceNames: JSON.stringify(created.deviceNames) },
        expiresAt: created.expiresAt.getTime(),
        userId: input.userId,
        effects: () => notifier.notify(created),
      };
    },

    settle: (input) => settlePushVerdict(devices, input),

    async view(input) {
      return {
        shown: input.data.shown,
        deviceNames:
          input.userId === null
            ? []
            : (keptNames(input.data.deviceNames) ?? (await usableDeviceNames(devices, input.userId, input.now))),
      };
    },

    live: { watch: (handle, onVerdict) => watchPushVerdict(devices, handle, onVerdict) },
  };
}

const namesSchema = z.array(z.string());

/**
 * The names kept at the start: the devices the challenge was sent to (a device removed or blocked
 * during the wait is still named, as it was asked). Null when absent or not a list of names.
 */
function keptNames(text: string | undefined): string[] | null {
  if (text === undefined) return null;
  try {
    const parsed = namesSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function usableDeviceNames(devices: DeviceDeps, userId: string, now: Date): Promise<string[]> {
  const all = await devices.durable.devices.listByUser(userId);
  return all.filter((d) => isUsableDevice(d, now)).map((d) => d.name);
}
