import type { RelyingApp } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Provider } from 'oidc-provider';
import { sendErrorPage } from '../http/send-error-page';
import type { LoginContinuation } from '../compose/app-context';
import type { LoginCancellation } from '../compose/continuations';
import type { EphemeralStore, ServiceRegistry } from '@sesame/core';
import type { SesameConfig } from '../config/config-schema';
import { grantableClaims, grantableScopes } from './account-claims';
import { acrFor, amrFor } from './authentication-methods';
import { saveAuthenticationFacts } from './authentication-context';
import { HOUR, OFFLINE_TTL } from './lifetimes';
import { USER_SCOPES } from './registry-clients';

type Interaction = InstanceType<Provider['Interaction']>;

const OIDC_SCOPES = new Set<string>(USER_SCOPES);

/** The interaction vanished (expired, already finished): the application must start again. */
export function interactionExpired(request: FastifyRequest, reply: FastifyReply) {
  const m = request.messages;
  return sendErrorPage(request, reply, { title: m.oidc.errorTitle, message: m.oidc.expired });
}

/**
 * The consent part of the result. Registered applications are first-party (design §7): no
 * consent screen. The grant holds the requested scopes and claims the application may receive
 * and refuses the others, so oidc-provider's consent checks are satisfied and the rest is never
 * released.
 */
async function saveGrant(provider: Provider, interaction: Interaction, accountId: string, app: RelyingApp) {
  const clientId = app.oidc!.clientId;
  const existing = interaction.grantId ? await provider.Grant.find(interaction.grantId) : undefined;
  const grant =
    existing && existing.accountId === accountId && existing.clientId === clientId
      ? existing
      : new provider.Grant({ accountId, clientId });

  const requested = String(interaction.params.scope ?? '')
    .split(' ')
    .filter((scope) => OIDC_SCOPES.has(scope));
  const scopes = grantableScopes(app);
  const granted = requested.filter((scope) => scopes.has(scope));
  const refused = requested.filter((scope) => !scopes.has(scope));
  if (granted.length > 0) grant.addOIDCScope(granted.join(' '));
  if (refused.length > 0) grant.rejectOIDCScope(refused.join(' '));

  // The claims of the `claims` parameter, whichever prompt started the interaction: the consent
  // prompt's details list them, but an interaction started by the login prompt (prompt=login,
  // max_age) has none, and a grant without them sent the browser through a second, forced
  // sign-in (found with docs/adr/0048's step-up).
  const details = interaction.prompt.details as { missingOIDCClaims?: string[] };
  const claims = grantableClaims(app);
  const missing = [
    ...new Set([...(details.missingOIDCClaims ?? []), ...claimsParameterNames(interaction.params.claims)]),
  ];
  const grantedClaims = missing.filter((claim) => claims.has(claim));
  const refusedClaims = missing.filter((claim) => !claims.has(claim));
  if (grantedClaims.length > 0) grant.addOIDCClaims(grantedClaims);
  if (refusedClaims.length > 0) grant.rejectOIDCClaims(refusedClaims);
  return grant.save();
}

/** The claims named by an authorization request's `claims` parameter (OIDC Core §5.5), for userinfo or the ID token. */
function claimsParameterNames(raw: unknown): string[] {
  if (typeof raw !== 'string') return [];
  try {
    const parsed = JSON.parse(raw) as { userinfo?: unknown; id_token?: unknown } | null;
    const names = (part: unknown) =>
      part !== null && typeof part === 'object' && !Array.isArray(part) ? Object.keys(part) : [];
    return [...names(parsed?.userinfo), ...names(parsed?.id_token)];
  } catch {
    // oidc-provider refused a malformed one before any interaction.
    return [];
  }
}

/**
 * The OIDC continuation (compose.ts): the user is authenticated enough for the application;
 * the interaction ends with the login (from our SSO session) and the grant, and the browser goes
 * back to the provider, which answers the application.
 *
 * The result is written to the interaction directly rather than with interactionFinished(): that
 * one finds the interaction by its cookie, which the browser sends only under
 * /oidc/interaction/…, and the sign-in flow may end on /login/password. The login transaction,
 * server-side, holds the uid; the provider's resume cookie still ties the result to the browser
 * that made the authorization request.
 */
export interface OidcContinuationDeps {
  readonly registry: ServiceRegistry;
  readonly ephemeral: EphemeralStore;
  readonly config: Pick<SesameConfig, 'session'>;
}

export function oidcContinuation(services: OidcContinuationDeps, provider: Provider): LoginContinuation {
  return async ({ request, reply, session, user, target, strengths }) => {
    const uid = target.data.uid;
    const interaction = typeof uid === 'string' ? await provider.Interaction.find(uid) : undefined;
    const app = services.registry.byId(target.appId);
    if (!interaction || !app?.oidc || interaction.params.client_id !== app.oidc.clientId) {
      return interactionExpired(request, reply);
    }
    const grantId = await saveGrant(provider, interaction, user.id, app);
    // acr and amr describe the strengths that satisfied this request (after a forced
    // re-authentication, only those presented again).
    const { authTime } = session.record;
    const ts = Math.floor(authTime / 1000);
    // What CAS puts in a service ticket (cas-continuation.ts), for the claims of how the person
    // signed in (docs/adr/0048); kept as long as the grant's tokens may live.
    const offline = String(interaction.params.scope ?? '')
      .split(' ')
      .includes('offline_access');
    await saveAuthenticationFacts(
      services.ephemeral,
      grantId,
      ts,
      { strengths, devices: session.record.mobileDevices },
      offline ? OFFLINE_TTL : services.config.session.absoluteHours * HOUR,
    );
    interaction.result = {
      login: {
        accountId: user.id,
        acr: acrFor(strengths),
        amr: amrFor(strengths),
        ts,
        // A browser-session cookie, as ours: the provider's session must not outlive it.
        remember: false,
      },
      consent: { grantId },
    };
    await interaction.save(Math.max(1, (interaction.exp ?? 0) - Math.floor(Date.now() / 1000)));
    return reply.redirect(interaction.returnTo, 303);
  };
}

/**
 * Cancel at the interstitial of "warn me each time an application asks for my identity"
 * (docs/adr/0031): the interaction ends with access_denied (OpenID Connect Core §3.1.2.6), and the
 * provider sends it to the application's registered redirect URI — never a URL of the request.
 */
export function oidcCancellation(provider: Provider): LoginCancellation {
  return ({ request, reply, target }) =>
    endInteractionWithError(provider, request, reply, target.data.uid, {
      error: 'access_denied',
      error_description: 'The user cancelled the sign-in.',
    });
}

/**
 * Ends the interaction with an error that the provider sends to the application's registered
 * redirect URI (OIDC Core §3.1.2.6) — never to a URL of the request.
 */
export async function endInteractionWithError(
  provider: Provider,
  request: FastifyRequest,
  reply: FastifyReply,
  uid: unknown,
  error: { error: string; error_description: string },
) {
  const interaction = typeof uid === 'string' ? await provider.Interaction.find(uid) : undefined;
  if (!interaction) return interactionExpired(request, reply);
  interaction.result = error;
  await interaction.save(Math.max(1, (interaction.exp ?? 0) - Math.floor(Date.now() / 1000)));
  return reply.redirect(interaction.returnTo, 303);
}
