import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { ViewContext } from '../views/view-context';

export function viewContext(request: FastifyRequest, reply: FastifyReply): ViewContext {
  const user = request.auth?.user;
  return {
    m: request.messages,
    locale: request.locale,
    nonce: reply.cspNonce.script,
    csrf: request.csrfToken,
    path: request.routeOptions.url ?? '/',
    user: user && { id: user.id, firstName: user.firstName, lastName: user.lastName },
    brand: request.branding,
  };
}

export function sendPage(reply: FastifyReply, page: VNode, status = 200) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(`<!doctype html>${renderToString(page)}`);
}
