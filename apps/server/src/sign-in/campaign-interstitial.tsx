import type { ActiveSession, LoginTarget, UserRecord } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import { sendPage, viewContext } from '../http/render-page';
import { CampaignPage } from '../views/sign-in/campaign-page';
import { CAMPAIGN_PATH } from './campaign-path';
import type { SignInRoutesContext } from './context';

/**
 * The registration campaign's page when it applies (issue 14 point 4; docs/adr/0036), else null.
 * Called by continueLogin — the one place every sign-in and every SSO visit of an application goes
 * through — so typing the application's address does not get past it. The application's sign-in
 * is held twice: kept (COOKIES.login) so that an enrolment started here comes back to it through
 * the step-up, and held under the "Later" form's token with what was presented, so that "Later"
 * resumes it as fresh as it was.
 */
export async function campaignInterstitial(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  reply: FastifyReply,
  session: ActiveSession,
  user: UserRecord,
  held: { target: LoginTarget; fresh: boolean; presented: readonly Strength[] },
): Promise<FastifyReply | null> {
  const step = await ctx.campaign.step(user.id, session.id);
  if (step.kind === 'none') return null;
  reply.setCookie(COOKIES.login, await ctx.engine.keep(user.id, user.email, held.target), baseCookie);
  const token = await ctx.campaign.holds.hold({ userId: user.id, ...held, presented: [...held.presented] });
  return sendPage(
    reply,
    <CampaignPage ctx={viewContext(request, reply)} step={step} laterAction={CAMPAIGN_PATH} token={token} />,
  );
}
