import { casAppFor } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { audit } from '../http/audit';
import { baseCookie, COOKIES } from '../http/cookies';
import { sendPage, viewContext } from '../http/render-page';
import type { CasRoutesContext } from '../compose/app-context';
import { MessagePage } from '../views/pages/message-page';
import { casParams } from './cas-params';

/**
 * CAS 3.0 §2.3 /cas/logout: the SSO session ends (and with it every application's, by single
 * logout), then the browser follows `service` only when it is a registered CAS service
 * (§2.3.1: CAS SHOULD NOT act as an open redirect); otherwise it reads that it is signed out.
 */
export function logoutRoute(portal: FastifyInstance, services: CasRoutesContext) {
  portal.get('/cas/logout', async (request, reply) => {
    const auth = request.auth;
    if (auth) {
      await services.sessionGate.end(auth.sessionId, auth.user.id, request.log);
      await audit(services, request, 'sign_out', auth.user.id, { protocol: 'cas' });
      request.auth = null;
    }
    reply.clearCookie(COOKIES.session, baseCookie);
    const { service } = casParams(request.query);
    if (service && casAppFor(services.registry, service)) return reply.redirect(service, 303);
    const m = request.messages;
    return sendPage(
      reply,
      <MessagePage
        ctx={viewContext(request, reply)}
        title={m.cas.signedOutTitle}
        kind="success"
        message={m.cas.signedOut}
        link={{ href: '/login', label: m.cas.signInAgain }}
      />,
    );
  });
}
