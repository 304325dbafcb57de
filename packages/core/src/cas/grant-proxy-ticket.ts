import type { RelyingApp } from '../relying-apps/relying-app';
import { casFailure, type CasFailure } from './cas-failure';
import { userStillValid, type CasDeps } from './cas-deps';
import { casAppFor } from './service-url';

export type ProxyGrant =
  | { ok: true; proxyTicket: string; app: RelyingApp }
  /** `app`: the proxying application, when the PGT was found (its flavour shapes the answer). */
  | { ok: false; failure: CasFailure; app?: RelyingApp };

/**
 * CAS 3.0 §2.7 /proxy: a proxy ticket for `targetService` from a live PGT. Errors: a missing
 * parameter is INVALID_REQUEST (§2.7.3); an unknown, expired or logged-out PGT is
 * INVALID_TICKET (CAS 2.0 called it BAD_PGT); an unregistered target is UNAUTHORIZED_SERVICE
 * (§2.7.3); an application whose proxy callbacks were withdrawn since is
 * UNAUTHORIZED_SERVICE_PROXY (§2.5.3).
 */
export async function grantProxyTicket(
  deps: CasDeps,
  request: { pgt: string | undefined; targetService: string | undefined },
): Promise<ProxyGrant> {
  if (!request.pgt || !request.targetService) {
    return {
      ok: false,
      failure: casFailure('INVALID_REQUEST', 'the pgt and targetService parameters are both required'),
    };
  }
  const pgt = await deps.tickets.findProxyGrantingTicket(request.pgt);
  if (!pgt) return { ok: false, failure: casFailure('INVALID_TICKET', 'proxy-granting ticket not recognized') };
  const app = deps.registry.byId(pgt.appId);
  if (!app?.cas || app.cas.proxyCallbacks.length === 0) {
    return { ok: false, failure: casFailure('UNAUTHORIZED_SERVICE_PROXY', 'the service may not proxy') };
  }
  const target = casAppFor(deps.registry, request.targetService);
  if (!target)
    return { ok: false, app, failure: casFailure('UNAUTHORIZED_SERVICE', 'the target service is not registered') };
  if (!(await userStillValid(deps, pgt.userId, pgt.authTime))) {
    return { ok: false, app, failure: casFailure('INVALID_TICKET', 'the account changed since the authentication') };
  }
  const proxyTicket = await deps.tickets.issueProxyTicket(pgt, { appId: target.id, service: request.targetService });
  return { ok: true, proxyTicket, app };
}
