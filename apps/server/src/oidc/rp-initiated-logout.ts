import type { FastifyBaseLogger } from 'fastify';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { COOKIES } from '../http/cookies';
import type { OidcDeps } from './oidc-deps';
import { markNotified } from './participant-logout';

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => Promise<void>;

/**
 * OpenID Connect RP-Initiated Logout 1.0: when the user confirms signing out at
 * /oidc/session/end, oidc-provider ends its own session and sends the Logout Tokens of the
 * applications in it. This ends ours too, with every other application it signed into (CAS
 * single logout included), so that the portal and the next sign-in anywhere ask again.
 * "No, stay signed in" only leaves the asking application, as oidc-provider does.
 */
export function rpInitiatedLogout(services: OidcDeps, log: FastifyBaseLogger): Middleware {
  return async (ctx, next) => {
    await next();
    const oidc = ctx.oidc as KoaContextWithOIDC['oidc'] | undefined;
    const session = oidc?.session;
    if (oidc?.route !== 'end_session_confirm' || !oidc.params?.logout || ctx.status !== 303 || !session) return;

    // oidc-provider has just told these applications; endSession must not tell them twice.
    for (const clientId of Object.keys(session.authorizations ?? {})) {
      await markNotified(services.ephemeral, session.uid, clientId);
    }

    const sessionId = ctx.cookies.get(COOKIES.session, { signed: false });
    const sso = await services.sessionGate.load(sessionId, services.clock.now());
    await services.sessionGate.end(sessionId, sso?.user.id ?? null, log);
    if (sso) {
      await services.durable.audit.append({
        type: 'sign_out',
        userId: sso.user.id,
        ip: ctx.ip,
        userAgent: ctx.get('user-agent').slice(0, 300) || null,
        at: services.clock.now(),
        details: { via: 'oidc' },
      });
    }
    // Koa refuses Secure cookies on a plain connection (development), so the header by hand.
    ctx.append('Set-Cookie', `${COOKIES.session}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax`);
  };
}
