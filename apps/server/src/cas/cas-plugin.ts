import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';
import { casApiErrorHandler } from './cas-api-errors';
import { createCasContext } from './cas-context';
import { casContinuation } from './cas-continuation';
import { loginInitRoute } from './login-init-route';
import { loginRoute } from './login-route';
import { logoutRoute } from './logout-route';
import { proxyRoute } from './proxy-route';
import { proxyValidateRoutes } from './proxy-validate-route';
import { serviceValidateRoutes } from './service-validate-route';
import { casSingleLogout } from './single-logout';
import { validateRoute } from './validate-route';

/**
 * CAS endpoints that show pages to people (/cas/login, /cas/logout): inside the portal scope.
 * Registers how a CAS sign-in resumes after the portal's sign-in pages, and how a CAS
 * application is told that the session it joined has ended.
 */
export function registerCasPortalRoutes(portal: FastifyInstance, services: Services): void {
  const cas = createCasContext(services, portal.log);
  services.protocols.continuations.cas = casContinuation(services, cas);
  services.protocols.logout.cas = casSingleLogout(services, cas);
  loginRoute(portal, services, cas);
  logoutRoute(portal, services);
}

/**
 * CAS endpoints called by applications (validation, proxy, login/init): outside the portal
 * scope, in a scope of their own whose faults are answered as CAS documents.
 */
export function registerCasApiRoutes(app: FastifyInstance, services: Services): void {
  void app.register(async (api) => {
    api.setErrorHandler(casApiErrorHandler(services.registry));
    const cas = createCasContext(services, api.log);
    validateRoute(api, services, cas);
    serviceValidateRoutes(api, services, cas);
    proxyValidateRoutes(api, services, cas);
    proxyRoute(api, services, cas);
    loginInitRoute(api, services, cas);
  });
}
