import {
  completePasswordReset,
  inspectPasswordResetLink,
  invitationPending,
  isDeactivated,
  normaliseEmail,
  requestPasswordReset,
  type UserRecord,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { handleForm } from '../http/forms';
import { parseForm } from '../http/parse-form';
import { clearLinkToken, linkToken, stashLinkToken } from '../http/link-token';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import type { AccountRoutesContext } from '../compose/app-context';
import { ChoosePasswordPage } from '../views/pages/choose-password-page';
import { ForgotPasswordPage } from '../views/pages/forgot-password-page';
import { MessagePage } from '../views/pages/message-page';
import type { FormErrors } from '../views/view-context';
import { linkError } from './registration';

/**
 * The password reset forms (ADR 0026 §2.10): plain optional strings, as the routes read them; core
 * checks the address and the password rules.
 */
const forgotForm = z.object({ email: z.string().optional() });
const resetForm = z.object({ password: z.string().optional(), passwordConfirm: z.string().optional() });

/** "Forgot your password?" → e-mail link → new password → sign in (eulogin-facts §4.3). */
export function passwordResetRoutes(app: FastifyInstance, services: AccountRoutesContext) {
  app.get('/password/forgot', async (request, reply) =>
    sendPage(reply, <ForgotPasswordPage ctx={viewContext(request, reply)} />),
  );

  app.post('/password/forgot', async (request, reply) => {
    const { email } = parseForm(request, forgotForm);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        await requestPasswordReset(services.accounts, email, request.meta);
        const m = request.messages;
        return sendPage(
          reply,
          <MessagePage
            ctx={viewContext(request, reply)}
            title={m.forgot.sentTitle}
            message={format(
              m.forgot.sent,
              { email: normaliseEmail(email ?? ''), minutes: services.config.linkTtlMinutes },
              request.locale,
            )}
          />,
        );
      },
      (errors) => <ForgotPasswordPage ctx={viewContext(request, reply)} email={email} errors={errors} />,
    );
  });

  const page = (request: FastifyRequest, reply: FastifyReply, user: UserRecord, errors?: FormErrors) => {
    const m = request.messages;
    // An invitation (docs/adr/0035) opens this page for an account that never had a password:
    // the registration's words, "choose your password", not "a new password" (docs/adr/0040).
    const invited = invitationPending(user);
    return (
      <ChoosePasswordPage
        ctx={viewContext(request, reply)}
        title={invited ? m.setPassword.title : m.reset.title}
        intro={
          invited
            ? format(m.setPassword.intro, { firstName: user.firstName, email: user.email })
            : format(m.reset.intro, { email: user.email })
        }
        submit={invited ? m.setPassword.submit : m.reset.submit}
        action="/password/reset"
        email={user.email}
        minLength={services.config.password.minLength}
        errors={errors}
      />
    );
  };

  app.get('/password/reset', async (request, reply) => {
    if (stashLinkToken(request, reply, 'reset')) return reply;
    try {
      return sendPage(
        reply,
        page(request, reply, await inspectPasswordResetLink(services.accounts, linkToken(request, 'reset'))),
      );
    } catch (error) {
      return linkError(services, request, reply, error);
    }
  });

  app.post('/password/reset', async (request, reply) => {
    const token = linkToken(request, 'reset');
    const f = parseForm(request, resetForm);
    let user: UserRecord;
    try {
      user = await inspectPasswordResetLink(services.accounts, token);
    } catch (error) {
      return linkError(services, request, reply, error);
    }
    return handleForm(
      services,
      request,
      reply,
      async () => {
        const done = await completePasswordReset(services.accounts, token, f.password, f.passwordConfirm, request.meta);
        clearLinkToken(reply);
        // An invitation's first password signs in, as the registration's does (docs/adr/0018,
        // 0040): the account is new, the link was single-use and gives nothing the password does
        // not (PASSWORD, BASIC). A reset of an existing password still signs out (docs/adr/0018);
        // a deactivated account is never signed in (the sign-in page then says so).
        if (invitationPending(user) && !isDeactivated(done)) {
          await services.openSession(request, reply, { user: done, method: 'PASSWORD', strengths: ['PASSWORD'] });
          return reply.redirect('/account?welcome=1', 303);
        }
        return reply.redirect('/login?reset=1', 303);
      },
      (errors) => page(request, reply, user, errors),
    );
  });
}
