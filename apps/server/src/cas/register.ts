import type { FastifyInstance } from 'fastify';
import type { CasRoutesContext } from '../compose/app-context';
import { tagSurface } from '../http/error-handler';
import { loginInitRoute } from './login-init-route';
import { loginRoute } from './login-route';
import { logoutRoute } from './logout-route';
import { proxyRoute } from './proxy-route';
import { proxyValidateRoutes } from './proxy-validate-route';
import { samlValidateRoute } from './saml-validate-route';
import { serviceValidateRoutes } from './service-validate-route';
import { validateRoute } from './validate-route';

/**
 * CAS endpoints that show pages to people (/cas/login, /cas/logout): inside the portal scope.
 * How a CAS sign-in resumes and how a CAS application is told of a logout are built by compose.
 */
export function registerCasPortalRoutes(portal: FastifyInstance, ctx: CasRoutesContext): void {
  loginRoute(portal, ctx, ctx.cas);
  logoutRoute(portal, ctx);
}

/**
 * CAS endpoints called by applications (validation, SAML 1.1 validation, proxy, login/init): outside the portal
 * scope; their failures are answered as CAS documents by the root error handler (surface cas-api).
 */
export async function registerCasApiRoutes(app: FastifyInstance, ctx: CasRoutesContext): Promise<void> {
  await app.register(async (api) => {
    tagSurface(api, 'cas-api');
    validateRoute(api, ctx, ctx.cas);
    serviceValidateRoutes(api, ctx, ctx.cas);
    proxyValidateRoutes(api, ctx, ctx.cas);
    proxyRoute(api, ctx, ctx.cas);
    loginInitRoute(api, ctx, ctx.cas);
    await samlValidateRoute(api, ctx, ctx.cas);
  });
}
