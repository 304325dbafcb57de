import {
  finishWebAuthnEnrolment,
  isSesameError,
  listCredentials,
  readWebAuthnData,
  shouldOfferRecoveryCodes,
  startWebAuthnEnrolment,
} from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import { formErrors, STATUS } from '../http/error-map';
import { parseForm } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { signInForm } from '../sign-in/sign-in-form';
import { AddSecurityKeyPage, SecurityKeyPromptPage } from '../views/pages/add-security-key-page';
import { type SecurityKeyRow, SecurityKeysPage } from '../views/pages/security-keys-page';
import { credentialPages, renameAndDeleteRoutes, type RenamableSpec } from './credential-pages';

/** The pages' query and forms (ADR 0026 §2.10): plain optional strings; core checks them. */
const addForm = z.object({ name: z.string().optional(), passkey: z.string().optional() });
const answerForm = z.object({ credential: z.string().max(65_536).optional() });

const LIST = '/account/security-keys';

/** What these pages share with the other kinds' (credential-pages.tsx). */
const SPEC: RenamableSpec = {
  kind: 'webauthn',
  list: LIST,
  messages: (m) => m.securityKeys,
  mail: 'security-key-changed',
};

/**
 * "My account → Manage my security keys and trusted platforms" (issue 13 point 1; docs/adr/0029
 * §6): list, add (name → the browser's prompt → verified answer), rename, delete. Every page needs
 * a session; adding and deleting need what core mayChangeAuthenticators says (SEC-27), else the
 * re-authentication page — as "Manage my authenticator apps".
 */
export function securityKeyRoutes(app: FastifyInstance, ctx: CredentialRoutesContext) {
  const pages = credentialPages(ctx, SPEC);
  const { signedIn, currentUser, secondFactorPresented, tellOwner } = pages;

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

  app.get(LIST, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const keys = await rows(auth.user.id);
    return sendPage(
      reply,
      <SecurityKeysPage
        ctx={viewContext(request, reply)}
        keys={keys}
        notice={pages.notice(request, keys)}
        continueTo={await pages.continueTo(request, keys)}
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

  renameAndDeleteRoutes(app, ctx, SPEC, pages);
}
