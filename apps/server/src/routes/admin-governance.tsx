import {
  changeRole,
  createOrganisation,
  exportAudit,
  isSesameError,
  mayEver,
  moveOrganisation,
  organisationTree,
  ORGANISATION_NAME_MAX,
  outcomeOf,
  renameOrganisation,
  searchAudit,
  SesameError,
  type Actor,
  type AuditEventType,
  type AuditFilter,
  type StoredAuditEvent,
} from '@sesame/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AdminContext } from '../compose/app-context';
import { DEFAULT_ORGANISATION_KINDS } from '../config/config-schema';
import { localisedText } from '../branding/branding';
import type { Locale } from '@sesame/protocol';
import { parseForm, parseQuery } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import { en } from '../i18n/en';
import { AdminAuditPage, type AuditFormValues } from '../views/pages/admin-audit-page';
import { AdminOrganisationsPage } from '../views/pages/admin-organisations-page';
import type { FormErrors } from '../views/view-context';
import { adminGate } from './admin-gate';

/**
 * Roles, organisations and the audit in the console (issue 14 points 1 and 5; docs/adr/0038;
 * docs/administrators/console.md). Every route passes adminGate (session, second factor); what it
 * reads or changes goes through core use cases that call authorise() first. A refusal is
 * FORBIDDEN (403, the user's language, nothing changed); bad input is 400 beside its field.
 */

const accountParams = z.object({ id: z.string().min(1).max(64) });
const organisationParams = z.object({ id: z.string().min(1).max(64) });
const roleForm = z.object({ role: z.string().max(32), scope: z.string().min(1).max(64) });
const createForm = z.object({
  parent: z.string().min(1).max(64),
  id: z.string().max(200).default(''),
  name: z
    .string()
    .max(4 * ORGANISATION_NAME_MAX)
    .optional(),
  kind: z.string().max(64).default(''),
});
const renameForm = z.object({
  name: z
    .string()
    .max(4 * ORGANISATION_NAME_MAX)
    .optional(),
});
const moveForm = z.object({ parent: z.string().min(1).max(64) });
const organisationsQuery = z.object({
  done: z.enum(['created', 'renamed', 'moved']).optional(),
  name: z.string().max(200).optional(),
});
const EVENT_TYPES = Object.keys(en.events) as [AuditEventType, ...AuditEventType[]];
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const auditQuery = z.object({
  actor: z.string().max(200).optional(),
  account: z.string().max(200).optional(),
  type: z.enum(EVENT_TYPES).or(z.literal('')).optional(),
  outcome: z.enum(['success', 'failure']).or(z.literal('')).optional(),
  from: z.string().max(32).optional(),
  to: z.string().max(32).optional(),
  within: z.string().max(64).optional(),
  before: z.coerce.number().int().positive().optional(),
  format: z.enum(['csv', 'jsonl']).optional(),
});

export function adminGovernanceRoutes(app: FastifyInstance, ctx: AdminContext): void {
  const { admin } = ctx;
  const gate = adminGate(ctx);
  // Every admin request refused (403: out of scope, no role, no second factor) counted by route
  // (docs/adr/0038); the actions done are counted from their audit events (audit-metrics.ts).
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    if (reply.statusCode === 403 && route?.startsWith('/admin')) {
      ctx.metrics.adminActions.inc({ action: `${request.method} ${route}`, outcome: 'refused' });
    }
  });
  const nav = (actor: Actor) => ({ search: mayEver(actor, 'account.search'), audit: mayEver(actor, 'audit.view') });

  // ── Roles (issue 14 point 1) ────────────────────────────────────────────────────────────────
  for (const change of ['granted', 'revoked'] as const) {
    app.post(`/admin/accounts/:id/roles${change === 'revoked' ? '/revoke' : ''}`, async (request, reply) => {
      const actor = await gate(request, reply);
      if (!actor) return reply;
      const { id } = parseQuery({ query: request.params }, accountParams);
      const form = parseForm(request, roleForm);
      await changeRole(admin, actor, change, { userId: id, role: form.role, scopeId: form.scope }, request.meta);
      return reply.redirect(`/admin/accounts/${encodeURIComponent(id)}?role=${change}`, 303);
    });
  }

  // ── Organisations (issue 14 point 1) ────────────────────────────────────────────────────────
  const kindLabels = (locale: Locale) =>
    new Map(
      (ctx.config.organisationTree.kinds.length > 0
        ? ctx.config.organisationTree.kinds
        : DEFAULT_ORGANISATION_KINDS
      ).map((k) => [k.id, localisedText(k.label)[locale]] as const),
    );

  async function organisationsPage(
    request: FastifyRequest,
    reply: FastifyReply,
    actor: Actor,
    extra: {
      notice?: string | undefined;
      errors?: FormErrors;
      form?: { action: 'create' | 'rename' | 'move'; id?: string; values: Record<string, string> };
    } = {},
  ) {
    const nodes = await organisationTree(admin, actor);
    return sendPage(
      reply,
      <AdminOrganisationsPage
        ctx={viewContext(request, reply)}
        nodes={nodes}
        kinds={kindLabels(request.locale)}
        nav={nav(actor)}
        notice={extra.notice}
        errors={extra.errors}
        form={extra.form}
      />,
      extra.errors ? 400 : 200,
    );
  }

  /** The tree's input errors, beside their field in the user's words; anything else goes up. */
  function treeError(request: FastifyRequest, error: unknown): FormErrors {
    if (!isSesameError(error, 'INVALID_INPUT') || !error.details.field) throw error;
    const g = request.messages.adminGovernance;
    const { field, reason } = error.details;
    const message =
      field === 'name'
        ? reason === 'too_long'
          ? format(g.nameTooLong, { max: ORGANISATION_NAME_MAX }, request.locale)
          : g.nameRequired
        : field === 'id'
          ? reason === 'taken'
            ? g.idTaken
            : g.idMalformed
          : field === 'kind'
            ? g.kindUnknown
            : reason === 'cycle'
              ? g.cycle
              : g.tooDeep;
    return { fields: { [field]: message } };
  }

  app.get('/admin/organisations', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const query = parseQuery(request, organisationsQuery);
    const g = request.messages.adminGovernance;
    const notice = query.done ? format(g[query.done], { name: query.name ?? '' }, request.locale) : undefined;
    return organisationsPage(request, reply, actor, { notice });
  });

  app.post('/admin/organisations', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const form = parseForm(request, createForm);
    try {
      const created = await createOrganisation(
        admin,
        actor,
        { parentId: form.parent, id: form.id, name: form.name, kind: form.kind },
        [...kindLabels('en').keys()],
        request.meta,
      );
      return reply.redirect(`/admin/organisations?done=created&name=${encodeURIComponent(created.name)}`, 303);
    } catch (error) {
      const errors = treeError(request, error);
      const values = { parent: form.parent, id: form.id, name: form.name ?? '', kind: form.kind };
      return organisationsPage(request, reply, actor, { errors, form: { action: 'create', values } });
    }
  });

  app.post('/admin/organisations/:id/rename', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, organisationParams);
    const form = parseForm(request, renameForm);
    try {
      await renameOrganisation(admin, actor, { id, name: form.name }, request.meta);
      return reply.redirect('/admin/organisations?done=renamed', 303);
    } catch (error) {
      const errors = treeError(request, error);
      return organisationsPage(request, reply, actor, {
        errors,
        form: { action: 'rename', id, values: { name: form.name ?? '' } },
      });
    }
  });

  app.post('/admin/organisations/:id/move', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, organisationParams);
    const form = parseForm(request, moveForm);
    try {
      await moveOrganisation(admin, actor, { id, parentId: form.parent }, request.meta);
      return reply.redirect('/admin/organisations?done=moved', 303);
    } catch (error) {
      const errors = treeError(request, error);
      return organisationsPage(request, reply, actor, {
        errors,
        form: { action: 'move', id, values: { parent: form.parent } },
      });
    }
  });

  // ── Audit (issue 14 point 5) ────────────────────────────────────────────────────────────────
  /** The form's filters, or the fields' errors (a date as typed must be a day; `to` includes its day). */
  function auditFilter(
    request: FastifyRequest,
    query: z.output<typeof auditQuery>,
  ): { filter: AuditFilter; errors?: FormErrors } {
    const g = request.messages.adminGovernance;
    const fields: Record<string, string> = {};
    const day = (name: 'from' | 'to', raw: string | undefined, plusDays: number) => {
      if (!raw) return undefined;
      const date = DAY.test(raw) ? new Date(`${raw}T00:00:00.000Z`) : new Date(NaN);
      if (Number.isNaN(date.getTime())) {
        fields[name] = g.dateMalformed;
        return undefined;
      }
      return new Date(date.getTime() + plusDays * 86_400_000);
    };
    const from = day('from', query.from, 0);
    const to = day('to', query.to, 1);
    if (from && to && from.getTime() >= to.getTime()) fields.to = g.toBeforeFrom;
    const filter: AuditFilter = {
      actor: query.actor || undefined,
      account: query.account || undefined,
      type: query.type || undefined,
      outcome: query.outcome || undefined,
      from,
      to,
      within: query.within || undefined,
    };
    return Object.keys(fields).length > 0 ? { filter, errors: { fields } } : { filter };
  }

  app.get('/admin/audit', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const query = parseQuery(request, auditQuery);
    const { filter, errors } = auditFilter(request, query);
    const page = await searchAudit(admin, actor, errors ? { within: filter.within } : filter, query.before);
    const ids = new Set<string>();
    for (const e of page.events) {
      if (e.userId) ids.add(e.userId);
      if (typeof e.details.actor === 'string') ids.add(e.details.actor);
    }
    const users = await Promise.all([...ids].map((id) => admin.durable.users.findById(id)));
    const emails = new Map(users.filter((u) => u !== null).map((u) => [u.id, u.email] as const));
    const tree = await organisationTree(admin, actor);
    const values: AuditFormValues = {
      actor: query.actor,
      account: query.account,
      type: query.type,
      outcome: query.outcome,
      from: query.from,
      to: query.to,
      within: query.within,
    };
    return sendPage(
      reply,
      <AdminAuditPage
        ctx={viewContext(request, reply)}
        values={values}
        within={page.within}
        organisations={tree.map((n) => n.organisation)}
        events={errors ? [] : page.events}
        emails={emails}
        next={errors ? null : page.next}
        paged={query.before !== undefined}
        mayExport={mayEver(actor, 'audit.export')}
        nav={nav(actor)}
        errors={errors}
      />,
      errors ? 400 : 200,
    );
  });

  app.get('/admin/audit/export', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const query = parseQuery(request, auditQuery);
    const { filter, errors } = auditFilter(request, query);
    if (errors) throw new SesameError('INVALID_INPUT', { field: Object.keys(errors.fields)[0]!, reason: 'malformed' });
    const exportFormat = query.format ?? 'csv';
    const events = await exportAudit(admin, actor, filter, exportFormat, request.meta);
    const stamp = admin.clock.now().toISOString().slice(0, 10);
    return reply
      .header(
        'content-type',
        exportFormat === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
      )
      .header(
        'content-disposition',
        `attachment; filename="sesame-audit-${stamp}.${exportFormat === 'csv' ? 'csv' : 'jsonl'}"`,
      )
      .header('cache-control', 'no-store')
      .send(Readable.from(exportLines(events, exportFormat)));
  });
}

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'type', 'outcome', 'actor', 'account', 'ip', 'user_agent', 'details'];

/** One line per event, read batch by batch from the store as the client takes them. */
async function* exportLines(
  events: AsyncIterable<StoredAuditEvent>,
  exportFormat: 'csv' | 'jsonl',
): AsyncGenerator<string> {
  if (exportFormat === 'csv') yield `${AUDIT_CSV_COLUMNS.join(',')}\r\n`;
  for await (const e of events) {
    const actor = typeof e.details.actor === 'string' ? e.details.actor : null;
    const record = {
      seq: e.seq,
      at: e.at.toISOString(),
      type: e.type,
      outcome: outcomeOf(e.type),
      actor,
      account: e.userId,
      ip: e.ip,
      userAgent: e.userAgent,
      details: e.details,
    };
    yield exportFormat === 'jsonl'
      ? `${JSON.stringify(record)}\n`
      : `${[
          record.seq,
          record.at,
          record.type,
          record.outcome,
          actor ?? '',
          e.userId ?? '',
          e.ip ?? '',
          e.userAgent ?? '',
          JSON.stringify(e.details),
        ]
          .map((cell) => csvCell(String(cell)))
          .join(',')}\r\n`;
  }
}

/**
 * RFC 4180 quoting, and a cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) made
 * text with a leading apostrophe (OWASP "CSV injection"): a user agent is attacker-chosen.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
