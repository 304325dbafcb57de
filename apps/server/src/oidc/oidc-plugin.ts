import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';

/** The OpenID Provider (oidc-provider) mounted under /oidc: outside the portal scope. */
export async function registerOidcProvider(_app: FastifyInstance, _services: Services): Promise<void> {}

/** The interaction pages of the OpenID Provider, handled by the portal's sign-in flow. */
export function registerOidcPortalRoutes(_portal: FastifyInstance, _services: Services): void {}
