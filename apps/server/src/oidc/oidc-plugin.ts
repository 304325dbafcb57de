import type { FastifyInstance } from 'fastify';
import Provider from 'oidc-provider';
import type { Services } from '../services';
import { oidcContinuation } from './finish-interaction';
import { interactionRoutes } from './interaction-routes';
import { loadOrCreateKeyRing } from './key-ring';
import { mountProvider, OIDC_MOUNT } from './mount-provider';
import { oidcParticipantLogout } from './participant-logout';
import { participantRecorder } from './participant-recorder';
import { providerConfiguration } from './provider-configuration';
import { renderError } from './provider-pages';
import { isStoreUnavailable, storeFaultMiddleware } from './store-faults';
import { rpInitiatedLogout } from './rp-initiated-logout';

/** The provider of each app built (tests build several), for the portal routes registered after it. */
const providers = new WeakMap<Services, Provider>();

/** The OpenID Provider (oidc-provider) mounted under /oidc: outside the portal scope. */
export async function registerOidcProvider(app: FastifyInstance, services: Services): Promise<void> {
  const { config } = services;
  const keysFile = config.oidc.keysFile;
  const { ring, created } = loadOrCreateKeyRing(keysFile, services.clock.now());
  if (created) {
    app.log.warn(
      `OIDC key ring created at ${keysFile}: keep it secret, back it up, and give every node the same file.`,
    );
  }

  const provider = new Provider(
    `${config.publicUrl.replace(/\/$/, '')}${OIDC_MOUNT}`,
    providerConfiguration(services, ring),
  );
  // X-Forwarded-Proto decides Secure cookies, as for the portal. Koa trusts every X-Forwarded-*
  // header when on, so mountProvider hands it only what Fastify's trusted proxies set (ADR 0010).
  provider.proxy = config.trustProxy !== false;
  provider.on('server_error', (_ctx: unknown, error: Error) =>
    // A store outage is logged once by the store-health tracker, not with a stack per request.
    isStoreUnavailable(error) || isStoreUnavailable(error.cause)
      ? app.log.debug('oidc-provider: store unavailable')
      : app.log.error({ err: error }, 'oidc-provider error'),
  );
  provider.on('backchannel.error', (_ctx: unknown, error: Error, client: { clientId: string }) =>
    app.log.warn({ err: error, clientId: client.clientId }, 'OIDC back-channel logout failed'),
  );
  // First, so that it wraps the others: a store fault after the answer is built replaces it.
  provider.use(storeFaultMiddleware(renderError));
  provider.use(participantRecorder(services, provider));
  provider.use(rpInitiatedLogout(services, app.log));

  services.protocols.continuations.oidc = oidcContinuation(services, provider);
  services.protocols.logout.oidc = oidcParticipantLogout(services, provider);
  providers.set(services, provider);
  await mountProvider(app, services, provider);
}

/** The interaction pages of the OpenID Provider, handled by the portal's sign-in flow. */
export function registerOidcPortalRoutes(portal: FastifyInstance, services: Services): void {
  const provider = providers.get(services);
  if (!provider) throw new Error('registerOidcProvider must run before registerOidcPortalRoutes');
  interactionRoutes(portal, services, provider);
}
