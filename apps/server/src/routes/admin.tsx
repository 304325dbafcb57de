import {
  accountOverview,
  authorise,
  invitableOrganisations,
  invitationExpiresAt,
  isSesameError,
  mayEver,
  expediteRecoveryByAdmin,
  resetSecondFactorByAdmin,
  RESET_REASON_MAX,
  searchAccounts,
  sendPasswordResetByAdmin,
  unlockAccount,
  type Actor,
  SEARCH_LIMIT,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminContext } from '../compose/app-context';
import { parseForm, parseQuery } from '../http/parse-form';
import { format } from '../i18n/format-message';
import { sendPage, viewContext } from '../http/render-page';
import { AdminAccountPage } from '../views/pages/admin-account-page';
import { AccountLifecycleSection } from '../views/pages/admin-lifecycle-pages';
import { adminLifecycleRoutes } from './admin-lifecycle';
import { AdminSearchPage } from '../views/pages/admin-search-page';
import type { FormErrors } from '../views/view-context';
import { adminGate } from './admin-gate';
import { grantOptions } from '@sesame/core';

const searchQuery = z.object({
  q: z.string().max(200).optional(),
  within: z.string().max(64).optional(),
  /** An account just erased (docs/adr/0035): its bare identifier. */
  erased: z.string().max(64).optional(),
});
const accountParams = z.object({ id: z.string().min(1).max(64) });
const accountQuery = z.object({
  unlocked: z.string().optional(),
  reset: z.string().optional(),
  /** A role given or taken back (routes/admin-roles.tsx). */
  role: z.enum(['granted', 'revoked']).optional(),
  /** `<devices>.<credentials>` removed by a second-factor reset. */
  factors: z
    .string()
    .regex(/^\d{1,4}\.\d{1,4}$/)
    .optional(),
  /** The lifecycle action just done (routes/admin-lifecycle.tsx). */
  done: z.enum(['invited', 'deactivated', 'reactivated', 'moved', 'resent']).optional(),
  /** A recovery's waiting period ended, or nothing left to end (docs/adr/0041 §4). */
  recovery: z.enum(['expedited', 'nothing_waiting']).optional(),
});
const expediteForm = z.object({
  checkReason: z
    .string()
    .max(4 * RESET_REASON_MAX)
    .optional(),
  recovery: z.string().max(20).optional(),
});
const resetForm = z.object({
  reason: z
    .string()
    .max(4 * RESET_REASON_MAX)
    .optional(),
});

/**
 * The admin console (issue 14 point 2; docs/adr/0033; docs/administrators/console.md). Every
 * route: a session (else the sign-in), that presented a second factor (else the re-authentication
 * page, 403 — no admin page with the password alone), and a person holding at least one role
 * (else FORBIDDEN). What the route then reads or changes goes through core's use cases, which call
 * authorise() on the target before anything else; a refusal is FORBIDDEN (403, in the user's
 * language, nothing changed). POSTs carry the portal's CSRF token (plugins/portal-context.ts).
 */
export function adminRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const { admin } = ctx;

  const gate = adminGate(ctx);

  app.get('/admin', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    // An auditor searches no account: the console opens on the audit (docs/adr/0038).
    if (!mayEver(actor, 'account.search') && mayEver(actor, 'audit.view')) return reply.redirect('/admin/audit', 303);
    const query = parseQuery(request, searchQuery);
    const within = query.within ? query.within : undefined;
    const found = await searchAccounts(admin, actor, { text: query.q ?? '', withinId: within });
    return sendPage(
      reply,
      <AdminSearchPage
        ctx={viewContext(request, reply)}
        text={query.q ?? ''}
        within={within}
        searched={found.within}
        accounts={found.accounts}
        limit={SEARCH_LIMIT}
        dashboard={mayEver(actor, 'dashboard.view')}
        notice={
          query.erased ? format(request.messages.lifecycle.erased, { id: query.erased }, request.locale) : undefined
        }
        manages={mayEver(actor, 'account.invite')}
        mayAudit={mayEver(actor, 'audit.view')}
      />,
    );
  });

  /** An account's page: with a notice after an action, or with a form's errors (then `status`). */
  async function accountPage(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    id: string,
    extra: { notice?: string | undefined; errors?: FormErrors; status?: number } = {},
  ) {
    const [overview, grantable] = await Promise.all([
      accountOverview(admin, actor, id),
      grantOptions(admin, actor, id),
    ]);
    const invitationDies = await invitationExpiresAt(admin, overview.user);
    // The lifecycle's forms for managers only (the helpdesk has none of these rights, docs/adr/0035).
    const lifecycle = mayEver(actor, 'account.deactivate') ? (
      <AccountLifecycleSection
        ctx={viewContext(request, reply)}
        user={overview.user}
        organisationId={overview.organisation.id}
        organisations={await invitableOrganisations(admin, actor)}
        invitationExpired={invitationDies !== null && invitationDies <= admin.clock.now()}
      />
    ) : undefined;
    return sendPage(
      reply,
      <AdminAccountPage
        ctx={viewContext(request, reply)}
        overview={overview}
        lockMinutes={admin.policy.lockMinutes}
        linkTtlMinutes={admin.policy.linkTtlMinutes}
        now={admin.clock.now()}
        mayExpedite={
          authorise(actor, 'account.expedite_recovery', {
            kind: 'account',
            accountId: overview.user.id,
            path: overview.organisation.path,
            grants: overview.grants,
          }).allowed
        }
        grantable={grantable}
        mayAudit={mayEver(actor, 'audit.view')}
        notice={extra.notice}
        errors={extra.errors}
        campaign={mayEver(actor, 'campaign.configure')}
        lifecycle={lifecycle}
      />,
      extra.status ?? 200,
    );
  }

  app.get('/admin/accounts/:id', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const query = parseQuery(request, accountQuery);
    const a = request.messages.admin;
    const [devices, credentials] = (query.factors ?? '').split('.');
    const user = query.reset ? await admin.durable.users.findById(id) : null;
    const l = request.messages.lifecycle;
    const done = query.done;
    const notice = done
      ? done === 'invited' || done === 'resent'
        ? format(
            l[done],
            { email: user?.email ?? (await admin.durable.users.findById(id))?.email ?? '' },
            request.locale,
          )
        : done === 'moved'
          ? format(
              l.moved,
              { organisation: (await admin.durable.organisations.accountOrganisation(id))?.name ?? '' },
              request.locale,
            )
          : l[done]
      : query.unlocked
        ? a.unlocked
        : query.reset
          ? format(a.resetSent, { email: user?.email ?? '' }, request.locale)
          : query.factors
            ? format(a.factorReset, { devices: Number(devices), credentials: Number(credentials) }, request.locale)
            : query.role
              ? request.messages.adminGovernance[query.role]
              : query.recovery
                ? query.recovery === 'expedited'
                  ? a.recoveryExpedited
                  : a.recoveryNothing
                : undefined;
    return accountPage(request, reply, actor, id, { notice });
  });

  app.post('/admin/accounts/:id/unlock', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    await unlockAccount(admin, actor, id, request.meta);
    return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}?unlocked=1`, 303);
  });

  app.post('/admin/accounts/:id/password-reset', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    await sendPasswordResetByAdmin(admin, actor, id, request.meta);
    return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}?reset=1`, 303);
  });

  app.post('/admin/accounts/:id/second-factor-reset', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const form = parseForm(request, resetForm);
    try {
      const removed = await resetSecondFactorByAdmin(admin, actor, id, form.reason, request.meta);
      return reply.redirect(
        `/admin/accounts/${encodeURIComponent(id)}?factors=${removed.devices}.${removed.credentials}`,
        303,
      );
    } catch (error) {
      if (!isSesameError(error, 'INVALID_INPUT') || error.details.field !== 'reason') throw error;
      const a = request.messages.admin;
      const message =
        error.details.reason === 'too_long'
          ? format(a.reasonTooLong, { max: RESET_REASON_MAX }, request.locale)
          : a.reasonRequired;
      // Nothing was removed: the page again, the reason's problem beside its field.
      return accountPage(request, reply, actor, id, { errors: { fields: { reason: message } }, status: 400 });
    }
  });

  app.post('/admin/accounts/:id/recovery-expedite', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const form = parseForm(request, expediteForm);
    try {
      const outcome = await expediteRecoveryByAdmin(
        admin,
        actor,
        id,
        { reason: form.checkReason, recoveryStartedAt: form.recovery },
        request.meta,
      );
      return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}?recovery=${outcome}`, 303);
    } catch (error) {
      if (!isSesameError(error, 'INVALID_INPUT') || error.details.field !== 'reason') throw error;
      const a = request.messages.admin;
      const message =
        error.details.reason === 'too_long'
          ? format(a.reasonTooLong, { max: RESET_REASON_MAX }, request.locale)
          : a.reasonRequired;
      // Nothing changed: the page again, the problem beside the field.
      return accountPage(request, reply, actor, id, { errors: { fields: { checkReason: message } }, status: 400 });
    }
  });

  adminLifecycleRoutes(app, ctx, gate);
}
