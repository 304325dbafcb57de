import {
  confirmTotpEnrolment,
  isSesameError,
  listCredentials,
  openTotpSeed,
  shouldOfferRecoveryCodes,
  startTotpEnrolment,
  readTotpParameters,
  type UserRecord,
} from '@sesame/core';
import { otpauthTotpUri, toBase32 } from '@sesame/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import { formErrors, STATUS } from '../http/error-map';
import { parseForm } from '../http/parse-form';
import { qrImage } from '../http/qr-image';
import { sendPage, viewContext } from '../http/render-page';
import { signInForm } from '../sign-in/sign-in-form';
import { AddAuthenticatorAppPage } from '../views/pages/add-authenticator-app-page';
import { AuthenticatorAppQrPage } from '../views/pages/authenticator-app-qr-page';
import { AuthenticatorAppsPage } from '../views/pages/authenticator-apps-page';
import type { FormErrors } from '../views/view-context';
import { credentialPages, renameAndDeleteRoutes, type RenamableSpec } from './credential-pages';

/**
 * The authenticator app pages' query and forms (ADR 0026 §2.10): plain optional strings, as the
 * routes read them; the name and the code are checked in core.
 */
const nameForm = z.object({ name: z.string().optional() });
const confirmForm = z.object({ credential: z.string().optional(), code: z.string().optional() });

const LIST = '/account/authenticator-apps';

/** What these pages share with the other kinds' (credential-pages.tsx). */
const SPEC: RenamableSpec = {
  kind: 'totp',
  list: LIST,
  messages: (m) => m.authenticatorApps,
  mail: 'authenticator-app-changed',
};

/**
 * "My account → Manage my authenticator apps" (issue 13 point 2; docs/adr/0027 §6): list, add
 * (name → QR and key → first code), rename, delete. Every page needs a session; adding and
 * deleting need what core mayChangeAuthenticators says (SEC-27), else the re-authentication page.
 */
export function authenticatorAppRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const pages = credentialPages(ctx, SPEC);
  const { signedIn, secondFactorPresented, tellOwner } = pages;

  /** The QR step of a pending enrolment of `user`, again (a wrong first code shows the same key). */
  const qrStep = async (
    request: FastifyRequest,
    reply: FastifyReply,
    user: Pick<UserRecord, 'id' | 'email'>,
    credentialId: string,
    errors: FormErrors,
    status: number,
  ) => {
    const credential = await ctx.totp.durable.credentials.findById(credentialId);
    if (credential === null || credential.userId !== user.id || credential.status !== 'pending') {
      return reply.redirect(`${LIST}/new`, 303);
    }
    const seed = await openTotpSeed(ctx.totp, credential);
    const uri = otpauthTotpUri({
      issuer: ctx.issuer,
      account: user.email,
      secret: seed,
      ...readTotpParameters(credential.data),
    });
    const secret = toBase32(seed, { padding: false }).replace(/(.{4})(?=.)/g, '$1 ');
    return sendPage(
      reply,
      <AuthenticatorAppQrPage
        ctx={viewContext(request, reply)}
        credentialId={credentialId}
        qrImage={await qrImage(uri)}
        secret={secret}
        errors={errors}
      />,
      status,
    );
  };

  app.get(LIST, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const apps = await listCredentials(ctx.credentials, auth.user.id, 'totp');
    return sendPage(
      reply,
      <AuthenticatorAppsPage
        ctx={viewContext(request, reply)}
        apps={apps}
        notice={pages.notice(request, apps)}
        continueTo={await pages.continueTo(request, apps)}
        offerRecoveryCodes={await shouldOfferRecoveryCodes(ctx.recoveryCodes, auth.user.id)}
      />,
    );
  });

  app.get(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    return sendPage(reply, <AddAuthenticatorAppPage ctx={viewContext(request, reply)} />);
  });

  app.post(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    const f = parseForm(request, nameForm);
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        const started = await startTotpEnrolment(
          ctx.totp,
          auth.user,
          { name: f.name, issuer: ctx.issuer },
          auth.record.strengths,
          ctx.clock.now(),
          request.cookies[COOKIES.recovery],
        );
        return sendPage(
          reply,
          <AuthenticatorAppQrPage
            ctx={viewContext(request, reply)}
            credentialId={started.credentialId}
            qrImage={await qrImage(started.otpauthUri)}
            secret={started.secret}
          />,
        );
      },
      (errors) => <AddAuthenticatorAppPage ctx={viewContext(request, reply)} name={f.name} errors={errors} />,
    );
  });

  /**
   * The first code confirms the enrolment (docs/adr/0027: ±1 step, 5 tries per pending app, each
   * counted before the check). A wrong code shows the same QR and key again with the error.
   */
  app.post(`${LIST}/confirm`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const f = parseForm(request, confirmForm);
    const credentialId = f.credential ?? '';
    try {
      const confirmed = await confirmTotpEnrolment(
        ctx.totp,
        auth.user.id,
        credentialId,
        f.code,
        auth.record.strengths,
        request.meta,
        ctx.clock.now(),
        request.cookies[COOKIES.recovery],
      );
      await tellOwner(request, auth.user.id, confirmed.name, 'added');
      return reply.redirect(`${LIST}?added=${encodeURIComponent(confirmed.id)}`, 303);
    } catch (error) {
      if (!isSesameError(error)) throw error;
      if (error.code === 'NOT_FOUND') return reply.redirect(`${LIST}/new`, 303);
      if (error.code === 'SECOND_FACTOR_REQUIRED') {
        await secondFactorPresented(auth, request, reply, `${LIST}/new`);
        return reply;
      }
      if (error.code !== 'INVALID_INPUT' && error.code !== 'TOO_MANY_REQUESTS') throw error;
      if (error.details.retryAfterSeconds) reply.header('retry-after', String(error.details.retryAfterSeconds));
      const errors =
        error.code === 'INVALID_INPUT' && error.details.reason === 'mismatch'
          ? { fields: { code: request.messages.authenticatorApps.wrongCode } }
          : formErrors(request.messages, error, ctx.messageOptions);
      const status = error.code === 'INVALID_INPUT' && error.details.reason === 'mismatch' ? 401 : STATUS[error.code];
      return qrStep(request, reply, auth.user, credentialId, errors, status);
    }
  });

  renameAndDeleteRoutes(app, ctx, SPEC, pages);
}
