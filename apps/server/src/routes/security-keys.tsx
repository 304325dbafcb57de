import {
  deleteCredential,
  finishWebAuthnEnrolment,
  isSesameError,
  listCredentials,
  readWebAuthnData,
  renameCredential,
  SesameError,
  shouldOfferRecoveryCodes,
  startWebAuthnEnrolment,
  type UserRecord,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import { formErrors, STATUS } from '../http/error-map';
import { parseForm, parseQuery } from '../http/parse-form';
import type { Authenticated } from '../http/request-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { format } from '../i18n/format-message';
import { signInForm } from '../sign-in/sign-in-form';
import { AddSecurityKeyPage, SecurityKeyPromptPage } from '../views/pages/add-security-key-page';
import { DeleteCredentialPage } from '../views/pages/delete-credential-page';
import { RenameCredentialPage } from '../views/pages/rename-credential-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';
import { type SecurityKeyRow, SecurityKeysPage } from '../views/pages/security-keys-page';

/** The pages' query and forms (ADR 0026 §2.10): plain optional strings; core checks them. */
const listQuery = z.object({
  added: z.string().optional(),
  renamed: z.string().optional(),
  deleted: z.string().optional(),
});
const nameForm = z.object({ name: z.string().optional() });
const addForm = z.object({ name: z.string().optional(), passkey: z.string().optional() });
const answerForm = z.object({ credential: z.string().max(65_536).optional() });

const LIST = '/account/security-keys';

/**
 * "My account → Manage my security keys and trusted platforms" (issue 13 point 1; docs/adr/0029
 * §6): list, add (name → the browser's prompt → verified answer), rename, delete. Every page needs
 * a session; adding and deleting need what core mayChangeAuthenticators says (SEC-27), else the
 * re-authentication page — as "Manage my authenticator apps".
 */
export function securityKeyRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => requireSignIn(request, reply, ctx.publicUrl);
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;
  const currentUser = async (auth: Authenticated): Promise<UserRecord> =>
    (await ctx.users.findById(auth.user.id)) ?? auth.user;

  /** SEC-27: a second factor presented by this session when the account has or had one; else 403. */
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
    const body = request.messages.securityKeys.secondFactorBody;
    await sendPage(
      reply,
      <SecondFactorRequiredPage ctx={viewContext(request, reply)} returnTo={returnTo} body={body} />,
      403,
    );
    return false;
  };

  /** SEC-27: every added or deleted key is told to its owner by mail; a failing mailer is logged. */
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
      .send({ template: 'security-key-changed', to: owner.email, locale: owner.emailLocale, params })
      .catch((error: unknown) => request.log.warn({ err: error }, 'security key mail not sent'));
  };

  /** The account's active keys with what the list shows of each. */
  const rows = async (userId: string): Promise<SecurityKeyRow[]> => {
    const summaries = await listCredentials(ctx.credentials, userId, 'webauthn');
    const records = await ctx.credentials.durable.credentials.listByUser(userId, 'webauthn');
    return summaries.map((s) => {
      const data = readWebAuthnData(records.find((r) => r.id === s.id)!);
      const form = data.backupEligible ? 'synced' : data.transports.includes('internal') ? 'platform' : 'key';
      return { ...s, form, aaguid: data.aaguid, model: ctx.securityKeys.modelOf(data.aaguid) };
    });
  };

  /** Someone else's key, or a missing one: the same 404 (core's ownership rule). */
  const ownKey = async (userId: string, id: string) => {
    const found = (await listCredentials(ctx.credentials, userId, 'webauthn')).find((c) => c.id === id);
    if (!found) throw new SesameError('NOT_FOUND');
    return found;
  };

  app.get(LIST, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const a = request.messages.securityKeys;
    const query = parseQuery(request, listQuery);
    const keys = await rows(auth.user.id);
    // Notices name only what the store says: a crafted link cannot put its own words here.
    const named = (id: string | undefined) => (id ? keys.find((c) => c.id === id) : undefined);
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
      <SecurityKeysPage
        ctx={viewContext(request, reply)}
        keys={keys}
        notice={notice}
        offerRecoveryCodes={await shouldOfferRecoveryCodes(ctx.recoveryCodes, auth.user.id)}
      />,
    );
  });

  app.get(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    return sendPage(reply, <AddSecurityKeyPage ctx={viewContext(request, reply)} />);
  });

  /** The name, then the browser's prompt with a single-use challenge (core startWebAuthnEnrolment). */
  app.post(`${LIST}/new`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/new`))) return reply;
    const f = parseForm(request, addForm);
    // A passkey is both factors (docs/adr/0029 §5): discoverable, and it must verify its user.
    const passkey = f.passkey === 'yes';
    return signInForm(
      ctx.messageOptions,
      request,
      reply,
      async () => {
        const user = await currentUser(auth);
        const options = await startWebAuthnEnrolment(
          ctx.securityKeys.enrolment,
          { id: user.id, email: user.email, displayName: `${user.firstName} ${user.lastName}`.trim() },
          f.name,
          passkey
            ? { passkey: true, userVerification: 'required' }
            : { userVerification: ctx.securityKeys.userVerification },
          auth.record.strengths,
          ctx.clock.now(),
          request.cookies[COOKIES.recovery],
        );
        return sendPage(
          reply,
          <SecurityKeyPromptPage ctx={viewContext(request, reply)} name={(f.name ?? '').trim()} options={options} />,
        );
      },
      (errors) => <AddSecurityKeyPage ctx={viewContext(request, reply)} name={f.name} errors={errors} />,
    );
  });

  /**
   * The browser's answer (core finishWebAuthnEnrolment, WebAuthn L3 §7.1; SEC-22): the challenge
   * is taken before the check, so a refused answer starts again from the name.
   */
  app.post(`${LIST}/confirm`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const a = request.messages.securityKeys;
    const f = parseForm(request, answerForm);
    const again = (message: string, status: number) =>
      sendPage(
        reply,
        <AddSecurityKeyPage ctx={viewContext(request, reply)} errors={{ fields: { name: message } }} />,
        status,
      );
    let response: unknown;
    try {
      response = JSON.parse(f.credential ?? '');
    } catch {
      return again(a.refused, 400);
    }
    try {
      const added = await finishWebAuthnEnrolment(
        ctx.securityKeys.enrolment,
        auth.user.id,
        response,
        auth.record.strengths,
        request.meta,
        ctx.clock.now(),
        request.cookies[COOKIES.recovery],
      );
      await tellOwner(request, auth.user.id, added.name, 'added');
      return reply.redirect(`${LIST}?added=${encodeURIComponent(added.id)}`, 303);
    } catch (error) {
      if (!isSesameError(error)) throw error;
      switch (error.code) {
        case 'SECOND_FACTOR_REQUIRED':
          await secondFactorPresented(auth, request, reply, `${LIST}/new`);
          return reply;
        case 'DEVICE_CHALLENGE_EXPIRED':
          return again(a.expired, 410);
        case 'DEVICE_ALREADY_ENROLLED':
          return again(a.already, 409);
        case 'INVALID_INPUT':
          return again(error.details.reason === 'not_accepted' ? a.notAccepted : a.refused, 400);
        default:
          return again(
            formErrors(request.messages, error, ctx.messageOptions).general ?? a.refused,
            STATUS[error.code],
          );
      }
    }
  });

  app.get(`${LIST}/:id/rename`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownKey(auth.user.id, idOf(request));
    return sendPage(
      reply,
      <RenameCredentialPage ctx={viewContext(request, reply)} id={found.id} name={found.name} kind="webauthn" />,
    );
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
          'webauthn',
          id,
          f.name,
          request.meta,
          ctx.clock.now(),
        );
        return reply.redirect(`${LIST}?renamed=${encodeURIComponent(renamed.id)}`, 303);
      },
      (errors) => (
        <RenameCredentialPage ctx={viewContext(request, reply)} id={id} name={f.name} errors={errors} kind="webauthn" />
      ),
    );
  });

  app.get(`${LIST}/:id/delete`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownKey(auth.user.id, idOf(request));
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/${found.id}/delete`))) return reply;
    return sendPage(
      reply,
      <DeleteCredentialPage ctx={viewContext(request, reply)} id={found.id} name={found.name} kind="webauthn" />,
    );
  });

  app.post(`${LIST}/:id/delete`, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const found = await ownKey(auth.user.id, idOf(request));
    if (!(await secondFactorPresented(auth, request, reply, `${LIST}/${found.id}/delete`))) return reply;
    await deleteCredential(
      ctx.credentials,
      auth.user.id,
      'webauthn',
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
