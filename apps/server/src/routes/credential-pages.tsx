import {
  deleteCredential,
  listCredentials,
  nothingToConfirmWith,
  renameCredential,
  SesameError,
  type CredentialSummary,
  type UserRecord,
  lostFactorWays,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CredentialRoutesContext } from '../credentials/context';
import { COOKIES } from '../http/cookies';
import { parseForm, parseQuery } from '../http/parse-form';
import type { Authenticated } from '../http/request-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import type { Messages } from '../i18n/en';
import { format } from '../i18n/format-message';
import { signInForm } from '../sign-in/sign-in-form';
import { DeleteCredentialPage } from '../views/pages/delete-credential-page';
import { RenameCredentialPage } from '../views/pages/rename-credential-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';

/**
 * What the "Manage my …" pages of one kind of second factor share (issue 13: authenticator apps,
 * security keys, phone numbers): the session they need, the second factor that adding and deleting need (SEC-27),
 * the owner's mail of every change, the ownership rule, the list's notices, and the rename and
 * delete pages. Each kind keeps only what is its own: how it is added.
 */
export interface CredentialPagesSpec {
  readonly kind: 'totp' | 'webauthn' | 'sms';
  /** The list's path: `/account/…`; the other pages are under it. */
  readonly list: string;
  /** Its part of the catalogue: the 403 page's body and the list's notices. */
  readonly messages: (m: Messages) => {
    readonly secondFactorBody: string;
    readonly addedNotice: string;
    /** Absent for a kind that cannot be renamed (a phone number is named by itself). */
    readonly renamedNotice?: string;
    readonly deletedNotice: string;
  };
  /** SEC-27: the mail that tells the owner of an added or deleted one. */
  readonly mail: 'authenticator-app-changed' | 'security-key-changed' | 'phone-number-changed';
}

/** The list's query: which notice to show (plain optional strings, ADR 0026 §2.10). */
const listQuery = z.object({
  added: z.string().optional(),
  renamed: z.string().optional(),
  deleted: z.string().optional(),
});
const nameForm = z.object({ name: z.string().optional() });

export interface CredentialPages {
  /** The session, or null when the request was sent to sign in (requireSignIn). */
  signedIn(request: FastifyRequest, reply: FastifyReply): Authenticated | null;
  /** The account as it is now (its `secondFactorSince`), else as the session has it. */
  currentUser(auth: Authenticated): Promise<UserRecord>;
  /**
   * SEC-27 (NIST SP 800-63B rev 4 §4.1.2.1): on an account that has or had a second factor, this
   * session must have presented one (or the account's recovery be ready); otherwise the page that
   * leads to the re-authentication (`/login?reauth=1`) is sent, 403, and false returned. Core
   * checks it again.
   */
  secondFactorPresented(
    auth: Authenticated,
    request: FastifyRequest,
    reply: FastifyReply,
    returnTo: string,
  ): Promise<boolean>;
  /**
   * SEC-27: every added or deleted one is told to its owner by mail (an independent channel). The
   * change is made already: a mailer that fails is logged, not the user's error.
   */
  tellOwner(request: FastifyRequest, userId: string, name: string, change: 'added' | 'deleted'): Promise<void>;
  /** The list's notice, naming only what the store says: a crafted link cannot put its own words here. */
  notice(request: FastifyRequest, listed: readonly Pick<CredentialSummary, 'id' | 'name'>[]): string | undefined;
  /**
   * Just added (the list's `added` names one of the account's), while an application's sign-in
   * waits in this browser for this user (the level page, docs/adr/0019): that application's name,
   * for "Continue to <app>" (docs/adr/0050 §3); else undefined.
   */
  continueTo(request: FastifyRequest, listed: readonly Pick<CredentialSummary, 'id'>[]): Promise<string | undefined>;
}

export function credentialPages(ctx: CredentialRoutesContext, spec: CredentialPagesSpec): CredentialPages {
  const currentUser = async (auth: Authenticated): Promise<UserRecord> =>
    (await ctx.users.findById(auth.user.id)) ?? auth.user;
  return {
    signedIn: (request, reply) => requireSignIn(request, reply, ctx.publicUrl),
    currentUser,
    async secondFactorPresented(auth, request, reply, returnTo) {
      const allowed = await ctx.mayChangeAuthenticators(
        await currentUser(auth),
        auth.record.strengths,
        request.cookies[COOKIES.recovery],
      );
      if (allowed) return true;
      const body = spec.messages(request.messages).secondFactorBody;
      // Nothing left to confirm with (a helpdesk reset, PANIC): the way back (docs/adr/0040).
      const lostAll = (await nothingToConfirmWith(ctx.credentials, auth.user.id))
        ? { hours: ctx.recoveryWaitingHours }
        : undefined;
      await sendPage(
        reply,
        <SecondFactorRequiredPage
          ctx={viewContext(request, reply)}
          returnTo={returnTo}
          body={body}
          lostAll={lostAll}
          ways={await lostFactorWays(ctx.credentials.durable, auth.user.id)}
        />,
        403,
      );
      return false;
    },
    async tellOwner(request, userId, name, change) {
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
        .send({ template: spec.mail, to: owner.email, locale: owner.emailLocale, params })
        .catch((error: unknown) => request.log.warn({ err: error, template: spec.mail }, 'credential mail not sent'));
    },
    notice(request, listed) {
      const m = spec.messages(request.messages);
      const query = parseQuery(request, listQuery);
      const named = (id: string | undefined) => (id ? listed.find((c) => c.id === id) : undefined);
      const added = named(query.added);
      const renamed = named(query.renamed);
      if (added) return format(m.addedNotice, { name: added.name });
      if (renamed && m.renamedNotice !== undefined) return format(m.renamedNotice, { name: renamed.name });
      return query.deleted ? m.deletedNotice : undefined;
    },
    async continueTo(request, listed) {
      const { added } = parseQuery(request, listQuery);
      if (added === undefined || !listed.some((c) => c.id === added)) return undefined;
      return (await ctx.pendingSignInApp(request)) ?? undefined;
    },
  };
}

/**
 * Rename (no second factor: a name changes no factor, core renameCredential) and delete (a second
 * factor, SEC-27; the owner mailed) under `spec.list`/:id. Someone else's, or a missing one: the
 * same 404 (core's ownership rule).
 */
export function renameAndDeleteRoutes(
  app: FastifyInstance,
  ctx: CredentialRoutesContext,
  spec: RenamableSpec,
  pages: CredentialPages,
): void {
  renameRoutes(app, ctx, spec, pages);
  deleteRoutes(app, ctx, spec, pages);
}

/** The kinds that have a name of their own to change. */
export type RenamableSpec = CredentialPagesSpec & { readonly kind: 'totp' | 'webauthn' };

const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

/** Someone else's, or a missing one: the same 404 (core's ownership rule). */
async function own(ctx: CredentialRoutesContext, kind: CredentialPagesSpec['kind'], userId: string, id: string) {
  const found = (await listCredentials(ctx.credentials, userId, kind)).find((c) => c.id === id);
  if (!found) throw new SesameError('NOT_FOUND');
  return found;
}

/** Rename under `spec.list`/:id/rename: no second factor, a name changes no factor (core renameCredential). */
export function renameRoutes(
  app: FastifyInstance,
  ctx: CredentialRoutesContext,
  spec: RenamableSpec,
  pages: CredentialPages,
): void {
  const { kind, list } = spec;

  app.get(`${list}/:id/rename`, async (request, reply) => {
    const auth = pages.signedIn(request, reply);
    if (!auth) return reply;
    const found = await own(ctx, kind, auth.user.id, idOf(request));
    return sendPage(
      reply,
      <RenameCredentialPage ctx={viewContext(request, reply)} id={found.id} name={found.name} kind={kind} />,
    );
  });

  app.post(`${list}/:id/rename`, async (request, reply) => {
    const auth = pages.signedIn(request, reply);
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
          kind,
          id,
          f.name,
          request.meta,
          ctx.clock.now(),
        );
        return reply.redirect(`${list}?renamed=${encodeURIComponent(renamed.id)}`, 303);
      },
      (errors) => (
        <RenameCredentialPage ctx={viewContext(request, reply)} id={id} name={f.name} errors={errors} kind={kind} />
      ),
    );
  });
}

/** Delete under `spec.list`/:id/delete: a second factor first (SEC-27), then the owner mailed. */
export function deleteRoutes(
  app: FastifyInstance,
  ctx: CredentialRoutesContext,
  spec: CredentialPagesSpec,
  pages: CredentialPages,
): void {
  const { kind, list } = spec;

  app.get(`${list}/:id/delete`, async (request, reply) => {
    const auth = pages.signedIn(request, reply);
    if (!auth) return reply;
    const found = await own(ctx, kind, auth.user.id, idOf(request));
    if (!(await pages.secondFactorPresented(auth, request, reply, `${list}/${found.id}/delete`))) return reply;
    return sendPage(
      reply,
      <DeleteCredentialPage ctx={viewContext(request, reply)} id={found.id} name={found.name} kind={kind} />,
    );
  });

  app.post(`${list}/:id/delete`, async (request, reply) => {
    const auth = pages.signedIn(request, reply);
    if (!auth) return reply;
    const found = await own(ctx, kind, auth.user.id, idOf(request));
    if (!(await pages.secondFactorPresented(auth, request, reply, `${list}/${found.id}/delete`))) return reply;
    await deleteCredential(
      ctx.credentials,
      auth.user.id,
      kind,
      found.id,
      request.meta,
      ctx.clock.now(),
      auth.record.strengths,
      request.cookies[COOKIES.recovery],
    );
    await pages.tellOwner(request, auth.user.id, found.name, 'deleted');
    return reply.redirect(`${list}?deleted=1`, 303);
  });
}
