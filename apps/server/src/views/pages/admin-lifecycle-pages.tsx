import { intlTag } from '@sesame/protocol';
import { LanguageOptions } from '../language-chooser';
import {
  INVITATION_TTL_DAYS,
  invitationPending,
  STAGED_IMPORT_TTL_MINUTES,
  type ImportJob,
  type ImportLineError,
  type ImportPlan,
  type Organisation,
  type UserRecord,
} from '@sesame/core';
import type { Messages } from '../../i18n/en';
import { format } from '../../i18n/format-message';
import { Actions, Field, Form, Notice, SelectField } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * The account lifecycle's pages in the admin console (issue 14 point 2, docs/adr/0035): invite,
 * erase (with what is kept said plainly), the CSV import's dry run and its progress, and the
 * account page's section for deactivation, moving and the invitation. Every form works without
 * JavaScript; the progress page refreshes itself with it (public/admin-import.js), and has a
 * Refresh button without.
 */

/** An organisation's name with its ancestry's depth shown by indentation in a select. */
function organisationOptions(organisations: readonly Organisation[], selected: string | undefined) {
  const depth0 = Math.min(...organisations.map((o) => o.path.length));
  return organisations.map((o) => (
    <option key={o.id} value={o.id} selected={o.id === selected}>
      {`${'\u00a0\u00a0'.repeat(o.path.length - depth0)}${o.name} (${o.id})`}
    </option>
  ));
}

export interface InviteValues {
  email?: string | undefined;
  firstName?: string | undefined;
  lastName?: string | undefined;
  organisationId?: string | undefined;
  externalId?: string | undefined;
  emailLocale?: string | undefined;
}

export function AdminInvitePage(props: {
  ctx: ViewContext;
  organisations: readonly Organisation[];
  values: InviteValues;
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const l = m.lifecycle;
  const v = props.values;
  return (
    <Layout ctx={props.ctx} title={`${l.inviteTitle} — ${m.admin.title}`} errors={props.errors}>
      <p>
        <a href="/admin">{l.backToConsole}</a>
      </p>
      <h1>{l.inviteTitle}</h1>
      <p>{format(l.inviteIntro, { days: INVITATION_TTL_DAYS }, locale)}</p>
      <Form ctx={props.ctx} action="/admin/invite">
        <Field name="email" label={m.fieldNames.email} type="email" value={v.email} errors={props.errors} />
        <Field name="firstName" label={m.fields.firstName} value={v.firstName} errors={props.errors} />
        <Field name="lastName" label={m.fields.lastName} value={v.lastName} errors={props.errors} />
        <SelectField name="organisationId" label={l.organisation} hint={l.organisationHint} errors={props.errors}>
          {organisationOptions(props.organisations, v.organisationId)}
        </SelectField>
        <Field
          name="externalId"
          label={l.externalId}
          hint={l.externalIdHint}
          value={v.externalId}
          required={false}
          maxLength={128}
          errors={props.errors}
        />
        <SelectField name="emailLocale" label={l.emailLocale} hint={l.emailLocaleHint} errors={props.errors}>
          <LanguageOptions selected={v.emailLocale ?? locale} />
        </SelectField>
        <Actions>
          <button type="submit" class="button">
            {l.sendInvitation}
          </button>
        </Actions>
      </Form>
    </Layout>
  );
}

/** The account page's part for managers: state, invitation, deactivation, organisation, erasure. */
export function AccountLifecycleSection(props: {
  ctx: ViewContext;
  user: UserRecord;
  organisationId: string;
  /** Where the account may move to (the actor's subtrees). */
  organisations: readonly Organisation[];
  /** The last invitation's link has expired (docs/adr/0051): "Send again" is the way on. */
  invitationExpired?: boolean;
}) {
  const { m, locale } = props.ctx;
  const l = m.lifecycle;
  const u = props.user;
  const base = `/admin/accounts/${encodeURIComponent(u.id)}`;
  const when = new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const state = u.deactivatedAt
    ? format(l.deactivatedSince, { time: when.format(u.deactivatedAt) }, locale)
    : invitationPending(u)
      ? props.invitationExpired
        ? l.invitationExpired
        : l.invitationPending
      : l.active;
  return (
    <>
      <section aria-labelledby="lifecycle-state">
        <h2 id="lifecycle-state">{l.status}</h2>
        <dl class="summary">
          <dt>{l.status}</dt>
          <dd data-testid="admin-account-state">{state}</dd>
          <dt>{l.externalId}</dt>
          <dd>{u.externalId ?? l.noExternalId}</dd>
        </dl>
        {invitationPending(u) && !u.deactivatedAt && (
          <Form ctx={props.ctx} action={`${base}/invitation`}>
            <p class="field__hint" id="resend-hint">
              {l.resendHint}
            </p>
            <Actions>
              <button type="submit" class="button button--secondary" aria-describedby="resend-hint">
                {l.resend}
              </button>
            </Actions>
          </Form>
        )}
      </section>
      <section aria-labelledby="activation">
        <h2 id="activation">{l.activationTitle}</h2>
        <Form ctx={props.ctx} action={`${base}/${u.deactivatedAt ? 'reactivate' : 'deactivate'}`}>
          <p class="field__hint" id="activation-hint">
            {u.deactivatedAt ? l.reactivateHint : l.deactivateHint}
          </p>
          <Actions>
            <button type="submit" class="button button--secondary" aria-describedby="activation-hint">
              {u.deactivatedAt ? l.reactivate : l.deactivate}
            </button>
          </Actions>
        </Form>
      </section>
      {props.organisations.length > 1 && (
        <section aria-labelledby="move">
          <h2 id="move">{l.moveTitle}</h2>
          <Form ctx={props.ctx} action={`${base}/move`}>
            <SelectField name="organisationId" label={l.moveTo} hint={l.moveHint}>
              {organisationOptions(props.organisations, props.organisationId)}
            </SelectField>
            <Actions>
              <button type="submit" class="button button--secondary">
                {l.move}
              </button>
            </Actions>
          </Form>
        </section>
      )}
      <section aria-labelledby="erase">
        <h2 id="erase">{l.deleteTitle}</h2>
        <p>{l.deleteIntro}</p>
        <p>
          <a href={`${base}/delete`}>{l.deleteLink}</a>
        </p>
      </section>
    </>
  );
}

export function AdminDeletePage(props: { ctx: ViewContext; user: UserRecord; errors?: FormErrors | undefined }) {
  const { m, locale } = props.ctx;
  const l = m.lifecycle;
  const u = props.user;
  const name = `${u.firstName} ${u.lastName}`;
  const title = format(l.deletePageTitle, { name }, locale);
  return (
    <Layout ctx={props.ctx} title={`${title} — ${m.admin.title}`} errors={props.errors}>
      <h1>{title}</h1>
      <p>{l.deleteIntro}</p>
      <h2 id="erased">{l.deleteErased}</h2>
      <ul aria-labelledby="erased">
        {l.deleteErasedItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 id="kept">{l.deleteKept}</h2>
      <ul aria-labelledby="kept" data-testid="admin-delete-kept">
        {l.deleteKeptItems.map((item) => (
          <li key={item}>{format(item, { id: u.id }, locale)}</li>
        ))}
      </ul>
      <Form ctx={props.ctx} action={`/admin/accounts/${encodeURIComponent(u.id)}/delete`}>
        <Field
          name="confirmEmail"
          label={l.confirmEmail}
          hint={format(l.confirmEmailHint, { email: u.email }, locale)}
          type="email"
          autocomplete="off"
          errors={props.errors}
        />
        <Actions>
          <button type="submit" class="button button--danger">
            {l.erase}
          </button>
          <a class="button button--secondary" href={`/admin/accounts/${encodeURIComponent(u.id)}`}>
            {l.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}

/** A line's refusal reasons in the user's words. */
export function lineErrors(m: Messages, errors: readonly ImportLineError[]): string {
  return errors
    .map((e) =>
      format(
        m.lifecycle.lineReasons[e.reason as keyof Messages['lifecycle']['lineReasons']] ??
          m.lifecycle.lineReasons.malformed,
        {
          field: (m.fieldNames as Record<string, string>)[e.field] ?? e.field,
        },
      ),
    )
    .join('; ');
}

/** The most lines a dry run lists (the refused ones first); the counts cover the whole file. */
export const PLAN_LINES_SHOWN = 500;

export function AdminImportPage(props: {
  ctx: ViewContext;
  organisations: readonly Organisation[];
  defaultOrganisationId?: string | undefined;
  errors?: FormErrors | undefined;
  /** After a dry run: its plan and the id to confirm with. */
  dryRun?: { id: string; plan: ImportPlan } | undefined;
  /** Names of organisations, for the plan's moves. */
}) {
  const { m, locale } = props.ctx;
  const l = m.lifecycle;
  const plan = props.dryRun?.plan;
  const refusedFirst = plan
    ? [...plan.lines.filter((x) => x.action === 'error'), ...plan.lines.filter((x) => x.action !== 'error')].slice(
        0,
        PLAN_LINES_SHOWN,
      )
    : [];
  const names = new Map(props.organisations.map((o) => [o.id, o.name]));
  const detail = (line: ImportPlan['lines'][number]): string => {
    if (line.action === 'error') return lineErrors(m, line.errors);
    if (line.action === 'update') {
      const fields = Object.keys(line.changes).map((f) => (m.fieldNames as Record<string, string>)[f] ?? f);
      const parts = fields.length > 0 ? [format(l.changedFields, { fields: fields.join(', ') }, locale)] : [];
      if (line.moveTo) parts.push(format(l.movedTo, { organisation: names.get(line.moveTo) ?? line.moveTo }, locale));
      return parts.join('; ');
    }
    if (line.action === 'create') return names.get(line.invitation.organisationId) ?? line.invitation.organisationId;
    return '';
  };
  const writable = plan ? plan.counts.create + plan.counts.update : 0;
  return (
    <Layout ctx={props.ctx} title={`${plan ? l.planTitle : l.importTitle} — ${m.admin.title}`} errors={props.errors}>
      <p>
        <a href="/admin">{l.backToConsole}</a>
      </p>
      {plan && props.dryRun ? (
        <>
          <h1>{l.planTitle}</h1>
          <p data-testid="import-summary">{format(l.planSummary, { ...plan.counts }, locale)}</p>
          {writable > 0 ? (
            <Form ctx={props.ctx} action="/admin/import/confirm">
              <input type="hidden" name="id" value={props.dryRun.id} />
              <p class="field__hint" id="confirm-hint">
                {format(l.confirmHint, { minutes: STAGED_IMPORT_TTL_MINUTES }, locale)}
              </p>
              <Actions>
                <button type="submit" class="button" aria-describedby="confirm-hint">
                  {l.confirm}
                </button>
                <a class="button button--secondary" href="/admin/import">
                  {l.another}
                </a>
              </Actions>
            </Form>
          ) : (
            <>
              <Notice>{l.nothingToDo}</Notice>
              <p>
                <a href="/admin/import">{l.another}</a>
              </p>
            </>
          )}
          <table class="table" data-testid="import-plan" aria-labelledby="plan-caption">
            <caption id="plan-caption">{l.planTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{l.colLine}</th>
                <th scope="col">{m.admin.colEmail}</th>
                <th scope="col">{l.colAction}</th>
                <th scope="col">{l.colDetail}</th>
              </tr>
            </thead>
            <tbody>
              {refusedFirst.map((line) => (
                <tr key={line.line} data-action={line.action}>
                  <td>{line.line}</td>
                  <td>{line.email}</td>
                  <td>{l.actions[line.action]}</td>
                  <td>{detail(line)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {plan.lines.length > PLAN_LINES_SHOWN && (
            <p>{format(l.planTruncated, { shown: PLAN_LINES_SHOWN }, locale)}</p>
          )}
        </>
      ) : (
        <>
          <h1>{l.importTitle}</h1>
          <p>{l.importIntro}</p>
          <form method="post" action="/admin/import" class="form" encType="multipart/form-data" noValidate>
            <input type="hidden" name="_csrf" value={props.ctx.csrf} />
            <div class={`field${props.errors?.fields.file ? ' field--error' : ''}`}>
              <label for="file">{l.file}</label>
              <p class="field__hint" id="file-hint">
                {l.fileHint}
              </p>
              {props.errors?.fields.file && (
                <p class="field__error" id="file-error">
                  {props.errors.fields.file}
                </p>
              )}
              <input
                type="file"
                id="file"
                name="file"
                accept=".csv,text/csv"
                required
                aria-invalid={props.errors?.fields.file ? 'true' : undefined}
                aria-describedby={props.errors?.fields.file ? 'file-hint file-error' : 'file-hint'}
              />
            </div>
            <SelectField name="defaultOrganisationId" label={l.defaultOrganisation} errors={props.errors}>
              {organisationOptions(props.organisations, props.defaultOrganisationId)}
            </SelectField>
            <Actions>
              <button type="submit" class="button">
                {l.dryRun}
              </button>
            </Actions>
          </form>
        </>
      )}
    </Layout>
  );
}

export function AdminImportProgressPage(props: { ctx: ViewContext; job: ImportJob }) {
  const { m, locale } = props.ctx;
  const l = m.lifecycle;
  const job = props.job;
  const title = job.state === 'running' ? l.progressTitle : job.state === 'done' ? l.doneTitle : l.failedTitle;
  return (
    <Layout ctx={props.ctx} title={`${title} — ${m.admin.title}`}>
      <div id="import-progress" data-state={job.state} data-testid="import-progress">
        <h1>{title}</h1>
        <div role="status">
          <p>
            <progress max={job.total} value={job.processed} aria-labelledby="import-progress-text" />
          </p>
          <p id="import-progress-text">{format(l.progress, { processed: job.processed, total: job.total }, locale)}</p>
          <p data-testid="import-counts">
            {format(
              l.progressCounts,
              {
                created: job.created,
                updated: job.updated,
                unchanged: job.unchanged,
                errors: job.errorCount,
                mailed: job.mailed,
              },
              locale,
            )}
          </p>
        </div>
        {job.mailFailed > 0 && <Notice>{format(l.mailFailed, { count: job.mailFailed }, locale)}</Notice>}
        {job.state === 'failed' && <p>{l.failedBody}</p>}
        {job.state === 'running' ? (
          <form method="get" action={`/admin/import/jobs/${encodeURIComponent(job.id)}`}>
            <p class="field__hint" id="refresh-hint">
              {l.refreshHint}
            </p>
            <button type="submit" class="button button--secondary" aria-describedby="refresh-hint">
              {l.refresh}
            </button>
          </form>
        ) : (
          <p>
            <a href="/admin">{l.backToConsole}</a> · <a href="/admin/import">{l.another}</a>
          </p>
        )}
        {job.errors.length > 0 && (
          <table class="table" data-testid="import-errors" aria-labelledby="refused-lines">
            <caption id="refused-lines">{l.refusedLines}</caption>
            <thead>
              <tr>
                <th scope="col">{l.colLine}</th>
                <th scope="col">{m.admin.colEmail}</th>
                <th scope="col">{l.colDetail}</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.map((e) => (
                <tr key={e.line}>
                  <td>{e.line}</td>
                  <td>{e.email}</td>
                  <td>{lineErrors(m, e.errors)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {job.state === 'running' && <script src="/static/admin-import.js" nonce={props.ctx.nonce} defer />}
    </Layout>
  );
}
