import type { FastifyInstance } from 'fastify';
import { COOKIES } from '../http/cookies';
import { handleForm } from '../http/forms';
import { appLink, sendMobileRequest } from '../login/mobile-sign-in';
import { passwordStepPage } from '../login/password-step-page';
import { pushWaitRoutes } from '../login/push-wait';
import { ON_MOBILE, onMobileIsEnough } from '../login/sign-in-methods';
import type { Services } from '../services';
import { SignInMobilePage } from '../views/pages/sign-in-mobile-page';

/**
 * "On mobile" (design §3 MOBILE_APP, §5 "On mobile"; issue #5 point 4; docs/adr/0007): from the
 * password page, without the password, a request to the app on this very phone; the page with
 * the link that opens the app on it; the verdict's event stream; the continuation that opens a
 * MOBILE_APP session on the app's approval — taken once, for this browser's transaction only.
 */
export function signInMobileRoutes(app: FastifyInstance, services: Services) {
  const ltx = services.loginTransactions;

  /**
   * "On mobile" on the password page, and "Send a new request" on the waiting page: a request to
   * the app, no password. Errors (a lock, too many requests) come back on the password page.
   */
  app.post('/login/mobile', async (request, reply) => {
    const handle = request.cookies[COOKIES.login];
    const current = await ltx.load(handle);
    if (!handle || !current?.email) return reply.redirect('/login', 303);
    const email = current.email;
    // Not offered when the application asks for more than MOBILE_APP (its acceptStrengths).
    if (!onMobileIsEnough(current.target)) return reply.redirect('/login/password', 303);
    return handleForm(
      services,
      request,
      reply,
      async () => {
        await sendMobileRequest(services, request, handle, { ...current, email, secondFactor: undefined });
        return reply.redirect('/login/mobile', 303);
      },
      (errors) => passwordStepPage(request, reply, { ...current, email }, undefined, errors),
    );
  });

  pushWaitRoutes(app, services, {
    method: ON_MOBILE,
    // Two factors without the password: the device key (something you have) and the PIN that
    // unlocks its secret (something you know) — EU Login's MOBILE_APP, level MEDIUM.
    strengths: [ON_MOBILE],
    paths: { page: '/login/mobile', events: '/login/mobile/events', continue: '/login/mobile/continue' },
    streamName: 'on-mobile verdict events',
    messages: (m) => m.signInMobile,
    page: (ctx, { secondFactor: factor }, state) => (
      <SignInMobilePage
        ctx={ctx}
        appLink={appLink(factor.shown ?? 0, factor.expiresAt)}
        expiresAt={new Date(factor.expiresAt)}
        {...state}
      />
    ),
  });
}
