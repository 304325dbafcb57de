import type { Authenticated, MethodWireName, MobileDeviceFactor, UserRecord } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import { safeRedirectPath } from '../http/safe-redirect';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import { signInMeta } from './sign-in-meta';
import { SMS_SUNSET_PATH } from './sms-sunset-path';

/**
 * The last step of every sign-in method (design §4 step 4): a fresh session (never the old id),
 * the engine's `finish` (the audit entry, the sign-in ended: single use), the method remembered
 * for next time, then back to the application that asked (or to the page the user wanted).
 * `account`: the account as the engine just read it to accept the answer (engine.settle), not
 * read again (issue 12 point 5).
 */
export async function finishSignIn(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  reply: FastifyReply,
  handle: string,
  done: Authenticated,
  account?: UserRecord,
): Promise<FastifyReply> {
  // Decided before the session exists, by the one function (ADR 0011): nothing after this point
  // can fail on the address, so no session is made for a sign-in that then answers 500.
  const next = safeRedirectPath(done.ctx.returnTo, ctx.publicUrl, '/account');
  const user = account?.id === done.userId ? account : await ctx.users.findById(done.userId);
  // The account went away between the answer and now: nothing to open a session for.
  if (!user) return reply.redirect('/login', 303);
  const session = await startSession(ctx, request, reply, user.id, done.strengths, done.mobileDevices);
  await ctx.engine.finish(handle, done, signInMeta(request));
  reply.clearCookie(COOKIES.login, baseCookie);
  // A way back (a recovery code, docs/adr/0028 §6): never remembered as the next sign-in's
  // method, and the user sets up a new factor first.
  if (done.setUpFactor) return reply.redirect('/account/set-up-factor', 303);
  const wireName = ctx.methods.byId(done.method)?.wireName ?? 'PASSWORD';
  reply.setCookie(COOKIES.method, wireName, { ...baseCookie, maxAge: 365 * 86400 });
  // Issue 13 point 4: before the sunset, every SMS sign-in is followed by the page that says when
  // SMS stops (sign-in/sms-sunset.tsx); the application's sign-in waits, kept for this user.
  if (done.method === 'sms' && ctx.smsSunset && ctx.clock.now().getTime() < ctx.smsSunset.date.getTime()) {
    if (done.ctx.target) {
      reply.setCookie(COOKIES.login, await ctx.engine.keep(user.id, user.email, done.ctx.target), baseCookie);
    }
    reply.setCookie(COOKIES.smsSunset, await ctx.smsSunset.issue(user.id), baseCookie);
    return reply.redirect(`${SMS_SUNSET_PATH}?next=${encodeURIComponent(next)}`, 303);
  }
  if (done.ctx.target) {
    return continueLogin(ctx, request, reply, session, user, done.ctx.target, true, done.strengths);
  }
  return reply.redirect(next, 303);
}

/** A fresh session in the browser's cookie (the old id is never reused: design §10). */
async function startSession(
  ctx: Pick<SignInRoutesContext, 'sessions'>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  strengths: readonly Strength[],
  mobileDevices: readonly MobileDeviceFactor[],
) {
  const session = await ctx.sessions.start(
    request.cookies[COOKIES.session],
    userId,
    strengths,
    mobileDevices,
    request.log,
  );
  reply.setCookie(COOKIES.session, session.id, baseCookie);
  return session;
}

/**
 * The session of an authentication outside a sign-in — the password just chosen at the end of a
 * registration (issue 11, point 2): made the same way, with the `sign_in.succeeded` audit entry.
 */
export async function openSession(
  ctx: Pick<SignInRoutesContext, 'sessions' | 'audit'>,
  request: FastifyRequest,
  reply: FastifyReply,
  done: { user: UserRecord; method: MethodWireName; strengths: Strength[] },
) {
  const session = await startSession(ctx, request, reply, done.user.id, done.strengths, []);
  await ctx.audit('sign_in.succeeded', done.user.id, request.meta, { method: done.method });
  return session;
}
