import type { FastifyInstance } from 'fastify';
import type { Services } from '../services';

/** CAS endpoints that show pages to people (/cas/login, /cas/logout): inside the portal scope. */
export function registerCasPortalRoutes(_portal: FastifyInstance, _services: Services): void {}

/** CAS endpoints called by applications (validation, proxy, login/init): outside the portal scope. */
export function registerCasApiRoutes(_app: FastifyInstance, _services: Services): void {}
