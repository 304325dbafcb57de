import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { ViewContext } from '../views/view-context';
import { currentPath } from '../views/language-chooser';

export function viewContext(request: FastifyRequest, reply: FastifyReply): ViewContext {
  const user = request.auth?.user;
  return {
    m: request.messages,
    locale: request.locale,
    nonce: reply.cspNonce.script,
    csrf: request.csrfToken,
    path: currentPath(request.url),
    user: user && { id: user.id, firstName: user.firstName, lastName: user.lastName },
    brand: request.branding,
  };
}

/** Sends a page: its tree, or the document already rendered from a template (page-template.ts). */
export function sendPage(reply: FastifyReply, page: VNode | string, status = 200) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(typeof page === 'string' ? page : `<!doctype html>${renderToString(page)}`);
}
