import { fitRelyingAppName } from '@sesame/protocol';
import type { AccountDeps } from '../../../accounts/account-deps';
import { normaliseEmail } from '../../../accounts/email-address';
import { SignInGuard } from '../../../accounts/sign-in-guard';
import type { DeviceDeps } from '../../../devices/device-deps';
import { createPushChallenge } from '../../../devices/push-challenges';
import { isSesameError, SesameError } from '../../../errors';
import { tokenDigest } from '../../../security/random-token';
import { Throttle } from '../../../security/throttle';
import type { SignInMethod } from '../../method';
// The verdict is read as for "PIN code": one module for both push methods.
import { settlePushVerdict, watchPushVerdict } from '../app-push/push-verdict';
import { decoyRequest } from './decoy';
import { type OnMobileData, onMobileData, type OnMobileView } from './on-mobile-data';

/** Requests from one IP address, whatever the addresses typed: a bound on what a script may create. */
const MOBILE_REQUESTS_PER_IP = { limit: 30, windowMs: 10 * 60_000 };

/** What "On mobile" needs of the accounts: the password step's lock, the users by address. */
export type OnMobileAccountDeps = Pick<AccountDeps, 'durable' | 'ephemeral' | 'policy'>;

/**
 * "On mobile" (wire MOBILE_APP; design §3 MOBILE_APP, §5 "On mobile"; docs/adr/0007): at the
 * password step, on the phone that holds the app, the user asks the app instead of typing the
 * password. A push challenge is created for the account's active devices, bound to this browser's
 * sign-in, through createPushChallenge and its push-bombing limit. The devices are **not**
 * notified: the phone in the user's hand opens the request through the page's link, so a stranger
 * who knows only the address cannot make the owner's phone ring.
 *
 * The answer reveals nothing the e-mail step does not (ADR 0002): an unknown address, or an
 * account without an active device, gets the same waiting page with a number and an expiry of
 * the same shape (the decoy, userId null), and simply never gets a verdict. The per-address limit
 * below is counted for every address, so the push limit shows the same way for all of them.
 */
export function onMobileMethod(
  devices: DeviceDeps,
  accounts: OnMobileAccountDeps,
): SignInMethod<OnMobileData, null, OnMobileView> {
  return {
    id: 'on-mobile',
    wireName: 'MOBILE_APP',
    position: 'instead-of-password',
    // Two factors without the password: the device key (something you have) and the PIN that
    // unlocks its secret (something you know) — EU Login's MOBILE_APP, level MEDIUM.
    strengths: ['MOBILE_APP'],
    dataSchema: onMobileData,

    parseAnswer: () => null,

    async start(input) {
      const email = normaliseEmail(input.email);
      const { ip } = input.meta;
      // The password step's lock and per-IP guard apply: both keyed by what was typed, account or not.
      await new SignInGuard(accounts.ephemeral, accounts.policy).assertAllowed(email, ip);
      await new Throttle(
        accounts.ephemeral,
        'mobile-request-ip',
        MOBILE_REQUESTS_PER_IP.limit,
        MOBILE_REQUESTS_PER_IP.windowMs,
      ).hit(ip);
      const { limit, windowSeconds } = devices.policy.pushPerUser;
      const count = await accounts.ephemeral.increment(
        `mobile-request:${tokenDigest(`acct:${email}`)}`,
        windowSeconds * 1000,
      );
      if (count > limit) throw new SesameError('PUSH_LIMIT_REACHED', { retryAfterSeconds: windowSeconds });

      const user = await accounts.durable.users.findByEmail(email);
      let created: { userId: string; shown: number; expiresAt: number } | null = null;
      if (user) {
        try {
          const push = await createPushChallenge(
            devices,
            {
              userId: user.id,
              loginTransactionId: input.handle,
              relyingAppName: fitRelyingAppName(input.appName),
              browser: input.meta.browser,
              ip,
            },
            input.now,
          );
          created = { userId: user.id, shown: push.shown, expiresAt: push.expiresAt.getTime() };
        } catch (error) {
          // No active device: answered like an unknown address. The push limit is the same for all.
          if (!isSesameError(error, 'NO_ACTIVE_DEVICE')) throw error;
        }
      }
      const request = created ?? decoyRequest(devices.policy, input.now);
      return { data: { shown: request.shown }, expiresAt: request.expiresAt, userId: request.userId };
    },

    settle: (input) => settlePushVerdict(devices, input),

    view: async (input) => ({ shown: input.data.shown }),

    live: { watch: (handle, onVerdict) => watchPushVerdict(devices, handle, onVerdict) },
  };
}
