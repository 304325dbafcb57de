import { satisfyingStrengths, type SessionRecord, type UserRecord } from '@sesame/core';
import { interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { COOKIES } from '../http/cookies';
import type { OidcDeps } from './oidc-deps';
import { acrFor } from './authentication-methods';
import { requestRequirement } from './request-requirement';

/**
 * oidc-provider keeps a session of its own (its cookie). Ours is the one that counts: the
 * provider's may serve an authorization request only while it mirrors ours exactly. Otherwise
 * the request goes through the interaction, where our sign-in flow decides, and the provider's
 * session is logged in again from ours.
 */

export interface SsoSession {
  id: string;
  record: SessionRecord;
  user: UserRecord;
}

const loaded = new WeakMap<object, Promise<SsoSession | null>>();

/** Our SSO session of the browser behind a provider request (read once per request). */
export function ssoSessionOf(services: OidcDeps, ctx: KoaContextWithOIDC): Promise<SsoSession | null> {
  let session = loaded.get(ctx.req);
  if (!session) {
    // Our cookie is not signed by the provider's keys: read it as it is.
    const id = ctx.cookies.get(COOKIES.session, { signed: false });
    session = services.sessionGate.load(id, services.clock.now());
    loaded.set(ctx.req, session);
  }
  return session;
}

/** The provider session was logged in from this SSO session, as it is now (same user, same authentication). */
export function mirrors(
  provider: { accountId?: string | undefined; loginTs?: number | undefined; acr?: string | undefined },
  sso: SsoSession,
): boolean {
  return (
    provider.accountId === sso.user.id &&
    provider.loginTs === Math.floor(sso.record.authTime / 1000) &&
    provider.acr === acrFor(sso.record.strengths)
  );
}

/**
 * The interaction policy: oidc-provider's, with one more login check, and without its essential
 * `acr` checks, which compare the requested value with the session's for equality; our levels
 * are ordered, so requestRequirement() folds a requested `acr` into the requirement instead
 * (an application asking MEDIUM may receive HIGH).
 */
export function sesameInteractionPolicy(services: OidcDeps): interactionPolicy.DefaultPolicy {
  const policy = interactionPolicy.base();
  const login = policy.get('login');
  if (!login) throw new Error('oidc-provider interaction policy has no login prompt');
  login.checks.remove('essential_acr');
  login.checks.remove('essential_acrs');
  login.checks.add(
    new interactionPolicy.Check(
      'sesame_session',
      'the Sésame session is missing, of another user, not the one the provider session came from, or not enough for this request',
      // prompt=none without a usable session: login_required (OIDC Core §3.1.2.6).
      'login_required',
      async (ctx) => {
        const { session, client, params } = ctx.oidc;
        if (!session?.accountId || !client || !params) return interactionPolicy.Check.REQUEST_PROMPT;
        const sso = await ssoSessionOf(services, ctx);
        if (!sso || !mirrors(session, sso)) return interactionPolicy.Check.REQUEST_PROMPT;
        const app = services.registry.byClientId(client.clientId);
        if (!app) return interactionPolicy.Check.REQUEST_PROMPT;
        const requirement = requestRequirement(app, { acrValues: params.acr_values, claims: ctx.oidc.claims });
        return satisfyingStrengths(sso.record.strengths, requirement).length === 0
          ? interactionPolicy.Check.REQUEST_PROMPT
          : interactionPolicy.Check.NO_NEED_TO_PROMPT;
      },
    ),
  );
  return policy;
}
