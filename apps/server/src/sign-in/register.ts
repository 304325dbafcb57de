import type { FastifyInstance } from 'fastify';
import { chooseRoutes } from './choose-routes';
import { codeRoutes } from './code-routes';
import { consentRoutes } from './consent-routes';
import type { SignInRoutesContext } from './context';
import { METHOD_PAGES } from './method-pages';
import { passwordRoutes } from './password-routes';
import { smsSunsetRoutes } from './sms-sunset';
import { campaignRoutes } from './campaign';
import { stepUpRoutes } from './step-up';
import { waitRoutes } from './wait-routes';
import { eidRoutes } from '../eid/eid-routes';

/**
 * The sign-in's HTTP side (design §4; docs/adr/0026 §2.1): the e-mail and password steps and the
 * sign-out, one set of generic routes per method page (a wait or a code), the step-up. Inside the
 * portal scope: language, CSRF and the session are there.
 */
export function registerSignIn(portal: FastifyInstance, ctx: SignInRoutesContext): void {
  passwordRoutes(portal, ctx);
  chooseRoutes(portal, ctx);
  consentRoutes(portal, ctx);
  for (const page of METHOD_PAGES) {
    if (page.kind === 'wait') waitRoutes(portal, ctx, page);
    else codeRoutes(portal, ctx, page);
  }
  stepUpRoutes(portal, ctx);
  smsSunsetRoutes(portal, ctx);
  campaignRoutes(portal, ctx);
  // Issue 15 point 1 (docs/adr/0042): only when providers are configured.
  if (ctx.eid) eidRoutes(portal, ctx, ctx.eid);
}
