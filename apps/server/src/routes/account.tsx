import {
  changePassword,
  confirmEmailChange,
  mayChangeEmail,
  requestEmailChange,
  shouldOfferRecoveryCodes,
  lostFactorWays,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { appOffer } from '../http/app-offer';
import type { Authenticated } from '../http/request-context';
import { handleForm } from '../http/forms';
import { parseForm, parseQuery } from '../http/parse-form';
import { clearLinkToken, linkToken, stashLinkToken } from '../http/link-token';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { format } from '../i18n/format-message';
import { startSession } from '../plugins/portal-context';
import type { AccountRoutesContext } from '../compose/app-context';
import { AccountPage } from '../views/pages/account-page';
import { ChangeEmailPage } from '../views/pages/change-email-page';
import { ChangePasswordPage } from '../views/pages/change-password-page';
import { MessagePage } from '../views/pages/message-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';
import { Actions, Form } from '../views/components';
import { Layout } from '../views/layout';
import { linkError } from './registration';

/**
 * "My account"'s query and forms (ADR 0026 §2.10): plain optional strings, as the routes read them;
 * passwords and addresses are checked in core.
 */
const accountQuery = z.object({
  welcome: z.string().optional(),
  password: z.string().optional(),
  email: z.string().optional(),
});
const changePasswordForm = z.object({
  currentPassword: z.string().optional(),
  newPassword: z.string().optional(),
  newPasswordConfirm: z.string().optional(),
});
const changeEmailForm = z.object({ newEmail: z.string().optional(), currentPassword: z.string().optional() });

/** "My account" and its self-service actions; every page here needs a signed-in session. */
export function accountRoutes(app: FastifyInstance, services: AccountRoutesContext) {
  // Without a session: the sign-in, then back to the page asked (http/require-sign-in.ts).
  const signedIn = (request: FastifyRequest, reply: FastifyReply) =>
    requireSignIn(request, reply, services.config.publicUrl);
  const minLength = services.config.password.minLength;

  app.get('/account', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const m = request.messages;
    const query = parseQuery(request, accountQuery);
    const notice = query.welcome
      ? m.setPassword.done
      : query.password
        ? m.changePassword.done
        : query.email
          ? format(m.changeEmail.done, { email: auth.user.email })
          : undefined;
    const events = await services.durable.audit.list({ userId: auth.user.id, limit: 10 });
    const devices = await services.durable.devices.listByUser(auth.user.id);
    const app = {
      offer: await appOffer(services.config.publicUrl, request.headers['user-agent']),
      hasDevice: devices.length > 0,
    };
    return sendPage(
      reply,
      <AccountPage
        ctx={viewContext(request, reply)}
        user={auth.user}
        events={events}
        notice={notice}
        app={app}
        offerRecoveryCodes={await shouldOfferRecoveryCodes(services.devices, auth.user.id)}
        phoneNumbers={services.config.sms.provider !== 'none'}
        eids={services.config.eid.providers.length > 0}
        administers={(await services.durable.roles.listForAccount(auth.user.id)).length > 0}
      />,
    );
  });

  app.get('/account/password', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    return sendPage(
      reply,
      <ChangePasswordPage ctx={viewContext(request, reply)} email={auth.user.email} minLength={minLength} />,
    );
  });

  app.post('/account/password', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    return handleForm(
      services,
      request,
      reply,
      async () => {
        await changePassword(services.accounts, auth.user, parseForm(request, changePasswordForm), request.meta);
        // Every session older than the change is now void; this browser gets a fresh one.
        await startSession(services, request, reply, auth.user.id, auth.record.strengths);
        return reply.redirect('/account?password=1', 303);
      },
      (errors) => (
        <ChangePasswordPage
          ctx={viewContext(request, reply)}
          email={auth.user.email}
          minLength={minLength}
          errors={errors}
        />
      ),
    );
  });

  /**
   * The address is the account's way back (core mayChangeEmail): on an account that has or had a
   * second factor, this session must have presented it. Otherwise the "confirm with the app" page
   * (403), which also offers the recovery path. True when the request may go on.
   */
  const mayChangeAddress = async (auth: Authenticated, request: FastifyRequest, reply: FastifyReply) => {
    const user = (await services.durable.users.findById(auth.user.id)) ?? auth.user;
    if (await mayChangeEmail(services.accounts, user, auth.record.strengths)) return true;
    await sendPage(
      reply,
      <SecondFactorRequiredPage
        ctx={viewContext(request, reply)}
        returnTo="/account/email"
        body={request.messages.secondFactor.emailBody}
        ways={await lostFactorWays(services.durable, user.id)}
      />,
      403,
    );
    return false;
  };

  app.get('/account/email', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await mayChangeAddress(auth, request, reply))) return reply;
    return sendPage(reply, <ChangeEmailPage ctx={viewContext(request, reply)} />);
  });

  app.post('/account/email', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await mayChangeAddress(auth, request, reply))) return reply;
    const f = parseForm(request, changeEmailForm);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        const newEmail = await requestEmailChange(services.accounts, auth.user, f, request.meta, auth.record.strengths);
        const m = request.messages;
        return sendPage(
          reply,
          <MessagePage
            ctx={viewContext(request, reply)}
            title={m.changeEmail.title}
            message={format(
              m.changeEmail.sent,
              { email: newEmail, minutes: services.config.linkTtlMinutes },
              request.locale,
            )}
            link={{ href: '/account', label: m.account.title }}
          />,
        );
      },
      (errors) => <ChangeEmailPage ctx={viewContext(request, reply)} newEmail={f.newEmail} errors={errors} />,
    );
  });

  // Opening the link shows a button; the change happens on POST, so link scanners change nothing.
  app.get('/account/email/confirm', async (request, reply) => {
    if (stashLinkToken(request, reply, 'email')) return reply;
    const m = request.messages;
    const ctx = viewContext(request, reply);
    return sendPage(
      reply,
      <Layout ctx={ctx} title={m.changeEmail.title}>
        <h1>{m.changeEmail.title}</h1>
        <Form ctx={ctx} action="/account/email/confirm">
          <Actions>
            <button type="submit" class="button">
              {m.mail.emailChangeLink.action}
            </button>
          </Actions>
        </Form>
      </Layout>,
    );
  });

  app.post('/account/email/confirm', async (request, reply) => {
    try {
      const user = await confirmEmailChange(services.accounts, linkToken(request, 'email'), request.meta);
      clearLinkToken(reply);
      if (request.auth?.user.id === user.id) return reply.redirect('/account?email=1', 303);
      const m = request.messages;
      return sendPage(
        reply,
        <MessagePage
          ctx={viewContext(request, reply)}
          kind="success"
          title={m.changeEmail.title}
          message={format(m.changeEmail.done, { email: user.email })}
          link={{ href: '/login', label: m.signIn.title }}
        />,
      );
    } catch (error) {
      return linkError(services, request, reply, error);
    }
  });
}
