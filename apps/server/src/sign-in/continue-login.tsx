import {
  type ActiveSession,
  decideContinuation,
  eidStepUpProviders,
  type LoginTarget,
  type UserRecord,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import { sendPage, viewContext } from '../http/render-page';
import { AppConsentPage } from '../views/sign-in/app-consent-page';
import { StepUpPage } from '../views/pages/step-up-page';
import { campaignInterstitial } from './campaign-interstitial';
import type { SignInRoutesContext } from './context';
import { unmetRequirementsPath } from '../oidc/unmet-requirements-path';

/**
 * Resumes the relying-app sign-in once the user is authenticated (design §4 step 4). When the
 * session does not reach what the application requires, the user is told what is missing and
 * offered the next step (docs/adr/0019): the sign-in is kept, bound to this user, so that the
 * step-up (sign-in/step-up.tsx) resumes this very transaction instead of a dead end.
 */
export async function continueLogin(
  ctx: SignInRoutesContext,
  request: FastifyRequest,
  reply: FastifyReply,
  session: ActiveSession,
  user: UserRecord,
  target: LoginTarget,
  fresh: boolean,
  /** The strengths the user has just presented, when `fresh`. */
  presented: readonly Strength[] = [],
  options: {
    /** The user has just said Continue at the interstitial (sign-in/consent-routes.tsx). */
    readonly confirmed?: boolean;
    /** Why the last step-up was refused (an eID not this account's, docs/adr/0053), on the level page. */
    readonly error?: string;
    /** The level page's status with that error (an SMS not sent: 429, 503…), else 403. */
    readonly status?: number;
  } = {},
): Promise<FastifyReply> {
  const confirmed = options.confirmed === true;
  // Issue 14 point 4 (docs/adr/0036): the registration campaign's page comes first, here where
  // every sign-in and every SSO visit of an application passes — no way round it by the app's URL.
  const campaign = await campaignInterstitial(ctx, request, reply, session, user, { target, fresh, presented });
  if (campaign) return campaign;
  const app = ctx.registry.byId(target.appId);
  const continuation = ctx.continuations[target.kind];
  // Core policy: a forced re-authentication (CAS renew, OIDC prompt=login or max_age) counts only
  // what was presented now.
  const decided = decideContinuation({ target, sessionStrengths: session.record.strengths, presented, fresh });
  if (app && continuation && decided.action === 'continue') {
    // "Warn me each time an application asks for my identity" (docs/adr/0031): after a sign-in and
    // on SSO alike — this is the one place both go through — the application gets nothing until
    // the user says Continue; the sign-in is held, single-use, for this account only.
    if (!confirmed && (await ctx.appConsent.wanted(user.id))) {
      const token = await ctx.appConsent.store.hold({ userId: user.id, target, fresh, presented: [...presented] });
      return sendPage(reply, <AppConsentPage ctx={viewContext(request, reply)} appName={app.name} token={token} />);
    }
    return continuation({ request, reply, session, user, target, strengths: decided.strengths, fresh });
  }
  const gap = await ctx.levelGap(user, session.record.strengths, target.requirement, request.cookies[COOKIES.recovery]);
  // The account's linked eIDs whose provider's mapping reaches the level (docs/adr/0053 §2): the
  // page offers each beside the other ways, whatever the gap — HIGH included.
  const eids =
    app && continuation && ctx.eid
      ? eidStepUpProviders(ctx.eid.providers, await ctx.eid.links.listByUser(user.id), target.requirement)
      : [];
  if (
    app &&
    continuation &&
    (eids.length > 0 ||
      gap === 'confirm-with-app' ||
      gap === 'confirm-with-code' ||
      gap === 'confirm-with-key' ||
      gap === 'confirm-with-sms' ||
      gap === 'set-up-app')
  ) {
    // A new handle: the one of the finished sign-in was ended (finishSignIn), and a handle is
    // never taken from what the browser sends (session fixation, design §10).
    const handle = await ctx.engine.keep(user.id, user.email, target);
    reply.setCookie(COOKIES.login, handle, baseCookie);
  }
  return sendPage(
    reply,
    <StepUpPage
      ctx={viewContext(request, reply)}
      appName={app?.name ?? target.appId}
      requirement={target.requirement}
      gap={app && continuation ? gap : 'not-offered'}
      sessionStrengths={session.record.strengths}
      eids={eids.map((p) => ({ id: p.id, label: p.label[request.locale] }))}
      error={options.error}
      // CAS: the user can go back to the application, signed out of it (no ticket).
      backHref={target.kind === 'cas' && typeof target.data.service === 'string' ? target.data.service : undefined}
      // OIDC: the interaction ends with unmet_authentication_requirements (docs/adr/0043 §3).
      backAction={
        target.kind === 'oidc' && typeof target.data.uid === 'string'
          ? unmetRequirementsPath(target.data.uid)
          : undefined
      }
    />,
    options.status ?? 403,
  );
}
