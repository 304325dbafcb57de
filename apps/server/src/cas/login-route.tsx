import { askedRequirement, casAppFor, decideCasLogin, type LoginRequest, type LoginTarget } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import type { CasRoutesContext } from '../compose/app-context';
import type { CasContext } from './cas-context';
import { sendErrorPage } from '../http/send-error-page';
import { rememberAppLocale } from '../plugins/portal-context';
import { casFlag, casParams } from './cas-params';

/** What the CAS target of a login transaction keeps (LoginTarget.data). */
export interface CasTargetData {
  service: string;
  renew: boolean;
  gateway: boolean;
  /** CAS 3.0 §2.1.1: how the ticket goes back (casContinuation). */
  method: CasResponseMethod;
  [key: string]: string | number | boolean | null;
}

export type CasResponseMethod = 'GET' | 'POST';

/**
 * CAS 3.0 §2.1.1 `method`: absent or GET, a redirect with `ticket` in the URL; POST, a page
 * that posts `ticket` to the service (docs/adr/0044). Anything else — HEADER included, which
 * Sésame does not offer — is null, and the request is refused with a page.
 */
export function casResponseMethod(raw: string | undefined): CasResponseMethod | null {
  if (raw === undefined) return 'GET';
  const upper = raw.toUpperCase();
  return upper === 'GET' || upper === 'POST' ? upper : null;
}

/** The parameters of an EU Login login request, as if they had come in the URL. */
function fromLoginRequest(saved: LoginRequest): Record<string, string | undefined> {
  return {
    service: saved.service,
    renew: saved.renew ? 'true' : undefined,
    acceptStrengths: saved.acceptStrengths.length > 0 ? saved.acceptStrengths.join(',') : undefined,
    authenticationLevel: saved.authenticationLevel ?? undefined,
    locale: saved.locale ?? undefined,
  };
}

/**
 * CAS 3.0 §2.1–§2.2 /cas/login (service, renew, gateway), with EU Login's `loginRequestId`,
 * `acceptStrengths` and `authenticationLevel`. The decision itself is core's decideCasLogin;
 * this route reads the request, refuses what cannot be served, and carries the decision out.
 */
export function loginRoute(portal: FastifyInstance, services: CasRoutesContext, cas: CasContext) {
  portal.get('/cas/login', async (request, reply) => {
    const m = request.messages;
    let params = casParams(request.query);
    if (params.loginRequestId !== undefined) {
      // EU Login: the login request replaces the URL's parameters, and is used once.
      const saved = await cas.loginRequests.take(params.loginRequestId);
      if (!saved) {
        return sendErrorPage(request, reply, { title: m.cas.requestTitle, message: m.cas.loginRequestInvalid });
      }
      params = fromLoginRequest(saved);
    }
    // §2.2.4: no service, nothing to send back; the portal is the "SSO initiated" page.
    if (!params.service) return reply.redirect(request.auth ? '/account' : '/login', 303);
    // §2.2.1: an unregistered service gets a message, never a redirect (no open redirect).
    const app = casAppFor(services.registry, params.service);
    if (!app) {
      return sendErrorPage(request, reply, { title: m.unknownService.title, message: m.unknownService.body });
    }
    // EU Login's `locale=` (docs/adr/0045 §1): the sign-in's pages in the application's language.
    rememberAppLocale(request, reply, params.locale);
    const asked = askedRequirement(app, {
      acceptStrengths: params.acceptStrengths,
      authenticationLevel: params.authenticationLevel,
    });
    if (!asked.ok) {
      const { cas: texts } = request.messages;
      const message = asked.failure.code === 'INVALID_STRENGTH' ? texts.invalidStrength : texts.invalidLevel;
      return sendErrorPage(request, reply, { title: texts.requestTitle, message });
    }

    // §2.1.1 method: GET (a redirect, the default) or POST (a form post); HEADER is not offered.
    const method = casResponseMethod(params.method);
    if (!method) return sendErrorPage(request, reply, { title: m.cas.requestTitle, message: m.cas.invalidMethod });

    const renew = casFlag(params.renew);
    const gateway = casFlag(params.gateway);
    const data: CasTargetData = { service: params.service, renew, gateway, method };
    const target: LoginTarget = {
      kind: 'cas',
      appId: app.id,
      requirement: asked.requirement,
      forceAuthentication: renew,
      data,
    };
    const auth = request.auth;
    const decision = decideCasLogin({
      renew,
      gateway,
      sessionStrengths: auth?.record.strengths ?? null,
      requirement: asked.requirement,
    });
    switch (decision.action) {
      case 'issue':
      case 'step-up':
        // Both come from a session (decideCasLogin). continueLogin issues the ticket when the
        // session reaches the requirement, and shows the step-up page when it does not.
        return services.signIn.resume(
          request,
          reply,
          { id: auth!.sessionId, record: auth!.record },
          auth!.user,
          target,
        );
      case 'return-without-ticket':
        // §2.1.1 gateway: "MUST redirect the client to the URL specified by the service parameter with no ticket".
        return reply.redirect(params.service, 303);
      case 'authenticate': {
        // renew over a session: the same person presents credentials again (§2.1.1), so the
        // address is known and the password step comes first.
        const { handle } = await services.signIn.begin(
          request.cookies[COOKIES.login],
          target,
          decision.again && auth ? auth.user.email : undefined,
        );
        reply.setCookie(COOKIES.login, handle, baseCookie);
        return reply.redirect(decision.again ? '/login/password' : '/login', 303);
      }
    }
  });
}
