import {
  createAccountFromEid,
  eidAccountFields,
  EID_NEWCOMER_MS,
  EID_ONLY_PASSWORD_HASH,
  invalidInput,
  isSesameError,
  keepEidNewcomer,
  peekEidNewcomer,
  randomToken,
  reconcilableEmail,
  SesameError,
  takeEidNewcomer,
  type EidNewcomer,
  type EidStep,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from '../http/cookies';
import { errorMessage, STATUS } from '../http/error-map';
import { parseForm, parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { format } from '../i18n/format-message';
import type { SignInRoutesContext } from '../sign-in/context';
import { continueLogin } from '../sign-in/continue-login';
import { finishSignIn } from '../sign-in/finish-sign-in';
import { redirectFor } from '../sign-in/redirects';
import { signInMeta } from '../sign-in/sign-in-meta';
import { EidsPage } from '../views/pages/eids-page';
import { EidCreatePage, EidExistsPage, EidReconcilePage } from '../views/pages/eid-newcomer-page';
import { handleForm } from '../http/forms';
import { MessagePage } from '../views/pages/message-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';
import { SignInEmailPage } from '../views/sign-in/sign-in-email-page';
import type { EidPages } from './context';
import { eidCallbackPath } from './build-eid';

/** The forms and query (ADR 0026 §2.10): plain optional strings; core checks them. */
const providerForm = z.object({ provider: z.string().max(64).optional() });
const callbackQuery = z.object({ state: z.string().max(256).optional() });
const listQuery = z.object({ linked: z.string().max(64).optional(), unlinked: z.string().max(8).optional() });
const providerParams = z.object({ provider: z.string().max(64) });
const linkParams = z.object({ id: z.string().max(64) });
const createForm = z.object({ privacyAccepted: z.string().max(8).optional() });
const NEW = '/login/eid/new';
const RECONCILE = '/login/eid/reconcile';

const LIST = '/account/eids';
/** The binding cookie lives as long as a flow (core EID_FLOW_MS). */
const BINDING_MAX_AGE = 10 * 60;

/** The buttons' providers, named in the page's language. */
export function eidButtons(eid: EidPages | null, request: FastifyRequest) {
  return eid?.providers.map((p) => ({ id: p.id, label: p.label[request.locale] }));
}

/**
 * "Sign in with eID" and "Manage my eIDs" (issue 15 point 1; EU Login's, reference
 * eulogin-facts §1.2; docs/adr/0042): the first screen's buttons send the browser to the provider,
 * the callback ends the sign-in — or binds the eID to the signed-in account that asked to link it.
 * Linking and unlinking change how the account may be signed in to: SEC-27, as for every
 * authenticator (a second factor on an account that has one), and the owner mailed.
 */
export function eidRoutes(app: FastifyInstance, ctx: SignInRoutesContext, eid: EidPages): void {
  const { engine } = ctx;

  /** The browser's binding cookie: kept while a flow may be pending, made when missing. */
  function binding(request: FastifyRequest, reply: FastifyReply): string {
    const existing = request.cookies[COOKIES.eid];
    const value = existing && /^[A-Za-z0-9_-]{43}$/.test(existing) ? existing : randomToken();
    reply.setCookie(COOKIES.eid, value, { ...baseCookie, maxAge: BINDING_MAX_AGE });
    return value;
  }

  /** The first screen again, saying why (a refused eID, a provider down), with a next step. */
  async function firstScreen(request: FastifyRequest, reply: FastifyReply, error: SesameError) {
    const offer = await engine.passkeyOptions(request.cookies[COOKIES.login]);
    return sendPage(
      reply,
      <SignInEmailPage
        ctx={viewContext(request, reply)}
        errors={{ fields: {}, general: errorMessage(request.messages, error, ctx.messageOptions) }}
        passkeyOptions={offer.ok ? offer.options : undefined}
        eidProviders={eidButtons(eid, request)}
      />,
      STATUS[error.code],
    );
  }

  /**
   * The level page again (docs/adr/0053 §2), saying why the eID did not step the sign-in up: the
   * sign-in kept for the signed-in user ended and kept anew by continueLogin, as /login/step-up
   * does. Without such a sign-in (expired, another account's), the first screen with the error.
   */
  async function levelPageAgain(request: FastifyRequest, reply: FastifyReply, error: SesameError) {
    const auth = request.auth;
    const kept = auth ? await engine.resumeKept(request.cookies[COOKIES.login], auth.user.id) : null;
    if (!auth || !kept?.ok) return firstScreen(request, reply, error);
    await engine.end(kept.handle);
    reply.clearCookie(COOKIES.login, baseCookie);
    const session = { id: auth.sessionId, record: auth.record };
    return continueLogin(ctx, request, reply, session, auth.user, kept.state.ctx.target, false, [], {
      error: errorMessage(request.messages, error, ctx.messageOptions),
    });
  }

  /** The list, with a notice or an error; the links are the account's own. */
  async function listPage(
    request: FastifyRequest,
    reply: FastifyReply,
    userId: string,
    extra: { notice?: string; error?: SesameError } = {},
  ) {
    const providers = eidButtons(eid, request) ?? [];
    return sendPage(
      reply,
      <EidsPage
        ctx={viewContext(request, reply)}
        links={await eid.links.listByUser(userId)}
        providers={providers}
        notice={extra.notice}
        error={extra.error ? errorMessage(request.messages, extra.error, ctx.messageOptions) : undefined}
      />,
      extra.error ? STATUS[extra.error.code] : 200,
    );
  }

  /** SEC-27: a second factor on an account that has one, else the page that leads to it (403). */
  async function mayChange(request: FastifyRequest, reply: FastifyReply, returnTo = LIST): Promise<boolean> {
    const auth = request.auth;
    if (!auth) return false;
    const user = (await ctx.users.findById(auth.user.id)) ?? auth.user;
    if (await eid.mayChangeAuthenticators(user, auth.record.strengths, request.cookies[COOKIES.recovery])) return true;
    await sendPage(
      reply,
      <SecondFactorRequiredPage
        ctx={viewContext(request, reply)}
        returnTo={returnTo}
        body={request.messages.eids.secondFactorBody}
      />,
      403,
    );
    return false;
  }

  /** SEC-27: the owner is told of every linked or unlinked eID; a mailer that fails is logged. */
  async function tellOwner(request: FastifyRequest, userId: string, provider: string, change: 'added' | 'deleted') {
    const owner = await ctx.users.findById(userId);
    if (!owner) return;
    const label = eid.providers.find((p) => p.id === provider)?.label[owner.emailLocale] ?? provider;
    await eid.mailer
      .send({
        template: 'eid-changed',
        to: owner.email,
        locale: owner.emailLocale,
        params: {
          firstName: owner.firstName,
          name: label,
          change,
          ip: request.meta.ip,
          browser: request.meta.userAgent ?? '-',
        },
      })
      .catch((error: unknown) => request.log.warn({ err: error, template: 'eid-changed' }, 'eID mail not sent'));
  }

  // "Sign in with eID" (the first screen's button): to the provider, the flow bound to this browser.
  app.post('/login/eid', async (request, reply) => {
    const { provider } = parseForm(request, providerForm);
    try {
      const begun = await engine.beginEid(request.cookies[COOKIES.login], provider ?? '', binding(request, reply));
      if (!begun.ok) return redirectFor(reply, begun.error, 'password');
      return reply.redirect(begun.url, 303);
    } catch (error) {
      if (isSesameError(error, 'INVALID_INPUT')) return firstScreen(request, reply, new SesameError('EID_REFUSED'));
      if (isSesameError(error, 'EID_UNAVAILABLE')) return firstScreen(request, reply, error);
      throw error;
    }
  });

  // The level page's "Sign in with your eID (…)" (docs/adr/0053 §2): the step-up of the sign-in
  // kept for the signed-in user, asking the provider for what reaches the application.
  app.post('/login/step-up/eid', async (request, reply) => {
    const auth = request.auth;
    if (!auth) return reply.redirect('/login', 303);
    const { provider } = parseForm(request, providerForm);
    try {
      const begun = await engine.beginEidStepUp(
        request.cookies[COOKIES.login],
        auth.user.id,
        provider ?? '',
        binding(request, reply),
      );
      if (begun.ok) return reply.redirect(begun.url, 303);
      // No sign-in kept for this user: nothing waits (as /login/step-up). A provider whose mapping
      // does not reach the level (a forged form): the level page says what does.
      if (begun.error.code === 'WRONG_STEP') return reply.redirect('/account', 303);
      return levelPageAgain(request, reply, new SesameError('EID_REFUSED'));
    } catch (error) {
      if (isSesameError(error, 'INVALID_INPUT')) return levelPageAgain(request, reply, new SesameError('EID_REFUSED'));
      if (isSesameError(error, 'EID_UNAVAILABLE')) return levelPageAgain(request, reply, error);
      throw error;
    }
  });

  // The provider's answer (its redirect): a sign-in ended, or a link for the signed-in account.
  app.get(eidCallbackPath(':provider'), async (request, reply) => {
    const { provider } = z.object(providerParams.shape).parse(request.params);
    const { state } = parseQuery(request, callbackQuery);
    const url = new URL(request.url, ctx.publicUrl);
    let step: EidStep;
    try {
      step = await engine.finishEid(
        request.cookies[COOKIES.login],
        { provider, state: state ?? '', url, binding: request.cookies[COOKIES.eid] },
        signInMeta(request),
      );
    } catch (error) {
      if (isSesameError(error, 'EID_UNAVAILABLE')) return firstScreen(request, reply, error);
      throw error;
    }
    reply.clearCookie(COOKIES.eid, baseCookie);
    if (!step.ok) return redirectFor(reply, step.error, 'password');
    if ('handle' in step) return finishSignIn(ctx, request, reply, step.handle, step.state.next);
    if ('newcomer' in step.state) {
      // An eID no account has linked (docs/adr/0047): kept for its owner's decision, in this browser only.
      const pass = await keepEidNewcomer(eid.ephemeral, step.state.newcomer);
      reply.setCookie(COOKIES.eidNewcomer, pass, { ...baseCookie, maxAge: EID_NEWCOMER_MS / 1000 });
      return reply.redirect(NEW, 303);
    }
    if ('refused' in step.state) {
      const error = new SesameError(step.state.refused);
      if (step.state.purpose === 'link' && request.auth)
        return listPage(request, reply, request.auth.user.id, { error });
      // A step-up refused (another account's eID, none, no level): the level page, no upgrade.
      if (step.state.purpose === 'step-up') return levelPageAgain(request, reply, error);
      return firstScreen(request, reply, error);
    }
    // A link: for the account that asked, still signed in here, and still allowed to (SEC-27).
    const proof = step.state.link;
    if (!request.auth || request.auth.user.id !== proof.userId) {
      const m = request.messages;
      return sendPage(
        reply,
        <MessagePage
          ctx={viewContext(request, reply)}
          title={m.eids.title}
          message={m.eids.signInAgain}
          kind="error"
          link={{ href: `/login?return_to=${encodeURIComponent(LIST)}`, label: m.signIn.title }}
        />,
        401,
      );
    }
    if (!(await mayChange(request, reply))) return reply;
    if (await reconcileEidOnlyAccount(request, proof)) {
      await tellOwner(request, proof.userId, proof.provider, 'added');
      return reply.redirect(`${LIST}?linked=${encodeURIComponent(proof.provider)}`, 303);
    }
    const created = await eid.links.create({
      id: randomToken(16),
      userId: proof.userId,
      provider: proof.provider,
      issuer: proof.issuer,
      subject: proof.subject,
      createdAt: ctx.clock.now(),
      lastUsedAt: null,
    });
    if (!created) return listPage(request, reply, proof.userId, { error: new SesameError('EID_ALREADY_LINKED') });
    await ctx.audit('credential.enrolled', proof.userId, request.meta, {
      kind: 'eid',
      provider: proof.provider,
      level: proof.level,
    });
    await tellOwner(request, proof.userId, proof.provider, 'added');
    return reply.redirect(`${LIST}?linked=${encodeURIComponent(proof.provider)}`, 303);
  });

  /**
   * EU Login's reconciliation of an eID-created account (reference eulogin-facts §6: "Merging
   * erases the eID-created account"; docs/adr/0047 §4): the eID being linked is an account's that
   * was made from it and has never had another way in (no password). The link moves to the
   * account that asked — proved by its own sign-in and SEC-27 — and the eID-created account is
   * deactivated (kept for its history; no way in is left to it), both audited, in one
   * transaction. False when the eID is not such an account's: the ordinary link goes on.
   */
  async function reconcileEidOnlyAccount(
    request: FastifyRequest,
    proof: { userId: string; provider: string; issuer: string; subject: string; level: string },
  ): Promise<boolean> {
    const existing = await eid.links.findBySubject(proof.issuer, proof.subject);
    if (!existing || existing.userId === proof.userId) return false;
    const made = await ctx.users.findById(existing.userId);
    if (!made || made.passwordHash !== EID_ONLY_PASSWORD_HASH) return false;
    const now = ctx.clock.now();
    await eid.durable.transaction(async (tx) => {
      if (!(await tx.eidLinks.delete(existing.id, made.id))) throw new SesameError('EID_ALREADY_LINKED');
      const linked = await tx.eidLinks.create({
        id: randomToken(16),
        userId: proof.userId,
        provider: proof.provider,
        issuer: proof.issuer,
        subject: proof.subject,
        createdAt: now,
        lastUsedAt: null,
      });
      if (!linked) throw new SesameError('EID_ALREADY_LINKED');
      // Its sessions end (credentialsChangedAt) and it signs in no more (docs/adr/0035).
      await tx.users.update(made.id, { deactivatedAt: now, credentialsChangedAt: now });
      const at = { ip: request.meta.ip, userAgent: request.meta.userAgent, at: now };
      await tx.audit.append({
        ...at,
        type: 'credential.enrolled',
        userId: proof.userId,
        details: { kind: 'eid', provider: proof.provider, level: proof.level, reconciledFrom: made.id },
      });
      await tx.audit.append({
        ...at,
        type: 'account.deactivated',
        userId: made.id,
        details: { reason: 'eid_reconciled', into: proof.userId },
      });
    });
    return true;
  }

  /** The first screen's way again when the waiting eID is gone (expired, used, another browser's). */
  function expired(request: FastifyRequest, reply: FastifyReply) {
    const m = request.messages;
    reply.clearCookie(COOKIES.eidNewcomer, baseCookie);
    return sendPage(
      reply,
      <MessagePage
        ctx={viewContext(request, reply)}
        title={m.eidNewcomer.title}
        message={m.eidNewcomer.expired}
        kind="error"
        link={{ href: '/login', label: m.signIn.title }}
      />,
      401,
    );
  }

  const providerLabel = (request: FastifyRequest, id: string) =>
    eid.providers.find((p) => p.id === id)?.label[request.locale] ?? id;

  /** Create, or — the verified e-mail being an account's — the way to reconcile; else why not. */
  async function newcomerPage(
    request: FastifyRequest,
    reply: FastifyReply,
    newcomer: EidNewcomer,
    errors?: Parameters<typeof EidCreatePage>[0]['errors'],
  ) {
    const email = reconcilableEmail(newcomer);
    if (email === null) {
      // No verified e-mail: no account made from it, none found by it (docs/adr/0047 §3).
      await takeEidNewcomer(eid.ephemeral, request.cookies[COOKIES.eidNewcomer]);
      reply.clearCookie(COOKIES.eidNewcomer, baseCookie);
      return firstScreen(request, reply, new SesameError('EID_EMAIL_UNVERIFIED'));
    }
    if (await eid.durable.users.findByEmail(email))
      return sendPage(reply, <EidExistsPage ctx={viewContext(request, reply)} email={email} />);
    return sendPage(
      reply,
      <EidCreatePage
        ctx={viewContext(request, reply)}
        newcomer={newcomer}
        provider={providerLabel(request, newcomer.provider)}
        errors={errors}
      />,
      errors ? 400 : 200,
    );
  }

  /** The eID's sign-in applied to the account it was just bound to: the browser's sign-in goes on. */
  async function continueSignIn(request: FastifyRequest, reply: FastifyReply, userId: string, newcomer: EidNewcomer) {
    // The application the eID came back to, kept with the newcomer (docs/adr/0053 §3): it goes on
    // there, across the reconciliation's own sign-in, like any sign-in.
    const step = await ctx.engine.acceptEid(
      request.cookies[COOKIES.login],
      userId,
      newcomer.level,
      signInMeta(request),
      newcomer.target,
    );
    if (!step.ok) return redirectFor(reply, step.error, 'password');
    if ('handle' in step) return finishSignIn(ctx, request, reply, step.handle, step.state.next);
    if ('refused' in step.state) return firstScreen(request, reply, new SesameError(step.state.refused));
    return reply.redirect('/account', 303);
  }

  app.get(NEW, async (request, reply) => {
    const newcomer = await peekEidNewcomer(eid.ephemeral, request.cookies[COOKIES.eidNewcomer]);
    if (!newcomer) return expired(request, reply);
    return newcomerPage(request, reply, newcomer);
  });

  // "Create my account": the privacy statement accepted, the account made with its eID linked.
  app.post(NEW, async (request, reply) => {
    const form = parseForm(request, createForm);
    const pass = request.cookies[COOKIES.eidNewcomer];
    const waiting = await peekEidNewcomer(eid.ephemeral, pass);
    if (!waiting) return expired(request, reply);
    const email = reconcilableEmail(waiting);
    // Never over an existing account: its owner reconciles, with its own proof.
    if (email === null || (await eid.durable.users.findByEmail(email))) return newcomerPage(request, reply, waiting);
    return handleForm(
      { config: { password: { minLength: ctx.messageOptions.passwordMinLength } } },
      request,
      reply,
      async () => {
        if (form.privacyAccepted !== 'yes') throw invalidInput('privacyAccepted', 'not_accepted');
        // The eID's names and address checked before the newcomer is taken: a refusal leaves it.
        eidAccountFields(waiting);
        // Taken once: of two submissions, one makes the account.
        const newcomer = await takeEidNewcomer(eid.ephemeral, pass);
        if (!newcomer) return expired(request, reply);
        reply.clearCookie(COOKIES.eidNewcomer, baseCookie);
        const owner = eid.providers.find((p) => p.id === newcomer.provider);
        const user = await createAccountFromEid(
          { durable: eid.durable, clock: ctx.clock },
          newcomer,
          { privacyAccepted: true, emailLocale: request.locale, organisation: owner?.organisation ?? null },
          request.meta,
        );
        await tellOwner(request, user.id, newcomer.provider, 'added');
        return continueSignIn(request, reply, user.id, newcomer);
      },
      (errors) => (
        <EidCreatePage
          ctx={viewContext(request, reply)}
          newcomer={waiting}
          provider={providerLabel(request, waiting.provider)}
          errors={errors}
        />
      ),
    );
  });

  /**
   * The reconciliation (docs/adr/0047 §3): the account of the eID's verified e-mail, signed in by
   * its own means (its password, its second factor when it has one: SEC-27), in the browser that
   * came back from the eID, confirms the link. Anyone else — the eID's holder without the account's
   * proof, another account, another browser — is refused.
   */
  async function reconciliation(request: FastifyRequest, reply: FastifyReply) {
    const auth = requireSignIn(request, reply, ctx.publicUrl);
    if (!auth) return null;
    const newcomer = await peekEidNewcomer(eid.ephemeral, request.cookies[COOKIES.eidNewcomer]);
    if (!newcomer) {
      await expired(request, reply);
      return null;
    }
    const email = reconcilableEmail(newcomer);
    if (email === null || auth.user.email !== email) {
      await firstScreen(request, reply, new SesameError(email === null ? 'EID_EMAIL_UNVERIFIED' : 'EID_OTHER_ACCOUNT'));
      return null;
    }
    if (!(await mayChange(request, reply, RECONCILE))) return null;
    return { auth, newcomer };
  }

  app.get(RECONCILE, async (request, reply) => {
    const found = await reconciliation(request, reply);
    if (!found) return reply;
    return sendPage(
      reply,
      <EidReconcilePage
        ctx={viewContext(request, reply)}
        email={found.auth.user.email}
        provider={providerLabel(request, found.newcomer.provider)}
      />,
    );
  });

  app.post(RECONCILE, async (request, reply) => {
    const found = await reconciliation(request, reply);
    if (!found) return reply;
    // Taken once: a replayed confirmation finds nothing (SEC-23).
    const newcomer = await takeEidNewcomer(eid.ephemeral, request.cookies[COOKIES.eidNewcomer]);
    if (!newcomer) return expired(request, reply);
    reply.clearCookie(COOKIES.eidNewcomer, baseCookie);
    const userId = found.auth.user.id;
    const created = await eid.links.create({
      id: randomToken(16),
      userId,
      provider: newcomer.provider,
      issuer: newcomer.issuer,
      subject: newcomer.subject,
      createdAt: ctx.clock.now(),
      lastUsedAt: ctx.clock.now(),
    });
    if (!created) return listPage(request, reply, userId, { error: new SesameError('EID_ALREADY_LINKED') });
    await ctx.audit('credential.enrolled', userId, request.meta, {
      kind: 'eid',
      provider: newcomer.provider,
      level: newcomer.level,
      via: 'reconciliation',
    });
    await tellOwner(request, userId, newcomer.provider, 'added');
    return continueSignIn(request, reply, userId, newcomer);
  });

  app.get(LIST, async (request, reply) => {
    const auth = requireSignIn(request, reply, ctx.publicUrl);
    if (!auth) return reply;
    const query = parseQuery(request, listQuery);
    const m = request.messages.eids;
    // Only a configured provider's name: a crafted link cannot put its own words here.
    const linked = eidButtons(eid, request)?.find((p) => p.id === query.linked);
    const notice = linked
      ? format(m.linkedNotice, { provider: linked.label })
      : query.unlinked
        ? m.unlinkedNotice
        : undefined;
    return listPage(request, reply, auth.user.id, notice ? { notice } : {});
  });

  // "Link my eID": to the provider, for this account (SEC-27 first).
  app.post(`${LIST}/link`, async (request, reply) => {
    const auth = requireSignIn(request, reply, ctx.publicUrl);
    if (!auth) return reply;
    if (!(await mayChange(request, reply))) return reply;
    const { provider } = parseForm(request, providerForm);
    try {
      const begun = await engine.beginEidLink(auth.user.id, provider ?? '', binding(request, reply));
      if (!begun.ok) return reply.redirect(LIST, 303);
      return reply.redirect(begun.url, 303);
    } catch (error) {
      if (isSesameError(error, 'INVALID_INPUT'))
        return listPage(request, reply, auth.user.id, { error: new SesameError('EID_REFUSED') });
      if (isSesameError(error, 'EID_UNAVAILABLE')) return listPage(request, reply, auth.user.id, { error });
      throw error;
    }
  });

  // Unlink: the account's own link only (someone else's, or none: the same 404).
  app.post(`${LIST}/:id/unlink`, async (request, reply) => {
    const auth = requireSignIn(request, reply, ctx.publicUrl);
    if (!auth) return reply;
    const { id } = linkParams.parse(request.params);
    const link = (await eid.links.listByUser(auth.user.id)).find((l) => l.id === id);
    if (!link) throw new SesameError('NOT_FOUND');
    if (!(await mayChange(request, reply))) return reply;
    if (!(await eid.links.delete(id, auth.user.id))) throw new SesameError('NOT_FOUND');
    await ctx.audit('credential.deleted', auth.user.id, request.meta, { kind: 'eid', provider: link.provider });
    await tellOwner(request, auth.user.id, link.provider, 'deleted');
    return reply.redirect(`${LIST}?unlinked=1`, 303);
  });
}
