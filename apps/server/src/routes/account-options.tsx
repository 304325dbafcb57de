import {
  accountFactors,
  hasMainFactor,
  isSesameError,
  markBrowserKnown,
  mayConfigureAccount,
  PREFERABLE_METHODS,
  saveAccountOptions,
  type AccountOptions,
  type UserRecord,
  lostFactorWays,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AccountRoutesContext } from '../compose/app-context';
import { baseCookie, COOKIES, KNOWN_BROWSER_MAX_AGE } from '../http/cookies';
import { STATUS } from '../http/error-map';
import { parseForm, parseQuery } from '../http/parse-form';
import type { Authenticated } from '../http/request-context';
import { sendPage, viewContext } from '../http/render-page';
import { requireSignIn } from '../http/require-sign-in';
import { startSession } from '../plugins/portal-context';
import { AccountOptionsPage } from '../views/pages/account-options-page';
import { SecondFactorRequiredPage } from '../views/pages/second-factor-required-page';
import type { FormErrors } from '../views/view-context';

const PAGE = '/account/options';
const pageQuery = z.object({ saved: z.string().optional(), unchanged: z.string().optional() });
/** A checkbox is sent only when ticked; an empty preferred method is "no preference". */
const optionsForm = z.object({
  alwaysSecondFactor: z.string().optional(),
  warnOnApplication: z.string().optional(),
  notifyNewBrowser: z.string().optional(),
  preferredMethod: z.string().max(64).optional(),
});

/**
 * "Configure my account" (issue 13 point 5; docs/adr/0031): GET shows the options, POST saves them
 * (CSRF-checked as every portal form). Both need the second factor when the account has or had
 * one (core mayConfigureAccount, checked again by saveAccountOptions), else the page that leads to
 * the re-authentication and back here (403).
 */
export function accountOptionsRoutes(app: FastifyInstance, services: AccountRoutesContext) {
  const { durable, clock } = services;
  const signedIn = (request: FastifyRequest, reply: FastifyReply) =>
    requireSignIn(request, reply, services.config.publicUrl);
  const currentUser = async (auth: Authenticated): Promise<UserRecord> =>
    (await durable.users.findById(auth.user.id)) ?? auth.user;

  /** The page's facts, or null once the reply is the "confirm with your second factor" page. */
  const gate = async (auth: Authenticated, request: FastifyRequest, reply: FastifyReply) => {
    const user = await currentUser(auth);
    const has = await accountFactors(durable, user.id, clock.now());
    if (mayConfigureAccount(user, has, auth.record.strengths)) return { user, has };
    await sendSecondFactorPage(request, reply, user.id);
    return null;
  };

  const sendSecondFactorPage = async (request: FastifyRequest, reply: FastifyReply, userId: string) =>
    sendPage(
      reply,
      <SecondFactorRequiredPage
        ctx={viewContext(request, reply)}
        returnTo={PAGE}
        body={request.messages.accountOptions.secondFactorBody}
        ways={await lostFactorWays(durable, userId)}
      />,
      403,
    );

  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    facts: { user: UserRecord; has: readonly string[] },
    shown: AccountOptions,
    extra: { notice?: string; errors?: FormErrors; status?: number } = {},
  ) =>
    sendPage(
      reply,
      <AccountOptionsPage
        ctx={viewContext(request, reply)}
        options={shown}
        preferable={PREFERABLE_METHODS.filter((w) => facts.has.includes(w))}
        mayRequireAlways={hasMainFactor(PREFERABLE_METHODS.filter((w) => facts.has.includes(w)))}
        notice={extra.notice}
        errors={extra.errors}
      />,
      extra.status ?? 200,
    );

  app.get(PAGE, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const facts = await gate(auth, request, reply);
    if (!facts) return reply;
    const query = parseQuery(request, pageQuery);
    const o = request.messages.accountOptions;
    const notice = query.saved ? o.saved : query.unchanged ? o.unchanged : undefined;
    return page(request, reply, facts, await durable.accountOptions.get(facts.user.id), notice ? { notice } : {});
  });

  app.post(PAGE, async (request, reply) => {
    const auth = signedIn(request, reply);
    if (!auth) return reply;
    const facts = await gate(auth, request, reply);
    if (!facts) return reply;
    const form = parseForm(request, optionsForm);
    const { lastUsedMethod: _, ...before } = await durable.accountOptions.get(facts.user.id);
    const after: AccountOptions = {
      ...before,
      alwaysSecondFactor: form.alwaysSecondFactor !== undefined,
      warnOnApplication: form.warnOnApplication !== undefined,
      notifyNewBrowser: form.notifyNewBrowser !== undefined,
      preferredMethod: form.preferredMethod ? form.preferredMethod : null,
    };
    try {
      const saved = await saveAccountOptions(
        { durable, clock },
        facts.user,
        auth.record.strengths,
        after,
        request.meta,
      );
      // Every other session has ended; this browser keeps a fresh one with what it presented.
      if (saved.sessionsEnded) await startSession(services, request, reply, facts.user.id, auth.record.strengths);
      // The browser that turns "sign-in from a new browser" on is known to the account (it signed
      // in here, perhaps before the cookie existed): its own next sign-in mails nothing.
      if (after.notifyNewBrowser) {
        const known = markBrowserKnown(services.knownBrowserMac, facts.user.id, request.cookies[COOKIES.knownBrowser]);
        reply.setCookie(COOKIES.knownBrowser, known, { ...baseCookie, maxAge: KNOWN_BROWSER_MAX_AGE });
      }
      const changed = Object.keys(saved.changed).length > 0;
      return reply.redirect(`${PAGE}?${changed ? 'saved' : 'unchanged'}=1`, 303);
    } catch (error) {
      if (isSesameError(error, 'SECOND_FACTOR_REQUIRED')) return sendSecondFactorPage(request, reply, facts.user.id);
      if (!isSesameError(error, 'INVALID_INPUT')) throw error;
      const o = request.messages.accountOptions;
      const field = error.details.field === 'alwaysSecondFactor' ? 'alwaysSecondFactor' : 'preferredMethod';
      const message = field === 'alwaysSecondFactor' ? o.alwaysNeedsFactor : o.preferredNotHeld;
      // Nothing was written: the form shows what was asked, with the reason next to its field.
      return page(request, reply, facts, after, {
        errors: { fields: { [field]: message } },
        status: STATUS.INVALID_INPUT,
      });
    }
  });
}
