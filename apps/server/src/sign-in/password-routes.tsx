import { isSesameError, parseEmail, SesameError, type SignInState } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from '../http/cookies';
import { parseForm, parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { safeRedirectPath } from '../http/safe-redirect';
import { needsSecondFactor } from '../http/second-factor-pages';
import { SignInEmailPage } from '../views/sign-in/sign-in-email-page';
import type { SignInRoutesContext } from './context';
import { finishSignIn } from './finish-sign-in';
import { methodPage, methodStartErrors } from './method-pages';
import { passwordStepPage } from './password-step-page';
import { redirectFor } from './redirects';
import { signInForm } from './sign-in-form';
import { signInMeta } from './sign-in-meta';
import { eidButtons } from '../eid/eid-routes';

/**
 * The sign-in pages' query and forms (ADR 0026 §2.10): plain optional strings, as the routes read
 * them; the address, the password and the method are checked in core.
 */
const loginQuery = z.object({
  reauth: z.string().optional(),
  return_to: z.string().optional(),
  change: z.string().optional(),
  signed_out: z.string().optional(),
  reset: z.string().optional(),
});
/** The level page's "Confirm by SMS" pre-selects that method (a wire name; docs/adr/0019, 0054). */
const passwordQuery = z.object({ method: z.string().optional() });
const emailForm = z.object({ email: z.string().optional() });
/** `preselected`: what the page pre-selected — `method` equal to it is a guess left as it was (docs/adr/0032 §3). */
const passwordForm = z.object({
  password: z.string().optional(),
  method: z.string().optional(),
  preselected: z.string().max(64).optional(),
});
/** A passkey's answer: the browser's JSON, checked by core (docs/adr/0029 §5). */
const passkeyForm = z.object({ credential: z.string().optional() });

/** The address of a sign-in past step 1, or undefined. */
function emailOf(state: SignInState | null): string | undefined {
  return state && state.step !== 'identify' ? state.email : undefined;
}

/** Sign-in in two steps (design §4; the instruction's annex steps 11–12), and the sign-out. */
export function passwordRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  const { engine } = ctx;

  /**
   * "Sign in with a passkey" on the first screen (docs/adr/0029 §5, §8): the options of a
   * stateless challenge — nothing stored, no cookie set; undefined when not offered.
   */
  async function passkeyOffer(handle: string | undefined): Promise<unknown> {
    const offer = await engine.passkeyOptions(handle);
    return offer.ok ? offer.options : undefined;
  }

  app.get('/login', async (request, reply) => {
    const query = parseQuery(request, loginQuery);
    let handle = request.cookies[COOKIES.login];
    const current = await engine.load(handle);
    // A signed-in user proving a second factor again (adding or deleting a device): the address
    // is known, the password step comes next, then back to the page that asked. The page is
    // decided here, as it arrives, before anything is stored (ADR 0011: no open redirect).
    if (request.auth && query.reauth) {
      const returnTo = safeRedirectPath(query.return_to, ctx.publicUrl, '/account');
      const step = await engine.reauthenticate(handle, request.auth.user.email, returnTo);
      if (!step.ok) return redirectFor(reply, step.error, 'password');
      reply.setCookie(COOKIES.login, step.handle, baseCookie);
      return reply.redirect('/login/password', 303);
    }
    // A signed-in user comes here only to re-authenticate for an application (renew, step-up);
    // one sent by a page that needed a session (require-sign-in.ts) goes straight back to it.
    if (request.auth && !current?.ctx.target) {
      return reply.redirect(safeRedirectPath(query.return_to, ctx.publicUrl, '/account'), 303);
    }
    // A page of the portal asked for a session (issue 11, point 2: a mail's link opened in a
    // browser not signed in): the sign-in ends there. Checked now, before it is stored, and again
    // when the sign-in ends (ADR 0011); a refused value leaves the usual end, "My account". The
    // latest page asked wins over an application's sign-in left unfinished in this browser.
    if (!request.auth && query.return_to !== undefined) {
      const returnTo = safeRedirectPath(query.return_to, ctx.publicUrl, '/account');
      // The admin console opens only with a second factor: it follows the password at once
      // (docs/adr/0050 §1) instead of the console's gate asking for the password again.
      const step = await engine.returnTo(handle, returnTo, { secondFactor: needsSecondFactor(returnTo) });
      if (step.ok) {
        reply.setCookie(COOKIES.login, step.handle, baseCookie);
        handle = step.handle;
      }
    }
    if (query.change && current) await engine.clearAddress(handle);
    const m = request.messages;
    const notice = query.signed_out ? m.signIn.signedOut : query.reset ? m.reset.done : undefined;
    return sendPage(
      reply,
      <SignInEmailPage
        ctx={viewContext(request, reply)}
        email={query.change ? emailOf(current) : undefined}
        notice={notice}
        passkeyOptions={await passkeyOffer(handle)}
        eidProviders={eidButtons(ctx.eid, request)}
      />,
    );
  });

  /**
   * The passkey's answer (docs/adr/0029 §5, §8): the account it names is signed in — ending the
   * browser's sign-in when there is one (an application's keeps its target), else the portal's;
   * a refused one is the first screen again with why, 401 (400 when not JSON), and a new challenge.
   */
  app.post('/login/passkey', async (request, reply) => {
    const refused = async (status: number) =>
      sendPage(
        reply,
        <SignInEmailPage
          ctx={viewContext(request, reply)}
          errors={{ fields: {}, general: request.messages.signIn.passkeyRefused }}
          passkeyOptions={await passkeyOffer(request.cookies[COOKIES.login])}
          eidProviders={eidButtons(ctx.eid, request)}
        />,
        status,
      );
    let step;
    try {
      step = await engine.signInWithPasskey(
        request.cookies[COOKIES.login],
        parseForm(request, passkeyForm),
        signInMeta(request),
      );
    } catch (error) {
      if (!isSesameError(error, 'INVALID_INPUT')) throw error;
      return refused(400);
    }
    if (!step.ok) return redirectFor(reply, step.error, 'password');
    if ('handle' in step) return finishSignIn(ctx, request, reply, step.handle, step.state.next);
    return refused(401);
  });

  app.post('/login', async (request, reply) => {
    const { email } = parseForm(request, emailForm);
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        const step = await engine.giveAddress(request.cookies[COOKIES.login], parseEmail(email));
        if (!step.ok) return redirectFor(reply, step.error, 'password');
        reply.setCookie(COOKIES.login, step.handle, baseCookie);
        return reply.redirect('/login/password', 303);
      },
      (errors) => (
        <SignInEmailPage
          ctx={viewContext(request, reply)}
          email={email}
          errors={errors}
          eidProviders={eidButtons(ctx.eid, request)}
        />
      ),
    );
  });

  app.get('/login/password', async (request, reply) => {
    const current = await engine.load(request.cookies[COOKIES.login]);
    const email = emailOf(current);
    if (!current || email === undefined) return reply.redirect('/login', 303);
    // Only a pre-selection: core's plan keeps it only when it is a method of the chooser that
    // reaches the target; what the user then submits is checked as any choice is.
    const { method } = parseQuery(request, passwordQuery);
    // A method asked for by a link (the level page's "Confirm with …") is the user's choice: it opens
    // as it is, never the preferred method nor the chooser instead (docs/adr/0034 §3).
    return sendPage(
      reply,
      passwordStepPage(ctx, request, reply, { ctx: current.ctx, email }, method, undefined, method !== undefined),
    );
  });

  app.post('/login/password', async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const current = await engine.load(handle);
    const email = emailOf(current);
    if (!handle || !current || email === undefined) return reply.redirect('/login', 303);
    const { password, method, preselected } = parseForm(request, passwordForm);
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        const fields = {
          ...(password !== undefined ? { password } : {}),
          ...(method !== undefined ? { method } : {}),
          ...(preselected !== undefined ? { preselected } : {}),
        };
        const step = await engine.submitPassword(handle, fields, signInMeta(request));
        // SMS not offered here (past its sunset, or refused by the application; docs/adr/0030): the
        // password page again, saying so and how to get the app — never a bare redirect.
        if (!step.ok && step.error.code === 'NOT_OFFERED' && step.error.method === 'sms') {
          throw new SesameError('SMS_RETIRED');
        }
        if (!step.ok) return redirectFor(reply, step.error, 'password');
        // The password alone (or no device to ask for an application it does not reach: the level
        // page says what next, docs/adr/0019); else the chosen method's page (design §5).
        if (step.state.step === 'authenticated') return finishSignIn(ctx, request, reply, step.handle, step.state);
        // Neither the preferred nor the last used method fits: the account's chooser (docs/adr/0034 §3).
        if (step.state.step === 'choosing') return reply.redirect('/login/choose', 303);
        return reply.redirect(methodPage(step.state.method).paths.page, 303);
      },
      (errors) =>
        passwordStepPage(
          ctx,
          request,
          reply,
          { ctx: current.ctx, email },
          method,
          methodStartErrors(request.messages, ctx.methods.byWireName(method ?? '')?.id, errors),
        ),
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
