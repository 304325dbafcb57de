import type { FastifyReply, FastifyRequest } from 'fastify';
import { MessagePage } from '../views/pages/message-page';
import { sendPage, viewContext } from './render-page';

/**
 * A request that cannot go on: one page saying what happened in the user's language and where
 * to go next (CAS 3.0 §2.2.1: "print out a meaningful message"), never a redirect to whoever
 * sent a bad request.
 */
export function sendErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: { title?: string; message: string },
  status = 400,
) {
  const m = request.messages;
  return sendPage(
    reply,
    <MessagePage
      ctx={viewContext(request, reply)}
      title={page.title ?? m.errors.pageTitle}
      kind="error"
      message={page.message}
      link={{ href: request.auth ? '/account' : '/login', label: m.errors.backHome }}
    />,
    status,
  );
}
