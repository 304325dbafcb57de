import type { LoginTransaction, MobileDeviceFactor, UserRecord } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { audit } from '../http/audit';
import { baseCookie, COOKIES } from '../http/cookies';
import { safeRedirectPath } from '../http/safe-redirect';
import { startSession } from '../plugins/portal-context';
import type { Services } from '../services';
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
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  done: FinishedAuthentication,
): Promise<FastifyReply> {
  const { user, method, strengths, transaction } = done;
  // Decided before the session exists, by the one function (ADR 0011): nothing after this point
  // can fail on the address, so no session is made for a sign-in that then answers 500.
  const next = safeRedirectPath(transaction.returnTo, services.config.publicUrl, '/account');
  const session = await openSession(services, request, reply, done);
  await services.loginTransactions.end(done.handle);
  reply.clearCookie(COOKIES.login, baseCookie);
  reply.setCookie(COOKIES.method, method, { ...baseCookie, maxAge: 365 * 86400 });
  if (transaction.target) {
    return continueLogin(services, request, reply, session, user, transaction.target, true, strengths);
  }
  return reply.redirect(next, 303);
}

/**
 * The session of an authentication, made one way whatever led to it — a sign-in method, or the
 * password just chosen at the end of a registration (issue 11, point 2): a fresh session id,
 * the old one never reused (design §10), and the `sign_in.succeeded` audit entry.
 */
export async function openSession(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  done: Pick<FinishedAuthentication, 'user' | 'method' | 'strengths' | 'mobileDevices'>,
) {
  const session = await startSession(services, request, reply, done.user.id, done.strengths, done.mobileDevices ?? []);
  const deviceIds = (done.mobileDevices ?? []).map((d) => d.id).join(',');
  await audit(services, request, 'sign_in.succeeded', done.user.id, {
    method: done.method,
    ...(deviceIds ? { deviceId: deviceIds } : {}),
  });
  return session;
}
