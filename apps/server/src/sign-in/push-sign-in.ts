import { createPushChallenge, type LoginTransaction } from '@sesame/core';
import type { FastifyRequest } from 'fastify';
import { browserLabel } from '../http/browser-label';
import type { SignInRoutesContext } from './context';
import { askingAppName } from './asking-app';

/**
 * How long after the password a new push may be sent without typing it again ("Send a new
 * request", an expired request). The session's authTime is the push's approval, not the password.
 */
export const PASSWORD_STEP_VALID_MS = 10 * 60_000;

/**
 * "Sésame app with PIN code", after a right password (design §5 "PIN code"): a challenge to every
 * active device of the account, bound to this browser's login transaction, with the context the
 * app shows (the asking application, this browser, its IP, now). The devices are told without
 * waiting (event stream, Web Push); the browser shows the number and waits. Returns the
 * transaction as saved, the second factor pending.
 */
export async function sendPushRequest(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  handle: string,
  transaction: LoginTransaction,
  userId: string,
  passwordAt: number,
): Promise<LoginTransaction> {
  const created = await createPushChallenge(
    ctx.methods.devices,
    {
      userId,
      loginTransactionId: handle,
      relyingAppName: askingAppName(ctx, transaction),
      browser: browserLabel(request.headers['user-agent']),
      ip: request.ip,
    },
    ctx.clock.now(),
  );
  const next: LoginTransaction = {
    ...transaction,
    secondFactor: {
      userId,
      method: 'PASSWORD_MOBILE_APP',
      passwordAt,
      shown: created.shown,
      expiresAt: created.expiresAt.getTime(),
    },
  };
  await ctx.methods.transactions.save(handle, next);
  // Not awaited: a slow push service must not hold the page; notifyDevices never rejects.
  void ctx.methods.notify(created);
  return next;
}
