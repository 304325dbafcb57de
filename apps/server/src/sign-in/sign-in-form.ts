import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { expected, formErrors, type MessageOptions, STATUS } from '../http/error-map';
import { sendPage } from '../http/render-page';
import type { FormErrors } from '../views/view-context';

/**
 * A sign-in form's action (http/forms.ts handleForm, without the whole `Services`): an expected
 * domain error re-renders the form with its message beside the field and the error's status;
 * anything else goes to the portal's error handler. TEMPORARY until handleForm takes the
 * message options (docs/adr/0026 §3 S.4).
 */
export async function signInForm(
  options: MessageOptions,
  request: FastifyRequest,
  reply: FastifyReply,
  action: () => Promise<unknown>,
  rerender: (errors: FormErrors) => VNode,
) {
  try {
    return await action();
  } catch (error) {
    if (!expected(error)) throw error;
    if (error.details.retryAfterSeconds) reply.header('retry-after', String(error.details.retryAfterSeconds));
    return sendPage(reply, rerender(formErrors(request.messages, error, options)), STATUS[error.code]);
  }
}
