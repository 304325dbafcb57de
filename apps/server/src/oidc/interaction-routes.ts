import { satisfyingStrengths, type LoginTarget } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { errors, type Provider } from 'oidc-provider';
import { baseCookie, COOKIES } from '../http/cookies';
import type { OidcRoutesContext } from '../compose/app-context';
import { endInteractionWithError, interactionExpired } from './finish-interaction';
import { interactionPath } from './provider-configuration';
import { rememberAppLocale } from '../plugins/portal-context';
import { maxAgeExceeded, promptsLogin, requestRequirement } from './request-requirement';

/**
 * The provider sends the browser here whenever an authorization request needs the user (no
 * usable session, prompt=login, max_age, step-up, a new application). Inside the portal scope:
 * language, CSRF and our SSO session (`request.auth`) are there.
 */
export function interactionRoutes(portal: FastifyInstance, services: OidcRoutesContext, provider: Provider): void {
  portal.get<{ Params: { uid: string } }>(interactionPath(':uid'), async (request, reply) => {
    let details;
    try {
      details = await provider.interactionDetails(request.raw, reply.raw);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return interactionExpired(request, reply);
      throw error;
    }
    const params = details.params as Record<string, unknown>;
    const app = typeof params.client_id === 'string' ? services.registry.byClientId(params.client_id) : undefined;
    if (details.uid !== request.params.uid || !app) return interactionExpired(request, reply);
    // OIDC Core §3.1.2.1 ui_locales (docs/adr/0045 §1): the sign-in's pages in the first we speak.
    rememberAppLocale(request, reply, typeof params.ui_locales === 'string' ? params.ui_locales : undefined);

    const requirement = requestRequirement(app, { acrValues: params.acr_values, claims: params.claims });
    const auth = request.auth;
    const forceAuthentication =
      promptsLogin(params.prompt) ||
      (auth !== null && maxAgeExceeded(params.max_age, auth.record.authTime, services.clock.now().getTime()));
    const target: LoginTarget = {
      kind: 'oidc',
      appId: app.id,
      requirement,
      forceAuthentication,
      data: { uid: details.uid },
    };

    // SSO (design §4 step 4): the session is enough and nothing asks for more, so no page at all.
    if (auth && !forceAuthentication && satisfyingStrengths(auth.record.strengths, requirement).length > 0) {
      return services.signIn.resume(request, reply, { id: auth.sessionId, record: auth.record }, auth.user, target);
    }

    // Sign in, or again for the same user (then the address is known: straight to the password).
    const { handle } = await services.signIn.begin(
      request.cookies[COOKIES.login],
      target,
      auth ? auth.user.email : undefined,
    );
    reply.setCookie(COOKIES.login, handle, baseCookie);
    const page = auth ? '/login/password' : '/login';
    return reply.redirect(page, 303);
  });

  // The level page's way back (docs/adr/0043 §3): a user who cannot or will not reach the level
  // the application asked for is sent back to it with unmet_authentication_requirements (OpenID
  // Connect Core Error Code unmet_authentication_requirements 1.0), not left on a 403 page. A form
  // POST (CSRF) under the interaction's path: only the browser that holds the interaction's cookie
  // ends it, and the answer goes to the registered redirect URI the request was checked against.
  portal.post<{ Params: { uid: string } }>(`${interactionPath(':uid')}/unmet`, async (request, reply) => {
    let details;
    try {
      details = await provider.interactionDetails(request.raw, reply.raw);
    } catch (error) {
      if (error instanceof errors.SessionNotFound) return interactionExpired(request, reply);
      throw error;
    }
    if (details.uid !== request.params.uid) return interactionExpired(request, reply);
    return endInteractionWithError(provider, request, reply, details.uid, {
      error: 'unmet_authentication_requirements',
      error_description: 'The user did not reach the authentication level the application asked for.',
    });
  });
}
