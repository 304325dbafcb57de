import type { FastifyBaseLogger } from 'fastify';
import Provider from 'oidc-provider';
import type { KeyRing } from './key-ring';
import { guardCors, OIDC_MOUNT, seeHttpsOfPublicUrl } from './mount-provider';
import type { OidcDeps } from './oidc-deps';
import { participantRecorder } from './participant-recorder';
import { providerConfiguration } from './provider-configuration';
import { renderError } from './provider-pages';
import { rpInitiatedLogout } from './rp-initiated-logout';
import { isStoreUnavailable, storeFaultMiddleware } from './store-faults';

/**
 * The OpenID Provider (oidc-provider), created by the composition root (ADR 0026 §2.6) with its
 * middlewares; oidc/register.ts mounts it under /oidc. One per composed app, so no registry of
 * providers keyed on anything.
 */
export function createProvider(deps: OidcDeps, ring: KeyRing, log: FastifyBaseLogger): Provider {
  const { config } = deps;
  const provider = new Provider(
    `${config.publicUrl.replace(/\/$/, '')}${OIDC_MOUNT}`,
    providerConfiguration(deps, ring),
  );
  // X-Forwarded-Proto decides Secure cookies, as for the portal. Koa trusts every X-Forwarded-*
  // header when on, so mountProvider hands it only what Fastify's trusted proxies set (ADR 0010).
  provider.proxy = config.trustProxy !== false;
  provider.on('server_error', (_ctx: unknown, error: Error) =>
    // A store outage is logged once by the store-health tracker, not with a stack per request.
    isStoreUnavailable(error) || isStoreUnavailable(error.cause)
      ? log.debug('oidc-provider: store unavailable')
      : log.error({ err: error }, 'oidc-provider error'),
  );
  provider.on('backchannel.error', (_ctx: unknown, error: Error, client: { clientId: string }) =>
    log.warn({ err: error, clientId: client.clientId }, 'OIDC back-channel logout failed'),
  );
  // First, so that it wraps the others: a store fault after the answer is built replaces it.
  provider.use(storeFaultMiddleware(renderError));
  provider.use(participantRecorder(deps, provider));
  provider.use(rpInitiatedLogout(deps, log));
  seeHttpsOfPublicUrl(provider, config.publicUrl);
  guardCors(provider, deps.registry);
  return provider;
}
