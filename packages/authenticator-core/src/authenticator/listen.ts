import { signDeviceRequest, type PushNotice } from '@sesame/protocol';
import { DEVICE_API_PATHS } from '../api/http-contract';
import type { AuthenticatorContext } from './context';
import { loadEnrolledAccounts } from './state';

/** Wait before opening a stream again after it ended or failed (a server restart, a network change). */
export const RECONNECT_DELAY_MS = 5_000;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // Already stopped (say, from inside onNotice): an abort listener added now would never run.
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/**
 * Holds each account's event stream open while the app is open (design §5: a request reaches an
 * open app by its event stream first; Web Push and polling cover the rest), opening it again
 * RECONNECT_DELAY_MS after it ends, with a fresh request proof each time. `onNotice` hears each
 * new challenge (a handle: the app then reads it with `remembered` when the stream carried it,
 * else fetches it with `pending`). Resolves once `signal` aborts.
 */
export async function listen(
  ctx: AuthenticatorContext,
  onNotice: (notice: PushNotice) => void,
  signal: AbortSignal,
): Promise<void> {
  const accounts = await loadEnrolledAccounts(ctx.store);
  await Promise.all(
    accounts.map(async (account) => {
      const api = ctx.deviceApi(account.server);
      if (!api.events) return;
      while (!signal.aborted) {
        try {
          const proof = await signDeviceRequest(account.deviceKey, {
            method: 'GET',
            path: DEVICE_API_PATHS.events,
            deviceId: account.deviceId,
            now: ctx.clock.now(),
          });
          await api.events(
            proof,
            (notice, challenge) => {
              if (notice.deviceId !== account.deviceId) return;
              // Remembered as fetchChallenges does, with its checks: approve and refuse then
              // answer it without asking the server (issue 12), `remembered` lists it.
              if (
                challenge?.challengeId === notice.challengeId &&
                challenge.deviceId === account.deviceId &&
                challenge.account === account.account
              ) {
                ctx.shown.set(challenge.challengeId, { deviceId: account.deviceId, challenge });
              }
              onNotice(notice);
            },
            signal,
          );
        } catch {
          // Unreachable, refused (a blocked or deleted device): polling says why; try again later.
        }
        await pause(RECONNECT_DELAY_MS, signal);
      }
    }),
  );
}
