import type { LoginTarget, LoginTransaction } from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { baseCookie, COOKIES } from '../http/cookies';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import { sendPushRequest } from './push-sign-in';

export type KeptSignIn = LoginTransaction & { target: LoginTarget; stepUp: { userId: string } };

/**
 * This browser's sign-in kept by continueLogin for a step-up of the signed-in user, or null.
 * Bound to the user: another account signed in on this browser since cannot resume it.
 */
async function keptSignIn(
  ctx: Pick<SignInRoutesContext, 'methods'>,
  request: FastifyRequest,
): Promise<{ handle: string; current: KeptSignIn } | null> {
  const auth = request.auth;
  const handle = request.cookies[COOKIES.login];
  if (!auth || !handle) return null;
  const current = await ctx.methods.transactions.load(handle);
  if (!current?.target || current.stepUp?.userId !== auth.user.id) return null;
  return { handle, current: current as KeptSignIn };
}

const STEP_UP_PATH = '/login/step-up';

/** Where the enrolment QR page goes once the device is added (the kept sign-in, else the list). */
export async function afterEnrolmentPath(
  ctx: Pick<SignInRoutesContext, 'methods'>,
  request: FastifyRequest,
): Promise<string> {
  return (await keptSignIn(ctx, request)) ? STEP_UP_PATH : '/account/devices?added=1';
}

/**
 * The step-up of a kept sign-in (issue 11 point 3; docs/adr/0019): the session holds the password
 * of this sign-in, the application asks for the Sésame app, so a push goes to the account's
 * devices without asking the password again; its approval ends the same login transaction
 * (wait-routes.tsx → finishSignIn → continueLogin → the application). Nothing else is granted
 * here: the approval of a device of this account is the second factor, as in the chooser.
 */
export function stepUpRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  async function stepUp(request: FastifyRequest, reply: FastifyReply, sendPush: boolean) {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const kept = await keptSignIn(ctx, request);
    if (!kept) return reply.redirect('/account', 303);
    const { handle, current } = kept;
    const session = { id: auth.sessionId, record: auth.record };
    const gap = await ctx.levelGap(
      auth.user,
      auth.record.strengths,
      current.target.requirement,
      request.cookies[COOKIES.recovery],
    );
    if (gap === 'confirm-with-app' && sendPush) {
      // The session's password stands for this sign-in: sessions.load refuses a session whose
      // credentials changed after its authTime, so "now" is a moment the password was still valid.
      await sendPushRequest(ctx, request, handle, current, auth.user.id, ctx.clock.now().getTime());
      return reply.redirect('/login/app', 303);
    }
    // Reached already (another tab), or not this way: continueLogin issues or says what is next
    // (keeping the sign-in again under a new handle if still needed).
    await ctx.methods.transactions.end(handle);
    reply.clearCookie(COOKIES.login, baseCookie);
    return continueLogin(ctx, request, reply, session, auth.user, current.target, false);
  }

  /**
   * The QR page moves here by itself when the new device is accepted: the device is asked at once
   * (issue 11 point 3). A navigation from another site does not send a push (Fetch Metadata,
   * Sec-Fetch-Site): it shows the page with its button, whose POST carries the CSRF token.
   */
  app.get(STEP_UP_PATH, async (request, reply) =>
    stepUp(request, reply, request.headers['sec-fetch-site'] === 'same-origin'),
  );

  app.post(STEP_UP_PATH, async (request, reply) => stepUp(request, reply, true));
}
