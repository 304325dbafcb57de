import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { MessageDeps } from '../compose/app-context';
import type { FormErrors } from '../views/view-context';
import { expected, formErrors, STATUS } from './error-map';
import { sendPage } from './render-page';

/**
 * Runs a form's action. An expected domain error re-renders the form with the message next to
 * its field, in the user's language, with the error's status; anything else propagates to the
 * root error handler. The action writes nothing before its checks pass (see core), so a
 * re-rendered form means nothing changed.
 */
export async function handleForm(
  services: MessageDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  action: () => Promise<unknown>,
  rerender: (errors: FormErrors) => VNode,
) {
  try {
    return await action();
  } catch (error) {
    // A refusal is not a form error: the root handler answers it and audits it (docs/adr/0041 §1).
    if (!expected(error) || error.code === 'FORBIDDEN') throw error;
    if (error.details.retryAfterSeconds) reply.header('retry-after', String(error.details.retryAfterSeconds));
    const errors = formErrors(request.messages, error, { passwordMinLength: services.config.password.minLength });
    return sendPage(reply, rerender(errors), STATUS[error.code]);
  }
}
