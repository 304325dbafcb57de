import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendPage, viewContext } from '../http/render-page';
import { MessagePage } from '../views/pages/message-page';

/**
 * A sign-in that cannot go on (CAS 3.0 §2.2.1: "print out a meaningful message"), in the
 * user's language, never a redirect to the application that sent a bad request.
 */
export function sendCasErrorPage(
  request: FastifyRequest,
  reply: FastifyReply,
  page: { title: string; message: string },
  status = 400,
) {
  return sendPage(
    reply,
    <MessagePage
      ctx={viewContext(request, reply)}
      title={page.title}
      kind="error"
      message={page.message}
      link={{ href: request.auth ? '/account' : '/login', label: request.messages.errors.backHome }}
    />,
    status,
  );
}
