import { authenticatePassword, invalidInput, isSesameError, type LoginTransaction, parseEmail } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import { formFields } from '../http/forms';
import { sendPage, viewContext } from '../http/render-page';
import { safeRedirectPath } from '../http/safe-redirect';
import { SignInEmailPage } from '../views/sign-in/sign-in-email-page';
import type { SignInRoutesContext } from './context';
import { finishSignIn } from './finish-sign-in';
import { sendOfflineChallenge } from './offline-sign-in';
import { passwordStepPage } from './password-step-page';
import { sendPushRequest } from './push-sign-in';
import { signInForm } from './sign-in-form';
import { isSignInMethod, sufficientMethods } from './sign-in-methods';

/** The app was chosen but the account has no device that may answer now. */
function noDeviceToAsk(error: unknown): boolean {
  return isSesameError(error) && (error.code === 'NO_ACTIVE_DEVICE' || error.code === 'DEVICE_BLOCKED');
}

/** A relying app's sign-in (not a re-authentication) whose level the password alone does not reach. */
function passwordFallsShort(transaction: LoginTransaction): boolean {
  return (
    transaction.target !== undefined &&
    !transaction.reauthenticate &&
    !sufficientMethods(transaction.target).includes('PASSWORD')
  );
}

/** Sign-in in two steps (design §4; the instruction's annex steps 11–12), and the sign-out. */
export function passwordRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  const ltx = ctx.methods.transactions;

  app.get('/login', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    // A signed-in user proving a second factor again (adding or deleting a device): the address
    // is known, the password step comes next, then back to the page that asked. The page is
    // decided here, as it arrives, before anything is stored (ADR 0011: no open redirect).
    if (request.auth && query.reauth) {
      const saved = await ltx.save(handle, {
        email: request.auth.user.email,
        returnTo: safeRedirectPath(query.return_to, ctx.publicUrl, '/account'),
        reauthenticate: true,
      });
      reply.setCookie(COOKIES.login, saved, baseCookie);
      return reply.redirect('/login/password', 303);
    }
    // A signed-in user comes here only to re-authenticate for an application (renew, step-up);
    // one sent by a page that needed a session (require-sign-in.ts) goes straight back to it.
    if (request.auth && !current?.target) {
      return reply.redirect(safeRedirectPath(query.return_to, ctx.publicUrl, '/account'), 303);
    }
    // A page of the portal asked for a session (issue 11, point 2: a mail's link opened in a
    // browser not signed in): the sign-in ends there. Checked now, before it is stored, and again
    // when the sign-in ends (ADR 0011); a refused value leaves the usual end, "My account". The
    // latest page asked wins over an application's sign-in left unfinished in this browser.
    if (!request.auth && query.return_to !== undefined) {
      const returnTo = safeRedirectPath(query.return_to, ctx.publicUrl, '/account');
      const saved = await ltx.save(handle, { email: current?.email, returnTo });
      reply.setCookie(COOKIES.login, saved, baseCookie);
    }
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
    return signInForm(
      ctx.messageOptions,
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
    return sendPage(reply, passwordStepPage(request, reply, { ...current, email: current.email }));
  });

  app.post('/login/password', async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || !current?.email) return reply.redirect('/login', 303);
    const email = current.email;
    const { password, method } = formFields(request);
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        // No method sent (a script, a page without the chooser): the password alone.
        const chosen = method ?? 'PASSWORD';
        if (!isSignInMethod(chosen)) throw invalidInput('method', 'malformed');
        let user;
        try {
          user = await authenticatePassword(ctx.methods.accounts, email, password, request.meta);
        } catch (error) {
          ctx.signInCounter.inc({ result: isSesameError(error) ? error.code : 'error' });
          throw error;
        }
        ctx.signInCounter.inc({ result: 'success' });
        if (chosen === 'PASSWORD_SOFTWARE_TOKEN') {
          // The QR code for the app next (design §5 "QR code"): no session until the code is typed.
          const passwordAt = ctx.clock.now().getTime();
          await sendOfflineChallenge(ctx, handle, { ...current, email }, user.id, passwordAt);
          return reply.redirect('/login/qr', 303);
        }
        if (chosen === 'PASSWORD_MOBILE_APP') {
          // The second factor next (design §5 "PIN code"): no session until the app approves.
          const passwordAt = ctx.clock.now().getTime();
          try {
            await sendPushRequest(ctx, request, handle, { ...current, email }, user.id, passwordAt);
          } catch (error) {
            // No device to ask, for an application the password does not reach: not a dead end
            // (docs/adr/0019). The password opens what it opens anyway; the level page says what
            // next (set up the app now, or recover) and keeps the sign-in.
            if (!noDeviceToAsk(error) || !passwordFallsShort(current)) throw error;
            return finishSignIn(ctx, request, reply, {
              user,
              method: 'PASSWORD',
              strengths: ['PASSWORD'],
              transaction: current,
              handle,
            });
          }
          return reply.redirect('/login/app', 303);
        }
        return finishSignIn(ctx, request, reply, {
          user,
          method: 'PASSWORD',
          strengths: ['PASSWORD'],
          transaction: current,
          handle,
        });
      },
      (errors) => passwordStepPage(request, reply, { ...current, email }, method, errors),
    );
  });

  app.post('/logout', async (request, reply) => {
    if (request.auth) {
      await ctx.sessions.end(request.auth.sessionId, request.auth.user.id, request.log);
      await ctx.audit('sign_out', request.auth.user.id, request.meta);
    }
    reply.clearCookie(COOKIES.session, baseCookie);
    return reply.redirect('/login?signed_out=1', 303);
  });
}
