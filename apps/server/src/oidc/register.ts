import type { FastifyInstance } from 'fastify';
import type { OidcRoutesContext } from '../compose/app-context';
import { interactionRoutes } from './interaction-routes';
import { mountProvider } from './mount-provider';

/** The OpenID Provider (created by compose) mounted under /oidc: outside the portal scope. */
export async function registerOidcProvider(app: FastifyInstance, ctx: OidcRoutesContext): Promise<void> {
  await mountProvider(app, ctx, ctx.provider);
}

/** The interaction pages of the OpenID Provider, handled by the portal's sign-in flow. */
export function registerOidcPortalRoutes(portal: FastifyInstance, ctx: OidcRoutesContext): void {
  interactionRoutes(portal, ctx, ctx.provider);
}
