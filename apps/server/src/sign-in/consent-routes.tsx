import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { parseForm } from '../http/parse-form';
import { sendErrorPage } from '../http/send-error-page';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';

const consentForm = z.object({ token: z.string().max(100).optional(), answer: z.string().optional() });

/**
 * The interstitial's answer (issue 13 point 5b; docs/adr/0031), a POST with the CSRF token (the
 * portal scope checks it). The held sign-in is taken once, for the signed-in account only: a
 * replayed Continue, or one from another account's browser, gets the "already answered" page and
 * no ticket. Continue resumes the application's sign-in as it was held (continueLogin checks the
 * level again); Cancel returns to the application with access_denied (OIDC) or to the portal (CAS:
 * the protocol has no refusal, and the service URL is not ours to send the user to unsigned).
 */
export function consentRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  app.post('/login/consent', async (request, reply) => {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const { token, answer } = parseForm(request, consentForm);
    const held = await ctx.appConsent.store.take(token, auth.user.id);
    if (!held) {
      const m = request.messages;
      return sendErrorPage(request, reply, { title: m.appConsent.title, message: m.appConsent.gone }, 410);
    }
    const { target } = held;
    if (answer !== 'continue') {
      const cancel = ctx.appConsent.cancellations[target.kind];
      return cancel ? cancel({ request, reply, target }) : reply.redirect('/account', 303);
    }
    const session = { id: auth.sessionId, record: auth.record };
    return continueLogin(ctx, request, reply, session, auth.user, target, held.fresh, held.presented, {
      confirmed: true,
    });
  });
}
