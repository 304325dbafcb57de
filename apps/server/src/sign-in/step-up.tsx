import { decideContinuation, isSesameError, type SesameError } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from '../http/cookies';
import { expected, formErrors, STATUS } from '../http/error-map';
import { parseForm } from '../http/parse-form';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';
import { methodPage, methodStartErrors } from './method-pages';
import { signInMeta } from './sign-in-meta';

const STEP_UP_PATH = '/login/step-up';

/**
 * The level page's POST: the push; or the factor it names — an authenticator app, a security key
 * (docs/adr/0050 §3, 0054 §1) or an SMS (docs/adr/0064 §1).
 */
const stepUpForm = z.object({ method: z.enum(['PASSWORD_TOTP', 'PASSWORD_WEBAUTHN', 'PASSWORD_SMS']).optional() });
const FACTOR_BY_WIRE_NAME = { PASSWORD_TOTP: 'totp', PASSWORD_WEBAUTHN: 'webauthn', PASSWORD_SMS: 'sms' } as const;
type StepUpFactor = (typeof FACTOR_BY_WIRE_NAME)[keyof typeof FACTOR_BY_WIRE_NAME];
const WIRE_NAME_BY_FACTOR = { totp: 'PASSWORD_TOTP', webauthn: 'PASSWORD_WEBAUTHN', sms: 'PASSWORD_SMS' } as const;

/**
 * Whether the session stands for the password (docs/adr/0064 §1): it was opened, or stepped up,
 * after the password was typed — every strength but the password-less ones (a passkey, "On
 * mobile", an eID) names it. A step-up by a factor gives PASSWORD_<factor>: without the password
 * in the session, it would claim a password nobody presented.
 */
function passwordProven(strengths: readonly Strength[]): boolean {
  return strengths.some((strength) => strength === 'PASSWORD' || strength.startsWith('PASSWORD_'));
}

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
    /** The level page's factor, or "Continue to <app>" after adding it (docs/adr/0050 §3, 0064 §1). */
    withFactor?: StepUpFactor,
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
    // The level page's factor, or the one just added from it (docs/adr/0050 §3, 0054 §1, 0064 §1):
    // its own challenge, the session standing for the password as for the push. Nothing is granted
    // here: its proof is asked now, and the engine refuses a factor that does not reach what the
    // application asks, or that the password step would not offer (SMS past its sunset).
    let startError: SesameError | undefined;
    if (withFactor && gap !== null && gap !== 'not-offered' && gap !== 'high-key-needed') {
      // A session that does not stand for the password (a passkey, "On mobile", an eID): the
      // kept sign-in goes on at the password step with this factor, as the level page's links did.
      if (!passwordProven(auth.record.strengths)) {
        return reply.redirect(`/login/password?method=${WIRE_NAME_BY_FACTOR[withFactor]}`, 303);
      }
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
        if (!isSesameError(error)) throw error;
        // An SMS that could not be sent (the resend gap, the caps and countries of the SMS gate,
        // the gateway; docs/adr/0059): the level page again, saying why and with nothing sent —
        // as the password step says it. The store down is the portal's 503 (not `expected`).
        if (withFactor === 'sms') {
          if (!expected(error)) throw error;
          startError = error;
        }
        // Else the account has no such factor (a forged form): the level page below says what next.
      }
    }
    // A factor the account does not have falls back to what the level page's button does (the
    // push, docs/adr/0050 §3); an SMS that could not be sent says why instead (docs/adr/0064 §1).
    if (gap === 'confirm-with-app' && sendPush && !startError) {
      // The push gives PASSWORD_MOBILE_APP: without the password in the session, it is asked first.
      if (!passwordProven(auth.record.strengths))
        return reply.redirect('/login/password?method=PASSWORD_MOBILE_APP', 303);
      // The session's strengths stand for the password: sessions.load refuses a session whose
      // credentials changed after its authTime, so "now" is a moment the password was still valid.
      const step = await ctx.engine.stepUp(kept.handle, auth.user.id, auth.record.strengths, signInMeta(request));
      if (step.ok) return reply.redirect(methodPage(step.state.method).paths.page, 303);
    }
    // Reached already (another tab), or not this way: continueLogin issues or says what is next
    // (keeping the sign-in again under a new handle if still needed).
    await ctx.engine.end(kept.handle);
    reply.clearCookie(COOKIES.login, baseCookie);
    if (startError) {
      const { retryAfterSeconds } = startError.details;
      if (retryAfterSeconds) reply.header('retry-after', String(retryAfterSeconds));
      const errors = formErrors(request.messages, startError, ctx.messageOptions);
      return continueLogin(ctx, request, reply, session, auth.user, target, false, [], {
        error: methodStartErrors(request.messages, 'sms', errors).general,
        status: STATUS[startError.code],
      });
    }
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
