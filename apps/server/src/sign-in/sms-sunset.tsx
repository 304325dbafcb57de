import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from '../http/cookies';
import { parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { safeRedirectPath } from '../http/safe-redirect';
import { SmsSunsetPage } from '../views/sign-in/sms-sunset-page';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import { SMS_SUNSET_PATH } from './sms-sunset-path';

const nextQuery = z.object({ next: z.string().optional() });

/**
 * The page after an SMS sign-in before the sunset (issue 13 point 4; docs/adr/0030), and its
 * "Later". It needs the session the SMS sign-in opened. "Later" resumes the application's sign-in
 * kept for this user (as the step-up does), counted as fresh only with the single-use pass
 * finishSignIn issued — so a forced re-authentication gets its ticket, and nothing else can claim
 * SMS was just presented. Without a kept sign-in, `next` (same-origin only, ADR 0011).
 */
export function smsSunsetRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  const sunset = ctx.smsSunset;
  if (sunset === null) return;
  const next = (request: FastifyRequest) =>
    safeRedirectPath(parseQuery(request, nextQuery).next, ctx.publicUrl, '/account');

  app.get(SMS_SUNSET_PATH, async (request, reply) => {
    if (!request.auth) return reply.redirect('/login', 303);
    // The account's own date (docs/adr/0034 §1); an account without one has nothing to be told here.
    const date = await sunset.sunsetOf(request.auth.user.id);
    if (date === null) return reply.redirect(next(request), 303);
    return sendPage(reply, <SmsSunsetPage ctx={viewContext(request, reply)} sunset={date} next={next(request)} />);
  });

  app.post(SMS_SUNSET_PATH, async (request, reply) => {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const fresh = await sunset.take(request.cookies[COOKIES.smsSunset], auth.user.id);
    reply.clearCookie(COOKIES.smsSunset, baseCookie);
    const kept = await ctx.engine.resumeKept(request.cookies[COOKIES.login], auth.user.id);
    if (!kept.ok) return reply.redirect(next(request), 303);
    await ctx.engine.end(kept.handle);
    reply.clearCookie(COOKIES.login, baseCookie);
    const session = { id: auth.sessionId, record: auth.record };
    // What SMS proved just now (the method's strengths), only with the pass; else the session's, not fresh.
    const presented = fresh ? (ctx.methods.byId('sms')?.strengths ?? []) : [];
    return continueLogin(ctx, request, reply, session, auth.user, kept.state.ctx.target, fresh, presented);
  });
}
