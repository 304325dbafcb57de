import {
  createPushChallenge,
  isSesameError,
  type LoginTransaction,
  normaliseEmail,
  randomToken,
  SesameError,
  SignInGuard,
  Throttle,
  tokenDigest,
} from '@sesame/core';
import { generateNumberMatch } from '@sesame/protocol';
import type { FastifyRequest } from 'fastify';
import { browserLabel } from '../http/browser-label';
import type { SignInRoutesContext } from './context';
import { askingAppName } from './asking-app';
import { ON_MOBILE } from './sign-in-methods';

/** Requests from one IP address, whatever the addresses typed: a bound on what a script may create. */
const MOBILE_REQUESTS_PER_IP = { limit: 30, windowMs: 10 * 60_000 };

/**
 * "On mobile" (design §3 MOBILE_APP, §5 "On mobile"; docs/adr/0007): at the password step, on the
 * phone that holds the app, the user asks the app instead of typing the password. A push
 * challenge is created for the account's active devices, bound to this browser's login
 * transaction, through createPushChallenge and its push-bombing limit. The devices are **not**
 * notified: the phone in the user's hand opens the request through the page's link, so a
 * stranger who knows only the address cannot make the owner's phone ring.
 *
 * The answer reveals nothing the e-mail step does not (ADR 0002): an unknown address, or an
 * account without an active device, gets the same waiting page with a number and an expiry of
 * the same shape, and simply never gets a verdict. The per-address limit below is counted for
 * every address, so the push limit shows the same way for all of them.
 */
export async function sendMobileRequest(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  handle: string,
  transaction: LoginTransaction & { email: string },
): Promise<LoginTransaction> {
  const email = normaliseEmail(transaction.email);
  const { accounts, devices, transactions } = ctx.methods;
  const now = ctx.clock.now();
  // The password step's lock and per-IP guard apply: both keyed by what was typed, account or not.
  await new SignInGuard(accounts.ephemeral, accounts.policy).assertAllowed(email, request.ip);
  await new Throttle(
    accounts.ephemeral,
    'mobile-request-ip',
    MOBILE_REQUESTS_PER_IP.limit,
    MOBILE_REQUESTS_PER_IP.windowMs,
  ).hit(request.ip);
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
          loginTransactionId: handle,
          relyingAppName: askingAppName(ctx, transaction),
          browser: browserLabel(request.headers['user-agent']),
          ip: request.ip,
        },
        now,
      );
      created = { userId: user.id, shown: push.shown, expiresAt: push.expiresAt.getTime() };
    } catch (error) {
      // No active device: answered like an unknown address. The push limit is the same for all.
      if (!isSesameError(error) || error.code !== 'NO_ACTIVE_DEVICE') throw error;
    }
  }
  // The decoy: a number and an expiry like a real request's, for a user id that matches nobody.
  // No challenge is bound to this transaction, so no verdict can ever reach it.
  const seconds = Math.floor(now.getTime() / 1000);
  const factor = created ?? {
    userId: `none:${randomToken(16)}`,
    shown: generateNumberMatch().shown,
    expiresAt: (seconds + devices.policy.pushChallengeTtlSeconds) * 1000,
  };
  const next: LoginTransaction = {
    ...transaction,
    secondFactor: {
      userId: factor.userId,
      method: ON_MOBILE,
      passwordAt: now.getTime(),
      shown: factor.shown,
      expiresAt: factor.expiresAt,
    },
  };
  await transactions.save(handle, next);
  return next;
}

/**
 * The link that opens the app on the request (apps/authenticator router.ts): the number, since
 * on the very phone that started the sign-in number matching adds nothing, and the request's
 * expiry, which tells it apart from another request of the same account. Not the challenge id:
 * an account with several devices has several, and their count would tell a real account from
 * an unknown address.
 */
export function appLink(shown: number, expiresAt: number): string {
  return `/app/#/pending?n=${shown}&exp=${Math.floor(expiresAt / 1000)}`;
}
