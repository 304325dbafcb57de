import {
  confirmTotpEnrolment,
  deleteCredential,
  isSesameError,
  listCredentials,
  openTotpSeed,
  renameCredential,
  SesameError,
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
import { parseForm, parseQuery } from '../http/parse-form';
import { qrImage } from '../http/qr-image';
import type { Authenticated } from '../http/request-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { format } from '../i18n/format-message';
import { signInForm } from '../sign-in/sign-in-form';
import { AddAuthenticatorAppPage } from '../views/pages/add-authenticator-app-page';
import { AuthenticatorAppQrPage } from '../views/pages/authenticator-app-qr-page';
import { AuthenticatorAppsPage } from '../views/pages/authenticator-apps-page';
import { DeleteCredentialPage } from '../views/pages/delete-credential-page';
import { RenameCredentialPage } from '../views/pages/rename-credential-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';
import type { FormErrors } from '../views/view-context';

/**
 * The authenticator app pages' query and forms (ADR 0026 §2.10): plain optional strings, as the
 * routes read them; the name and the code are checked in core.
 */
const listQuery = z.object({
  added: z.string().optional(),
  renamed: z.string().optional(),
  deleted: z.string().optional(),
});
const nameForm = z.object({ name: z.string().optional() });
const confirmForm = z.object({ credential: z.string().optional(), code: z.string().optional() });

const LIST = '/account/authenticator-apps';

/**
 * "My account → Manage my authenticator apps" (issue 13 point 2; docs/adr/0027 §6): list, add
 * (name → QR and key → first code), rename, delete. Every page needs a session; adding and
 * deleting need what core mayChangeAuthenticators says (SEC-27), else the re-authentication page.
 */
export function authenticatorAppRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => requireSignIn(request, reply, ctx.publicUrl);
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const currentUser = async (auth: Authenticated): Promise<UserRecord> =>
    (await ctx.users.findById(auth.user.id)) ?? auth.user;

  /**
   * SEC-27 (NIST SP 800-63B rev 4 §4.1.2.1): on an account that has or had a second factor, this
   * session must have presented one (or the account's recovery be ready); otherwise the page that
   * leads to the re-authentication (`/login?reauth=1`), 403. Core checks it again.
   */
  const secondFactorPresented = async (
    auth: Authenticated,
    request: FastifyRequest,
    reply: FastifyReply,
    returnTo: string,
  ): Promise<boolean> => {
    const allowed = await ctx.mayChangeAuthenticators(
      await currentUser(auth),
      auth.record.strengths,
      request.cookies[COOKIES.recovery],
    );
    if (allowed) return true;
    const body = request.messages.authenticatorApps.secondFactorBody;
    await sendPage(
      reply,
      <SecondFactorRequiredPage ctx={viewContext(request, reply)} returnTo={returnTo} body={body} />,
      403,
    );
    return false;
  };

  /**
   * SEC-27: every added or deleted authenticator app is told to the owner by mail (an independent
   * channel). The change is made already: a mailer that fails is logged, not the user's error.
   */
  const tellOwner = async (request: FastifyRequest, userId: string, name: string, change: 'added' | 'deleted') => {
    const owner = await ctx.users.findById(userId);
    if (!owner) return;
    const params = {
      firstName: owner.firstName,
      name,
      change,
      ip: request.meta.ip,
      browser: request.meta.userAgent ?? '-',
    };
    await ctx.mailer
      .send({ template: 'authenticator-app-changed', to: owner.email, locale: owner.emailLocale, params })
      .catch((error: unknown) => request.log.warn({ err: error }, 'authenticator app mail not sent'));
  };

  /** Someone else's app, or a missing one: the same 404 (core's ownership rule). */
  const ownApp = async (userId: string, id: string) => {
    const found = (await listCredentials(ctx.credentials, userId, 'totp')).find((c) => c.id === id);
    if (!found) throw new SesameError('NOT_FOUND');
    return found;
  };

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
    const a = request.messages.authenticatorApps;
    const query = parseQuery(request, listQuery);
    const apps = await listCredentials(ctx.credentials, auth.user.id, 'totp');
    // Notices name only what the store says: a crafted link cannot put its own words here.
    const named = (id: string | undefined) => (id ? apps.find((c) => c.id === id) : undefined);
    const added = named(query.added);
    const renamed = named(query.renamed);
    const notice = added
      ? format(a.addedNotice, { name: added.name })
      : renamed
        ? format(a.renamedNotice, { name: renamed.name })
        : query.deleted
          ? a.deletedNotice
          : undefined;
    return sendPage(
      reply,
      <AuthenticatorAppsPage
        ctx={viewContext(request, reply)}
        apps={apps}
        notice={notice}
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

  app.get(`${LIST}/:id/rename`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownApp(auth.user.id, idOf(request));
    return sendPage(reply, <RenameCredentialPage ctx={viewContext(request, reply)} id={found.id} name={found.name} />);
  });

  app.post(`${LIST}/:id/rename`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const id = idOf(request);
    const f = parseForm(request, nameForm);
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        const renamed = await renameCredential(
          ctx.credentials,
          auth.user.id,
          'totp',
          id,
          f.name,
          request.meta,
          ctx.clock.now(),
        );
        return reply.redirect(`${LIST}?renamed=${encodeURIComponent(renamed.id)}`, 303);
      },
      (errors) => <RenameCredentialPage ctx={viewContext(request, reply)} id={id} name={f.name} errors={errors} />,
    );
  });

  app.get(`${LIST}/:id/delete`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownApp(auth.user.id, idOf(request));
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/${found.id}/delete`))) return reply;
    return sendPage(reply, <DeleteCredentialPage ctx={viewContext(request, reply)} id={found.id} name={found.name} />);
  });

  app.post(`${LIST}/:id/delete`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownApp(auth.user.id, idOf(request));
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/${found.id}/delete`))) return reply;
    await deleteCredential(
      ctx.credentials,
      auth.user.id,
      'totp',
      found.id,
      request.meta,
      ctx.clock.now(),
      auth.record.strengths,
      request.cookies[COOKIES.recovery],
    );
    await tellOwner(request, auth.user.id, found.name, 'deleted');
    return reply.redirect(`${LIST}?deleted=1`, 303);
  });
}
