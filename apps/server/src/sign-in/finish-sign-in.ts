import {
  markBrowserKnown,
  recogniseBrowser,
  rememberSignIn,
  type Authenticated,
  type MethodWireName,
  type MobileDeviceFactor,
  type UserRecord,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { browserLabel } from '../http/browser-label';
import { baseCookie, COOKIES, KNOWN_BROWSER_MAX_AGE } from '../http/cookies';
import { safeRedirectPath } from '../http/safe-redirect';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import { signInMeta } from './sign-in-meta';
import { SMS_SUNSET_PATH } from './sms-sunset-path';
import { CAMPAIGN_PATH } from './campaign-path';

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
  await recogniseThisBrowser(ctx, request, reply, user, done.strengths);
  reply.clearCookie(COOKIES.login, baseCookie);
  // A way back (a recovery code, docs/adr/0028 §6): never remembered as the next sign-in's
  // method, and the user sets up a new factor first.
  if (done.setUpFactor) return reply.redirect('/account/set-up-factor', 303);
  const wireName = ctx.methods.byId(done.method)?.wireName ?? 'PASSWORD';
  // Not sent again when the browser holds it already (issue 12 point 5): it then lasts a year from
  // its last change rather than from its last use.
  if (request.cookies[COOKIES.method] !== wireName) {
    reply.setCookie(COOKIES.method, wireName, { ...baseCookie, maxAge: 365 * 86400 });
  }
  // Issue 14 point 4 (docs/adr/0036): the registration campaign's page, which says all the SMS
  // sunset's page says and more, comes instead of it; with an application, continueLogin shows it.
  if ((await ctx.campaign.step(user.id, session.id)).kind !== 'none') {
    if (done.ctx.target) {
      return continueLogin(ctx, request, reply, session, user, done.ctx.target, true, done.strengths);
    }
    return reply.redirect(`${CAMPAIGN_PATH}?next=${encodeURIComponent(next)}`, 303);
  }
  // Issue 13 point 4: before the sunset, every SMS sign-in is followed by the page that says when
  // SMS stops (sign-in/sms-sunset.tsx); the application's sign-in waits, kept for this user. The
  // date is the account's own: its organisation's, else the global one (docs/adr/0034 §1).
  const sunset = done.method === 'sms' && ctx.smsSunset ? await ctx.smsSunset.sunsetOf(user.id) : null;
  if (ctx.smsSunset && sunset !== null && ctx.clock.now().getTime() < sunset.getTime()) {
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
  ctx: Pick<SignInRoutesContext, 'sessions' | 'audit' | 'knownBrowsers'>,
  request: FastifyRequest,
  reply: FastifyReply,
  done: { user: UserRecord; method: MethodWireName; strengths: Strength[] },
) {
  const session = await startSession(ctx, request, reply, done.user.id, done.strengths, []);
  await ctx.audit('sign_in.succeeded', done.user.id, request.meta, { method: done.method });
  // The browser that made the account is its first known browser (no mail: docs/adr/0032 §2).
  const cookie = markBrowserKnown(ctx.knownBrowsers.mac, done.user.id, request.cookies[COOKIES.knownBrowser]);
  setKnownBrowser(reply, cookie);
  // The password just chosen: this browser is trusted by the password's guard (docs/adr/0065).
  await rememberSignIn(ctx.knownBrowsers, done.user, done.strengths, cookie).catch((error: unknown) =>
    request.log.warn({ err: error }, 'sign-in not remembered for the password guard'),
  );
  return session;
}

/**
 * Issue 13 point 5 (docs/adr/0032 §2): this browser is now known to the account; when it was not
 * and the account asked for it, its owner is mailed (core recogniseBrowser). A mail that fails is
 * logged, never the user's error: the sign-in is done.
 */
async function recogniseThisBrowser(
  ctx: Pick<SignInRoutesContext, 'knownBrowsers' | 'audit'>,
  request: FastifyRequest,
  reply: FastifyReply,
  user: UserRecord,
  strengths: readonly Strength[],
) {
  const seen = await recogniseBrowser(
    ctx.knownBrowsers,
    user,
    request.cookies[COOKIES.knownBrowser],
    { ip: request.meta.ip, browser: browserLabel(request.headers['user-agent']) },
    (error) => request.log.warn({ err: error, template: 'new-browser-sign-in' }, 'new browser mail not sent'),
  );
  setKnownBrowser(reply, seen.cookie);
  // With the password, this browser is now trusted by the password's guard; with an eID, the
  // account's password failures start again (docs/adr/0065). Failing, the sign-in is still done:
  // the browser is only not trusted, the count not reset.
  await rememberSignIn(ctx.knownBrowsers, user, strengths, seen.cookie).catch((error: unknown) =>
    request.log.warn({ err: error }, 'sign-in not remembered for the password guard'),
  );
  if (seen.mailed) await ctx.audit('account.new_browser_mailed', user.id, request.meta);
}

function setKnownBrowser(reply: FastifyReply, value: string) {
  reply.setCookie(COOKIES.knownBrowser, value, { ...baseCookie, maxAge: KNOWN_BROWSER_MAX_AGE });
}
