import {
  generateRecoveryCodes,
  hasFactorToRecover,
  isSesameError,
  remainingRecoveryCodes,
  type UserRecord,
  lostFactorWays,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import type { Authenticated } from '../http/request-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { signInForm } from '../sign-in/sign-in-form';
import { RecoveryCodesPage } from '../views/pages/recovery-codes-page';
import { RecoveryCodesShownPage } from '../views/pages/recovery-codes-shown-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';
import { SetUpFactorPage } from '../views/pages/set-up-factor-page';

const PAGE = '/account/recovery-codes';

/**
 * "Recovery codes" (issue 13 point 3; SEC-29; docs/adr/0028 §6): how many are left, a new set
 * made with a second factor (SEC-27) and shown once, and the page a recovery-code sign-in ends on
 * ("set up a new factor").
 */
export function recoveryCodeRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => requireSignIn(request, reply, ctx.publicUrl);
  const currentUser = async (auth: Authenticated): Promise<UserRecord> =>
    (await ctx.users.findById(auth.user.id)) ?? auth.user;

  /** Null when the account never had codes: "make" rather than "make new". */
  const remaining = async (userId: string): Promise<number | null> => {
    const all = await ctx.recoveryCodes.durable.credentials.listByUser(userId, 'recovery-code');
    return all.length === 0 ? null : remainingRecoveryCodes(ctx.recoveryCodes, userId);
  };

  const page = async (request: FastifyRequest, reply: FastifyReply, auth: Authenticated) =>
    sendPage(
      reply,
      <RecoveryCodesPage
        ctx={viewContext(request, reply)}
        remaining={await remaining(auth.user.id)}
        hasFactor={await hasFactorToRecover(ctx.recoveryCodes, auth.user.id)}
      />,
    );

  app.get(PAGE, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    return page(request, reply, auth);
  });

  /**
   * A new set (regenerating replaces the old one). SEC-27: a recovery code is an authenticator,
   * so a password-only session is sent to re-authenticate (403); core checks it again. The codes
   * are in this answer only, which no cache keeps.
   */
  app.post(PAGE, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const user = await currentUser(auth);
    const secondFactorRequired = async () =>
      sendPage(
        reply,
        <SecondFactorRequiredPage
          ctx={viewContext(request, reply)}
          returnTo={PAGE}
          body={request.messages.recoveryCodes.secondFactorBody}
          ways={await lostFactorWays(ctx.credentials.durable, user.id)}
        />,
        403,
      );
    const allowed = await ctx.mayChangeAuthenticators(user, auth.record.strengths, request.cookies[COOKIES.recovery]);
    if (!allowed) return secondFactorRequired();
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        let codes: readonly string[];
        try {
          ({ codes } = await generateRecoveryCodes(
            ctx.recoveryCodes,
            user.id,
            auth.record.strengths,
            request.meta,
            ctx.clock.now(),
            request.cookies[COOKIES.recovery],
          ));
        } catch (error) {
          // A recovery grant restores one factor, not codes (core says so): the same 403 page.
          if (isSesameError(error, 'SECOND_FACTOR_REQUIRED')) return secondFactorRequired();
          throw error;
        }
        return sendPage(reply, <RecoveryCodesShownPage ctx={viewContext(request, reply)} codes={codes} />);
      },
      (errors) => (
        <RecoveryCodesPage ctx={viewContext(request, reply)} remaining={null} hasFactor={false} errors={errors} />
      ),
    );
  });

  /** Where a recovery-code sign-in ends (docs/adr/0028 §6): why, how many codes are left, what next. */
  app.get('/account/set-up-factor', async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    return sendPage(
      reply,
      <SetUpFactorPage
        ctx={viewContext(request, reply)}
        remaining={await remainingRecoveryCodes(ctx.recoveryCodes, auth.user.id)}
      />,
    );
  });
}
