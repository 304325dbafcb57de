import { authenticatePassword, isSesameError, parseEmail } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { audit } from '../http/audit';
import { baseCookie, COOKIES } from '../http/cookies';
import { formFields, handleForm } from '../http/forms';
import { sendPage, viewContext } from '../http/render-page';
import { continueLogin } from '../login/continue-login';
import { endSession } from '../login/end-session';
import { startSession } from '../plugins/portal-context';
import type { Services } from '../services';
import { SignInEmailPage } from '../views/pages/sign-in-email-page';
import { SignInPasswordPage } from '../views/pages/sign-in-password-page';

/** Sign-in in two steps (design §4; the instruction's annex steps 11–12). */
export function signInRoutes(app: FastifyInstance, services: Services) {
  const ltx = services.loginTransactions;

  app.get('/login', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    // A signed-in user comes here only to re-authenticate for an application (renew, step-up).
    if (request.auth && !current?.target) return reply.redirect('/account', 303);
    if (query.change && current) await ltx.save(handle, { ...current, email: undefined });
    const m = request.messages;
    const notice = query.signed_out ? m.signIn.signedOut : query.reset ? m.reset.done : undefined;
    return sendPage(
      reply,
      <SignInEmailPage
        ctx={viewContext(request, reply)}
        email={query.change ? current?.email : undefined}
        notice={notice}
      />,
    );
  });

  app.post('/login', async (request, reply) => {
    const { email } = formFields(request);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        const parsed = parseEmail(email);
        const handle = request.cookies[COOKIES.login];
        const current = (await ltx.load(handle)) ?? {};
        const saved = await ltx.save(handle, { ...current, email: parsed });
        reply.setCookie(COOKIES.login, saved, baseCookie);
        return reply.redirect('/login/password', 303);
      },
      (errors) => <SignInEmailPage ctx={viewContext(request, reply)} email={email} errors={errors} />,
    );
  });

  app.get('/login/password', async (request, reply) => {
    const current = await ltx.load(request.cookies[COOKIES.login]);
    if (!current?.email) return reply.redirect('/login', 303);
    return sendPage(reply, <SignInPasswordPage ctx={viewContext(request, reply)} email={current.email} />);
  });

  app.post('/login/password', async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!current?.email) return reply.redirect('/login', 303);
    const email = current.email;
    const { password } = formFields(request);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        let user;
        try {
          user = await authenticatePassword(services.accounts, email, password, request.meta);
        } catch (error) {
          services.metrics.signIns.inc({ result: isSesameError(error) ? error.code : 'error' });
          throw error;
        }
        services.metrics.signIns.inc({ result: 'success' });
        const session = await startSession(services, request, reply, user.id, ['PASSWORD']);
        await audit(services, request, 'sign_in.succeeded', user.id, { method: 'PASSWORD' });
        await ltx.end(handle);
        reply.clearCookie(COOKIES.login, baseCookie);
        if (current.target) {
          return continueLogin(services, request, reply, session, user, current.target, true, ['PASSWORD']);
        }
        return reply.redirect(safeReturnTo(current.returnTo), 303);
      },
      (errors) => <SignInPasswordPage ctx={viewContext(request, reply)} email={email} errors={errors} />,
    );
  });

  app.post('/logout', async (request, reply) => {
    if (request.auth) {
      await endSession(services, request.auth.sessionId, request.auth.user.id, request.log);
      await audit(services, request, 'sign_out', request.auth.user.id);
    }
    reply.clearCookie(COOKIES.session, baseCookie);
    return reply.redirect('/login?signed_out=1', 303);
  });
}

/** Only local paths: never an open redirect (design §7). */
function safeReturnTo(returnTo: string | undefined): string {
  if (returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') && !returnTo.startsWith('/\\'))
    return returnTo;
  return '/account';
}
