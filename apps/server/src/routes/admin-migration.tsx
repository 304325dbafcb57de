import {
  agentCampaign,
  campaignOf,
  CAMPAIGN_LIMITS,
  configureCampaign,
  dashboardCsv,
  EXCLUSION_REASON_MAX,
  excludeFromCampaign,
  includeInCampaign,
  isSesameError,
  exportDashboard,
  migrationDashboard,
  scopesFor,
  sendReminder,
  sendReminders,
  type Actor,
  type CampaignSettings,
  type Organisation,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AdminContext } from '../compose/app-context';
import { parseForm, parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import { AdminAgentCampaignPage } from '../views/pages/admin-agent-campaign-page';
import { AdminDashboardPage } from '../views/pages/admin-dashboard-page';
import type { FormErrors } from '../views/view-context';
import { adminGate } from './admin-gate';

const orgQuery = z.object({ org: z.string().max(64).optional() });
const dashboardQuery = orgQuery.extend({
  /** `<sent>.<skipped>.<failed>` after the reminders. */
  reminded: z
    .string()
    .regex(/^\d{1,5}\.\d{1,5}\.\d{1,5}$/)
    .optional(),
  saved: z.string().optional(),
});
const accountParams = z.object({ id: z.string().min(1).max(64) });
const agentQuery = z.object({
  reminded: z.enum(['0', '1']).optional(),
  excluded: z.string().optional(),
  included: z.string().optional(),
});
const campaignForm = z.object({
  enabled: z.string().max(10).optional(),
  snoozes: z.string().max(10).optional(),
  snoozeDays: z.string().max(10).optional(),
  deadline: z.string().max(40).optional(),
});
const reasonForm = z.object({
  reason: z
    .string()
    .max(4 * EXCLUSION_REASON_MAX)
    .optional(),
});

/**
 * The migration dashboard, its reminders and the registration campaign's console (issue 14
 * points 3–4; docs/adr/0036; docs/administrators/dashboard.md). The admin gate first (a session
 * with a second factor, a role); then core's use cases, which authorise (dashboard.view,
 * reminders.send, campaign.configure, campaign.exclude) before reading or changing anything: an
 * organisation or account out of scope and one that does not exist get the same FORBIDDEN.
 */
export function adminMigrationRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const gate = adminGate(ctx);
  const { migration } = ctx;

  async function scopes(actor: Actor): Promise<Organisation[]> {
    const ids = scopesFor(actor, 'dashboard.view');
    const found = await Promise.all(ids.map((id) => migration.durable.organisations.get(id)));
    return found.filter((o): o is Organisation => o !== null);
  }

  async function dashboardPage(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    org: string | undefined,
    extra: { notice?: string; errors?: FormErrors; typed?: TypedCampaign; status?: number } = {},
  ) {
    const dashboard = await migrationDashboard(migration, actor, org, (extra.status ?? 200) < 400);
    const [campaign, mine] = await Promise.all([campaignOf(migration, actor, dashboard.organisation), scopes(actor)]);
    return sendPage(
      reply,
      <AdminDashboardPage
        ctx={viewContext(request, reply)}
        dashboard={dashboard}
        scopes={mine}
        campaign={campaign}
        reminderEveryDays={migration.reminderEveryDays}
        notice={extra.notice}
        errors={extra.errors}
        typed={extra.typed}
      />,
      extra.status ?? 200,
    );
  }

  app.get('/admin/dashboard', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const query = parseQuery(request, dashboardQuery);
    const d = request.messages.dashboard;
    const [sent, skipped, failed] = (query.reminded ?? '').split('.').map(Number);
    const notice = query.reminded
      ? format(d.remindersDone, { sent: sent ?? 0, skipped: skipped ?? 0, failed: failed ?? 0 }, request.locale)
      : query.saved
        ? d.campaignSaved
        : undefined;
    return dashboardPage(request, reply, actor, query.org, notice ? { notice } : {});
  });

  app.get('/admin/dashboard.csv', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { org } = parseQuery(request, orgQuery);
    const dashboard = await exportDashboard(migration, actor, org, request.meta);
    const csv = dashboardCsv(dashboard, request.messages.dashboard.csvHeader.split(','));
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="sesame-dashboard-${dashboard.organisation.id}.csv"`)
      .header('cache-control', 'no-store')
      .send(`\uFEFF${csv}`);
  });

  app.post('/admin/dashboard/reminders', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { org } = parseQuery(request, orgQuery);
    const done = await sendReminders(migration, actor, org ?? '', request.meta);
    return reply.redirect(
      `/admin/dashboard?org=${encodeURIComponent(org ?? '')}&reminded=${done.sent}.${done.skipped}.${done.failed}`,
      303,
    );
  });

  app.post('/admin/dashboard/campaign', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { org } = parseQuery(request, orgQuery);
    const form = parseForm(request, campaignForm);
    const typed: TypedCampaign = {
      enabled: form.enabled === 'on',
      snoozes: form.snoozes ?? '',
      snoozeDays: form.snoozeDays ?? '',
      deadline: form.deadline ?? '',
    };
    const d = request.messages.dashboard;
    const parsed = parseCampaign(typed);
    if ('errors' in parsed) {
      const fields: Record<string, string> = {};
      for (const field of parsed.errors) {
        fields[field] =
          field === 'deadline'
            ? d.campaignDateInvalid
            : format(d.campaignInvalid, { max: CAMPAIGN_LIMITS[field] }, request.locale);
      }
      // Authorised like the save (FORBIDDEN before any error is shown); nothing saved.
      return dashboardPage(request, reply, actor, org ?? '', { errors: { fields }, typed, status: 400 });
    }
    await configureCampaign(migration, actor, org ?? '', parsed.settings, request.meta);
    return reply.redirect(`/admin/dashboard?org=${encodeURIComponent(org ?? '')}&saved=1`, 303);
  });

  async function agentPage(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    id: string,
    extra: { notice?: string | undefined; errors?: FormErrors; status?: number } = {},
  ) {
    const agent = await agentCampaign(migration, actor, id);
    return sendPage(
      reply,
      <AdminAgentCampaignPage
        ctx={viewContext(request, reply)}
        agent={agent}
        notice={extra.notice}
        errors={extra.errors}
      />,
      extra.status ?? 200,
    );
  }

  app.get('/admin/accounts/:id/campaign', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const query = parseQuery(request, agentQuery);
    const d = request.messages.dashboard;
    const notice = query.reminded
      ? format(d.agentReminded, { sent: Number(query.reminded) }, request.locale)
      : query.excluded
        ? d.excluded
        : query.included
          ? d.included
          : undefined;
    return agentPage(request, reply, actor, id, { notice });
  });

  app.post('/admin/accounts/:id/reminder', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const done = await sendReminder(migration, actor, id, request.meta);
    return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}/campaign?reminded=${done.sent}`, 303);
  });

  app.post('/admin/accounts/:id/campaign-exclusion', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const form = parseForm(request, reasonForm);
    try {
      await excludeFromCampaign(migration, actor, id, form.reason, request.meta);
    } catch (error) {
      if (!isSesameError(error, 'INVALID_INPUT') || error.details.field !== 'reason') throw error;
      const a = request.messages.admin;
      const message =
        error.details.reason === 'too_long'
          ? format(a.reasonTooLong, { max: EXCLUSION_REASON_MAX }, request.locale)
          : a.reasonRequired;
      return agentPage(request, reply, actor, id, { errors: { fields: { reason: message } }, status: 400 });
    }
    return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}/campaign?excluded=1`, 303);
  });

  app.post('/admin/accounts/:id/campaign-inclusion', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    await includeInCampaign(migration, actor, id, request.meta);
    return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}/campaign?included=1`, 303);
  });
}

interface TypedCampaign {
  enabled: boolean;
  snoozes: string;
  snoozeDays: string;
  deadline: string;
}

/** The console's campaign form → settings, or the fields in error. */
function parseCampaign(
  typed: TypedCampaign,
): { settings: CampaignSettings } | { errors: Array<'snoozes' | 'snoozeDays' | 'deadline'> } {
  const errors: Array<'snoozes' | 'snoozeDays' | 'deadline'> = [];
  const whole = (raw: string, max: number) => {
    const n = /^\d{1,4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    return Number.isInteger(n) && n <= max ? n : null;
  };
  const snoozes = whole(typed.snoozes, CAMPAIGN_LIMITS.snoozes);
  const snoozeDays = whole(typed.snoozeDays, CAMPAIGN_LIMITS.snoozeDays);
  if (snoozes === null) errors.push('snoozes');
  if (snoozeDays === null) errors.push('snoozeDays');
  let deadline: Date | null = null;
  const rawDeadline = typed.deadline.trim();
  if (rawDeadline !== '') {
    deadline = /^\d{4}-\d{2}-\d{2}$/.test(rawDeadline) ? new Date(`${rawDeadline}T00:00:00Z`) : null;
    if (deadline === null || Number.isNaN(deadline.getTime())) errors.push('deadline');
  }
  if (errors.length > 0 || snoozes === null || snoozeDays === null) return { errors };
  return { settings: { enabled: typed.enabled, snoozes, snoozeDays, deadline } };
}
