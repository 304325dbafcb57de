import type { FastifyInstance } from 'fastify';
import { verifyLogoutToken } from '../oidc/verify-logout-token';
import type { RouteDeps } from './route-deps';

/**
 * OpenID Connect Back-Channel Logout 1.0 §2.5–2.8: Sésame POSTs a signed `logout_token`; a valid
 * one ends the local sessions of that provider session (`sid`) or user (`sub`). 200 on success,
 * 400 with an OAuth-style error otherwise, never cached.
 */
export function backchannelLogoutRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { store, oidc } = deps;

  app.post<{ Body: { logout_token?: unknown } }>('/oidc/backchannel-logout', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const token = request.body?.logout_token;
    if (typeof token !== 'string' || !token)
      return reply.status(400).send({ error: 'invalid_request', error_description: 'logout_token is required' });
    let expectations;
    try {
      expectations = await oidc.logoutTokenExpectations();
    } catch (error) {
      request.log.warn({ err: error }, 'back-channel logout: the provider metadata is unavailable');
      return reply.status(503).send({ error: 'temporarily_unavailable' });
    }
    const verdict = await verifyLogoutToken(token, expectations);
    if (!verdict.verified) {
      request.log.warn({ error: verdict.error, detail: verdict.detail }, 'back-channel logout: Logout Token refused');
      const status = verdict.error === 'KEYS_UNAVAILABLE' ? 503 : 400;
      return reply.status(status).send({ error: status === 503 ? 'temporarily_unavailable' : 'invalid_request' });
    }
    // §2.6 step 7: a Logout Token is used once.
    if (!store.rememberJti(verdict.jti, verdict.expiresAt)) {
      request.log.warn({ jti: verdict.jti }, 'back-channel logout: Logout Token replayed');
      return reply.status(400).send({ error: 'invalid_request', error_description: 'logout_token already used' });
    }
    const ended = store.endByOidc({ sid: verdict.sid, sub: verdict.sub }, 'oidc-backchannel-logout');
    request.log.info({ ended, sid: verdict.sid !== null }, 'OpenID Connect back-channel logout');
    return reply.status(200).send();
  });
}
