import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from '../http/cookies';
import { parseForm, parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { safeRedirectPath } from '../http/safe-redirect';
import { CampaignPage } from '../views/sign-in/campaign-page';
import { CAMPAIGN_PATH } from './campaign-path';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';

const nextQuery = z.object({ next: z.string().optional() });
const laterForm = z.object({ token: z.string().max(100).optional() });

/**
 * The page on the portal (a sign-in without an application: `next`), and "Later". "Later" is
 * counted in the database by core (snoozeCampaign, one conditional write) and lets this session's
 * applications through; once no longer allowed, the page comes back without it.
 */
export function campaignRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  const next = (request: FastifyRequest) =>
    safeRedirectPath(parseQuery(request, nextQuery).next, ctx.publicUrl, '/account');

  app.get(CAMPAIGN_PATH, async (request, reply) => {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const step = await ctx.campaign.step(auth.user.id, auth.sessionId);
    if (step.kind === 'none') return reply.redirect(next(request), 303);
    return sendPage(
      reply,
      <CampaignPage
        ctx={viewContext(request, reply)}
        step={step}
        laterAction={`${CAMPAIGN_PATH}?next=${encodeURIComponent(next(request))}`}
      />,
    );
  });

  app.post(CAMPAIGN_PATH, async (request, reply) => {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const form = parseForm(request, laterForm);
    await ctx.campaign.later(auth.user.id, auth.sessionId, request.meta);
    const step = await ctx.campaign.step(auth.user.id, auth.sessionId);
    if (step.kind !== 'none') {
      // "Later" is no longer allowed: the same page, without it (the held sign-in stays held).
      return sendPage(
        reply,
        <CampaignPage ctx={viewContext(request, reply)} step={step} laterAction={CAMPAIGN_PATH} token={form.token} />,
      );
    }
    const held = await ctx.campaign.holds.take(form.token, auth.user.id);
    if (!held) return reply.redirect(next(request), 303);
    const kept = await ctx.engine.resumeKept(request.cookies[COOKIES.login], auth.user.id);
    if (kept.ok) await ctx.engine.end(kept.handle);
    reply.clearCookie(COOKIES.login, baseCookie);
    const session = { id: auth.sessionId, record: auth.record };
    return continueLogin(ctx, request, reply, session, auth.user, held.target, held.fresh, held.presented);
  });
}
