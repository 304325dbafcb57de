import { decideContinuation, isSesameError } from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from '../http/cookies';
import { parseForm } from '../http/parse-form';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import { methodPage } from './method-pages';
import { signInMeta } from './sign-in-meta';

const STEP_UP_PATH = '/login/step-up';

/** The level page's POST: the push; or, after adding one from it, that factor (docs/adr/0050 §3). */
const stepUpForm = z.object({ method: z.enum(['PASSWORD_TOTP', 'PASSWORD_WEBAUTHN']).optional() });
const FACTOR_BY_WIRE_NAME = { PASSWORD_TOTP: 'totp', PASSWORD_WEBAUTHN: 'webauthn' } as const;

/**
 * The application a kept sign-in of this browser's user waits for (docs/adr/0019), by name: the
 * "Add" pages' list then offers "Continue to <app>" once the factor is added (docs/adr/0050 §3).
 */
export async function pendingSignInApp(
  ctx: Pick<SignInRoutesContext, 'engine' | 'registry'>,
  request: FastifyRequest,
): Promise<string | null> {
  const auth = request.auth;
  if (!auth) return null;
  const kept = await ctx.engine.resumeKept(request.cookies[COOKIES.login], auth.user.id);
  if (!kept.ok) return null;
  const { target } = kept.state.ctx;
  return ctx.registry.byId(target.appId)?.name ?? target.appId;
}

/**
 * Where the enrolment QR page goes once the device is added: the sign-in kept for this user's
 * step-up (docs/adr/0019), else the list of devices.
 */
export async function afterEnrolmentPath(
  ctx: Pick<SignInRoutesContext, 'engine'>,
  request: FastifyRequest,
): Promise<string> {
  const auth = request.auth;
  if (!auth) return '/account/devices?added=1';
  const kept = await ctx.engine.resumeKept(request.cookies[COOKIES.login], auth.user.id);
  return kept.ok ? STEP_UP_PATH : '/account/devices?added=1';
}

/**
 * The step-up of a kept sign-in (issue 11 point 3; docs/adr/0019): the session holds the password
 * of this sign-in, the application asks for the Sésame app, so a push goes to the account's
 * devices without asking the password again; its approval ends the same sign-in
 * (wait-routes.tsx → finishSignIn → continueLogin → the application). Nothing else is granted
 * here: the approval of a device of this account is the second factor, as in the chooser. The
 * kept sign-in is bound to the user: another account signed in on this browser cannot resume it.
 */
export function stepUpRoutes(app: FastifyInstance, ctx: SignInRoutesContext) {
  async function stepUp(
    request: FastifyRequest,
    reply: FastifyReply,
    sendPush: boolean,
    /** "Continue to <app>" after adding this factor from the level page (docs/adr/0050 §3). */
    withFactor?: 'totp' | 'webauthn',
  ) {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const handle = request.cookies[COOKIES.login];
    const kept = await ctx.engine.resumeKept(handle, auth.user.id);
    if (!kept.ok) return reply.redirect('/account', 303);
    const { target } = kept.state.ctx;
    const session = { id: auth.sessionId, record: auth.record };
    // Reached already: the session gives what the application asks — another tab confirmed, or the
    // sign-in was kept by the page after an SMS sign-in, whose "Install the Sésame app now" ends
    // here with SMS already presented. No push to the phone for nothing (docs/adr/0034 §5). A
    // forced re-authentication (CAS renew, OIDC prompt=login) still needs a proof now.
    const reached =
      !target.forceAuthentication &&
      decideContinuation({ target, sessionStrengths: auth.record.strengths, presented: [], fresh: false }).action ===
        'continue';
    const gap = reached
      ? null
      : await ctx.levelGap(auth.user, auth.record.strengths, target.requirement, request.cookies[COOKIES.recovery]);
    // The factor just added from the level page (docs/adr/0050 §3): its own challenge, the session
    // standing for the password as for the push. Adding it granted nothing: its proof is asked now,
    // and the engine refuses a factor that does not reach what the application asks.
    if (withFactor && gap !== null && gap !== 'not-offered' && gap !== 'high-key-needed') {
      try {
        const step = await ctx.engine.stepUp(
          kept.handle,
          auth.user.id,
          auth.record.strengths,
          signInMeta(request),
          withFactor,
        );
        if (step.ok) return reply.redirect(methodPage(step.state.method).paths.page, 303);
      } catch (error) {
        // The account has no such factor (a forged form): the level page below says what next.
        if (!isSesameError(error)) throw error;
      }
    }
    if (gap === 'confirm-with-app' && sendPush) {
      // The session's strengths stand for the password: sessions.load refuses a session whose
      // credentials changed after its authTime, so "now" is a moment the password was still valid.
      const step = await ctx.engine.stepUp(kept.handle, auth.user.id, auth.record.strengths, signInMeta(request));
      if (step.ok) return reply.redirect(methodPage(step.state.method).paths.page, 303);
    }
    // Reached already (another tab), or not this way: continueLogin issues or says what is next
    // (keeping the sign-in again under a new handle if still needed).
    await ctx.engine.end(kept.handle);
    reply.clearCookie(COOKIES.login, baseCookie);
    return continueLogin(ctx, request, reply, session, auth.user, target, false);
  }

  /**
   * The QR page moves here by itself when the new device is accepted: the device is asked at once
   * (issue 11 point 3). A navigation from another site does not send a push (Fetch Metadata,
   * Sec-Fetch-Site): it shows the page with its button, whose POST carries the CSRF token.
   */
  app.get(STEP_UP_PATH, async (request, reply) =>
    stepUp(request, reply, request.headers['sec-fetch-site'] === 'same-origin'),
  );

  app.post(STEP_UP_PATH, async (request, reply) => {
    const { method } = parseForm(request, stepUpForm);
    return stepUp(request, reply, true, method === undefined ? undefined : FACTOR_BY_WIRE_NAME[method]);
  });
}
