import {
  completeRegistration,
  inspectRegistrationLink,
  isSesameError,
  requestRegistration,
  normaliseEmail,
} from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { errorMessage, STATUS } from '../http/error-map';
import { handleForm } from '../http/forms';
import { parseForm } from '../http/parse-form';
import { clearLinkToken, linkToken, stashLinkToken } from '../http/link-token';
import { sendPage, viewContext } from '../http/render-page';
import { sendErrorPage } from '../http/send-error-page';
import { format } from '../i18n/format-message';
import type { AccountRoutesContext, MessageDeps } from '../compose/app-context';
import { ChoosePasswordPage } from '../views/pages/choose-password-page';
import { MessagePage } from '../views/pages/message-page';
import { RegisterPage } from '../views/pages/register-page';

/**
 * The registration forms (ADR 0026 §2.10): plain optional strings, as the routes read them; core
 * checks each field (parseRegistrationForm, the password rules).
 */
const registerForm = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  emailConfirm: z.string().optional(),
  emailLocale: z.string().optional(),
  privacyAccepted: z.string().optional(),
});
const choosePasswordForm = z.object({ password: z.string().optional(), passwordConfirm: z.string().optional() });

/** "Create an account" → e-mail link → choose the password → signed in (eulogin-facts §4.1). */
export function registrationRoutes(app: FastifyInstance, services: AccountRoutesContext) {
  const minutes = services.config.linkTtlMinutes;

  app.get('/register', async (request, reply) => sendPage(reply, <RegisterPage ctx={viewContext(request, reply)} />));

  app.post('/register', async (request, reply) => {
    const f = parseForm(request, registerForm);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        await requestRegistration(
          services.accounts,
          { ...f, privacyAccepted: f.privacyAccepted === 'yes' },
          request.meta,
        );
        const m = request.messages;
        return sendPage(
          reply,
          <MessagePage
            ctx={viewContext(request, reply)}
            title={m.register.sentTitle}
            message={format(m.register.sent, { email: normaliseEmail(f.email ?? ''), minutes }, request.locale)}
          />,
        );
      },
      (errors) => <RegisterPage ctx={viewContext(request, reply)} values={f} errors={errors} />,
    );
  });

  const page = (
    request: Parameters<typeof viewContext>[0],
    reply: Parameters<typeof viewContext>[1],
    pending: { firstName: string; email: string },
    errors?: Parameters<typeof ChoosePasswordPage>[0]['errors'],
  ) => {
    const m = request.messages;
    return (
      <ChoosePasswordPage
        ctx={viewContext(request, reply)}
        title={m.setPassword.title}
        intro={format(m.setPassword.intro, { firstName: pending.firstName, email: pending.email })}
        submit={m.setPassword.submit}
        action="/register/confirm"
        email={pending.email}
        minLength={services.config.password.minLength}
        errors={errors}
      />
    );
  };

  app.get('/register/confirm', async (request, reply) => {
    if (stashLinkToken(request, reply, 'registration')) return reply;
    try {
      const pending = await inspectRegistrationLink(services.accounts, linkToken(request, 'registration'));
      return sendPage(reply, page(request, reply, pending));
    } catch (error) {
      return linkError(services, request, reply, error);
    }
  });

  app.post('/register/confirm', async (request, reply) => {
    const token = linkToken(request, 'registration');
    const f = parseForm(request, choosePasswordForm);
    let pending;
    try {
      pending = await inspectRegistrationLink(services.accounts, token);
    } catch (error) {
      return linkError(services, request, reply, error);
    }
    return handleForm(
      services,
      request,
      reply,
      async () => {
        const user = await completeRegistration(services.accounts, token, f.password, f.passwordConfirm, request.meta);
        clearLinkToken(reply);
        // Signed in, as the password just chosen would sign in (PASSWORD, level BASIC), by the
        // sign-in's own session code: the link was single-use and gives nothing the password
        // does not. "My account" then shows the app and "Add a mobile device" (issue 11, point 2).
        await services.openSession(request, reply, { user, method: 'PASSWORD', strengths: ['PASSWORD'] });
        return reply.redirect('/account?welcome=1', 303);
      },
      (errors) => page(request, reply, pending, errors),
    );
  });
}

/** An unknown, expired or used link: one clear page saying what to do next. */
export function linkError(
  services: MessageDeps,
  request: Parameters<typeof viewContext>[0],
  reply: Parameters<typeof viewContext>[1],
  error: unknown,
) {
  if (!isSesameError(error) || error.code === 'STORE_UNAVAILABLE') throw error;
  clearLinkToken(reply);
  const message = errorMessage(request.messages, error, { passwordMinLength: services.config.password.minLength });
  return sendErrorPage(request, reply, { message }, STATUS[error.code]);
}
