import type { LoginTransaction, MobileDeviceFactor, UserRecord } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import { safeRedirectPath } from '../http/safe-redirect';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import type { AuthenticationMethod } from './sign-in-methods';

export interface FinishedAuthentication {
  user: UserRecord;
  method: AuthenticationMethod;
  /** Everything presented in this sign-in (the password's PASSWORD included). */
  strengths: Strength[];
  mobileDevices?: MobileDeviceFactor[];
  /** The browser's login transaction and its handle: ended here, single use. */
  transaction: LoginTransaction;
  handle: string | undefined;
}

/**
 * The last step of every sign-in method (design §4 step 4): a fresh session (never the old id),
 * the audit entry, the login transaction ended, the method remembered for next time, then back to
 * the application that asked (or to the page the user wanted).
 */
export async function finishSignIn(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  reply: FastifyReply,
  done: FinishedAuthentication,
): Promise<FastifyReply> {
  const { user, method, strengths, transaction } = done;
  // Decided before the session exists, by the one function (ADR 0011): nothing after this point
  // can fail on the address, so no session is made for a sign-in that then answers 500.
  const next = safeRedirectPath(transaction.returnTo, ctx.publicUrl, '/account');
  const session = await openSession(ctx, request, reply, done);
  await ctx.methods.transactions.end(done.handle);
  reply.clearCookie(COOKIES.login, baseCookie);
  reply.setCookie(COOKIES.method, method, { ...baseCookie, maxAge: 365 * 86400 });
  if (transaction.target) {
    return continueLogin(ctx, request, reply, session, user, transaction.target, true, strengths);
  }
  return reply.redirect(next, 303);
}

/**
 * The session of an authentication, made one way whatever led to it — a sign-in method, or the
 * password just chosen at the end of a registration (issue 11, point 2): a fresh session id,
 * the old one never reused (design §10), and the `sign_in.succeeded` audit entry.
 */
export async function openSession(
  ctx: Pick<SignInRoutesContext, 'sessions' | 'audit'>,
  request: FastifyRequest,
  reply: FastifyReply,
  done: Pick<FinishedAuthentication, 'user' | 'method' | 'strengths' | 'mobileDevices'>,
) {
  const mobileDevices = done.mobileDevices ?? [];
  const session = await ctx.sessions.start(
    request.cookies[COOKIES.session],
    done.user.id,
    done.strengths,
    mobileDevices,
    request.log,
  );
  reply.setCookie(COOKIES.session, session.id, baseCookie);
  const deviceIds = mobileDevices.map((d) => d.id).join(',');
  await ctx.audit('sign_in.succeeded', done.user.id, request.meta, {
    method: done.method,
    ...(deviceIds ? { deviceId: deviceIds } : {}),
  });
  return session;
}
