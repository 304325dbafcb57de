import fastifyMultipart from '@fastify/multipart';
import {
  deactivateAccount,
  deleteAccount,
  IMPORT_COLUMNS,
  IMPORT_MAX_LINES,
  importProgress,
  invalidInput,
  invitableOrganisations,
  inviteAccount,
  isSesameError,
  moveAccount,
  normaliseEmail,
  prepareExport,
  reactivateAccount,
  resendInvitation,
  SesameError,
  stageImport,
  startImport,
  targetAccount,
  type ExportedAccount,
  type Actor,
} from '@sesame/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { z } from 'zod';
import type { AdminContext } from '../compose/app-context';
import { CsvImportError, exportHeader, exportLines, parseAccountsCsv } from '../http/accounts-csv';
import { handleForm } from '../http/forms';
import { parseForm, parseQuery, singleStrings } from '../http/parse-form';
import { sendPage, viewContext } from '../http/render-page';
import { format } from '../i18n/format-message';
import {
  AdminDeletePage,
  AdminImportPage,
  AdminImportProgressPage,
  AdminInvitePage,
} from '../views/pages/admin-lifecycle-pages';
import type { FormErrors } from '../views/view-context';

/** The largest CSV file taken: 10,000 agents are about 1 MB. */
export const IMPORT_MAX_MEGABYTES = 5;

const accountParams = z.object({ id: z.string().min(1).max(64) });
const inviteForm = z.object({
  email: z.string().max(1000).optional(),
  firstName: z.string().max(1000).optional(),
  lastName: z.string().max(1000).optional(),
  organisationId: z.string().max(64).optional(),
  externalId: z.string().max(1000).optional(),
  emailLocale: z.string().max(8).optional(),
});
const moveForm = z.object({ organisationId: z.string().max(64).optional() });
const deleteForm = z.object({ confirmEmail: z.string().max(1000).optional() });
const confirmForm = z.object({ id: z.string().max(100).optional() });
const jobParams = z.object({ id: z.string().min(1).max(100) });
const exportQuery = z.object({ within: z.string().max(64).optional() });

/**
 * The account lifecycle in the admin console (issue 14 point 2, docs/adr/0035): invite one agent,
 * deactivate and reactivate, move, erase (the address typed again), and the CSV import (dry run,
 * confirmation, progress) and export. Each route goes through `gate` (session with a second
 * factor and a role: routes/admin.tsx) and then a core use case that calls authorise() before it
 * reads or changes anything; nothing is decided here.
 */
export function adminLifecycleRoutes(
  app: FastifyInstance,
  ctx: AdminContext,
  gate: (request: FastifyRequest, reply: FastifyReply) => Promise<Actor | null>,
): void {
  const { admin } = ctx;
  const accountUrl = (id: string, done: string) => `/admin/accounts/${encodeURIComponent(id)}?done=${done}`;

  async function organisationsOrRefuse(actor: Actor) {
    const organisations = await invitableOrganisations(admin, actor);
    if (organisations.length === 0) throw new SesameError('FORBIDDEN', { refusal: 'no_role' });
    return organisations;
  }

  // ---- Invite one agent

  app.get('/admin/invite', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const organisations = await organisationsOrRefuse(actor);
    return sendPage(
      reply,
      <AdminInvitePage ctx={viewContext(request, reply)} organisations={organisations} values={{}} />,
    );
  });

  app.post('/admin/invite', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const form = parseForm(request, inviteForm);
    const organisations = await organisationsOrRefuse(actor);
    return handleForm(
      ctx,
      request,
      reply,
      async () => {
        const user = await inviteAccount(admin, actor, form, request.meta);
        return reply.redirect(accountUrl(user.id, 'invited'), 303);
      },
      (errors) => (
        <AdminInvitePage
          ctx={viewContext(request, reply)}
          organisations={organisations}
          values={form}
          errors={errors}
        />
      ),
    );
  });

  // ---- Deactivate, reactivate, move, send the invitation again

  app.post('/admin/accounts/:id/deactivate', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    await deactivateAccount(admin, actor, id, request.meta);
    return reply.redirect(accountUrl(id, 'deactivated'), 303);
  });

  app.post('/admin/accounts/:id/reactivate', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    await reactivateAccount(admin, actor, id, request.meta);
    return reply.redirect(accountUrl(id, 'reactivated'), 303);
  });

  app.post('/admin/accounts/:id/move', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const { organisationId } = parseForm(request, moveForm);
    await moveAccount(admin, actor, id, organisationId ?? '', request.meta);
    return reply.redirect(accountUrl(id, 'moved'), 303);
  });

  app.post('/admin/accounts/:id/invitation', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    await resendInvitation(admin, actor, id, request.meta);
    return reply.redirect(accountUrl(id, 'resent'), 303);
  });

  // ---- Erase

  app.get('/admin/accounts/:id/delete', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const { user } = await targetAccount(admin, actor, 'account.delete', id);
    return sendPage(reply, <AdminDeletePage ctx={viewContext(request, reply)} user={user} />);
  });

  app.post('/admin/accounts/:id/delete', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, accountParams);
    const { confirmEmail } = parseForm(request, deleteForm);
    // Authorised first: the confirmation's answer tells nothing about an account out of reach.
    const { user } = await targetAccount(admin, actor, 'account.delete', id);
    if (normaliseEmail(confirmEmail ?? '') !== user.email) {
      const errors: FormErrors = { fields: { confirmEmail: request.messages.lifecycle.confirmMismatch } };
      return sendPage(reply, <AdminDeletePage ctx={viewContext(request, reply)} user={user} errors={errors} />, 400);
    }
    await deleteAccount(admin, actor, id, request.meta);
    return reply.redirect(`/admin?erased=${encodeURIComponent(id)}`, 303);
  });

  // ---- CSV import: upload and dry run, confirmation, progress

  app.get('/admin/import', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const organisations = await organisationsOrRefuse(actor);
    return sendPage(reply, <AdminImportPage ctx={viewContext(request, reply)} organisations={organisations} />);
  });

  // The upload alone takes multipart bodies, bounded; the portal's CSRF check reads its `_csrf` field.
  void app.register(async (upload) => {
    await upload.register(fastifyMultipart, {
      attachFieldsToBody: 'keyValues',
      limits: { fileSize: IMPORT_MAX_MEGABYTES * 1024 * 1024, files: 1, fields: 4, parts: 5 },
    });
    upload.setErrorHandler(async (error: FastifyError, request, reply) => {
      // A body the multipart parser could not read (cut short, a bad boundary): the request's
      // fault, 400 in the user's language — never a 500. Errors of the handler itself (refusals,
      // a store that does not answer) go on to the root handler as they are.
      if (request.body === undefined && !isSesameError(error) && error.code !== 'FST_REQ_FILE_TOO_LARGE') {
        throw invalidInput('file', 'malformed');
      }
      // A file past the limit is the user's to split: said on the form, in their language.
      if (error.code !== 'FST_REQ_FILE_TOO_LARGE' || !request.messages) throw error;
      const actor = await gate(request, reply);
      if (!actor) return reply;
      const l = request.messages.lifecycle;
      return sendPage(
        reply,
        <AdminImportPage
          ctx={viewContext(request, reply)}
          organisations={await organisationsOrRefuse(actor)}
          errors={{ fields: { file: format(l.fileTooLarge, { max: IMPORT_MAX_MEGABYTES }, request.locale) } }}
        />,
        413,
      );
    });

    upload.post('/admin/import', async (request, reply) => {
      const actor = await gate(request, reply);
      if (!actor) return reply;
      const organisations = await organisationsOrRefuse(actor);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const defaultOrganisationId = singleStrings(body).defaultOrganisationId;
      const l = request.messages.lifecycle;
      const refuse = (message: string) =>
        sendPage(
          reply,
          <AdminImportPage
            ctx={viewContext(request, reply)}
            organisations={organisations}
            defaultOrganisationId={defaultOrganisationId}
            errors={{ fields: { file: message } }}
          />,
          400,
        );
      const file = body.file;
      if (!Buffer.isBuffer(file) || file.length === 0) return refuse(l.fileRequired);
      let records;
      try {
        records = parseAccountsCsv(file);
      } catch (error) {
        if (!(error instanceof CsvImportError)) throw error;
        const problem = error.problem;
        switch (problem.kind) {
          case 'unreadable':
            return refuse(format(l.fileUnreadable, { line: problem.line }, request.locale));
          case 'header':
            return refuse(
              format(l.headerMissing, { column: problem.column, columns: IMPORT_COLUMNS.join(', ') }, request.locale),
            );
          case 'too_many_lines':
            return refuse(format(l.tooManyLines, { max: IMPORT_MAX_LINES }, request.locale));
          case 'empty':
            return refuse(l.emptyFile);
        }
      }
      const dryRun = await stageImport(admin, actor, records, { defaultOrganisationId }, request.meta);
      return sendPage(
        reply,
        <AdminImportPage ctx={viewContext(request, reply)} organisations={organisations} dryRun={dryRun} />,
      );
    });
  });

  app.post('/admin/import/confirm', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseForm(request, confirmForm);
    const { job, done } = await startImport(admin, actor, id ?? '', request.meta);
    // The import goes on after this answer; its failures are logged and shown on the progress page.
    done.catch((error: unknown) => request.log.error({ err: error, job: job.id }, 'CSV import failed'));
    return reply.redirect(`/admin/import/jobs/${encodeURIComponent(job.id)}`, 303);
  });

  app.get('/admin/import/jobs/:id', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { id } = parseQuery({ query: request.params }, jobParams);
    const job = await importProgress(admin, actor, id);
    if (!job) throw new SesameError('NOT_FOUND');
    void reply.header('cache-control', 'no-store');
    return sendPage(reply, <AdminImportProgressPage ctx={viewContext(request, reply)} job={job} />);
  });

  // ---- CSV export

  app.get('/admin/export.csv', async (request, reply) => {
    const actor = await gate(request, reply);
    if (!actor) return reply;
    const { within } = parseQuery(request, exportQuery);
    const { rows } = await prepareExport(admin, actor, within || undefined, request.meta);
    // French spreadsheets expect ";" (and read "," as one column); the import takes both.
    const separator = request.locale === 'fr' ? ';' : ',';
    async function* lines() {
      yield exportHeader(separator);
      let batch: ExportedAccount[] = [];
      for await (const row of rows()) {
        batch.push(row);
        if (batch.length === 1_000) {
          yield exportLines(batch, separator);
          batch = [];
        }
      }
      yield exportLines(batch, separator);
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="sesame-accounts${within ? `-${within}` : ''}.csv"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(lines()));
  });
}
