import { intlTag } from '@sesame/protocol';
import { outcomeOf, type AuditEventType, type Organisation, type StoredAuditEvent } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions } from '../components';
import { AuditEventWhat } from '../audit-event';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { AdminNav } from './admin-roles-section';

/** The audit form's fields as typed (GET: a search is a link to share). */
export interface AuditFormValues {
  actor?: string | undefined;
  account?: string | undefined;
  type?: string | undefined;
  outcome?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  within?: string | undefined;
}

/**
 * The audit in the console (issue 14 point 5, docs/adr/0038): who, what, whom, from where,
 * outcome, filtered, paged, exported — read only, scoped by authorise() in core searchAudit.
 */
export function AdminAuditPage(props: {
  ctx: ViewContext;
  values: AuditFormValues;
  within: readonly Organisation[];
  /** The organisations the filter offers (the actor's scopes and below). */
  organisations: readonly Organisation[];
  events: readonly StoredAuditEvent[];
  /** E-mail addresses of the accounts named in the page. */
  emails: ReadonlyMap<string, string>;
  next: number | null;
  paged: boolean;
  mayExport: boolean;
  nav: { search: boolean; audit: boolean };
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const g = m.adminGovernance;
  const v = props.values;
  const err = props.errors?.fields ?? {};
  const when = new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'UTC',
  });
  const query = new URLSearchParams(
    Object.entries(v).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''),
  );
  const link = (extra: Record<string, string>, path = '/admin/audit') => {
    const q = new URLSearchParams(query);
    for (const [k, value] of Object.entries(extra)) q.set(k, value);
    const text = q.toString();
    return text ? `${path}?${text}` : path;
  };
  const person = (id: string | null | undefined) => (id ? (props.emails.get(id) ?? id) : null);
  const types = Object.keys(m.events) as AuditEventType[];
  const textField = (name: keyof AuditFormValues, label: string, type = 'text') => (
    <div class={`field${err[name] ? ' field--error' : ''}`}>
      <label for={`audit-${name}`}>{label}</label>
      {err[name] && (
        <p class="field__error" id={`audit-${name}-error`}>
          {err[name]}
        </p>
      )}
      <input
        id={`audit-${name}`}
        name={name}
        type={type}
        value={v[name] ?? ''}
        maxLength={200}
        aria-invalid={err[name] ? 'true' : undefined}
        aria-describedby={err[name] ? `audit-${name}-error` : undefined}
      />
    </div>
  );
  return (
    <Layout ctx={props.ctx} title={`${g.auditTitle} — ${m.admin.title}`} errors={props.errors}>
      <AdminNav ctx={props.ctx} current="audit" show={props.nav} />
      <h1>{g.auditTitle}</h1>
      <p>{format(g.auditIntro, { organisations: props.within.map((o) => o.name).join(', ') }, locale)}</p>
      <form method="get" action="/admin/audit" aria-labelledby="audit-filters" class="form" noValidate>
        <h2 id="audit-filters">{g.filters}</h2>
        {textField('actor', g.filterActor)}
        {textField('account', g.filterAccount)}
        <div class="field">
          <label for="audit-type">{g.filterType}</label>
          <select id="audit-type" name="type">
            <option value="">{g.any}</option>
            {types.map((type) => (
              <option key={type} value={type} selected={v.type === type}>
                {m.events[type]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="audit-outcome">{g.filterOutcome}</label>
          <select id="audit-outcome" name="outcome">
            <option value="">{g.any}</option>
            {(['success', 'failure'] as const).map((o) => (
              <option key={o} value={o} selected={v.outcome === o}>
                {g.outcomes[o]}
              </option>
            ))}
          </select>
        </div>
        {textField('from', g.filterFrom, 'date')}
        {textField('to', g.filterTo, 'date')}
        <div class="field">
          <label for="audit-within">{g.filterWithin}</label>
          <select id="audit-within" name="within">
            <option value="">{g.allMine}</option>
            {props.organisations.map((o) => (
              <option key={o.id} value={o.id} selected={v.within === o.id}>
                {'\u00a0\u00a0\u00a0'.repeat(Math.max(0, o.path.length - 1))}
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <Actions>
          <button type="submit" class="button">
            {g.search}
          </button>
          <a href="/admin/audit">{g.reset}</a>
        </Actions>
      </form>
      <h2 id="audit-results">{g.results}</h2>
      {props.events.length === 0 ? (
        <p data-testid="audit-none">{g.none}</p>
      ) : (
        // Seven columns do not fit the page's width: the table scrolls on its own, by keyboard too.
        <div class="table-scroll" role="region" aria-labelledby="audit-results" tabIndex={0}>
          <table class="table" data-testid="audit-events" aria-labelledby="audit-results">
            <thead>
              <tr>
                <th scope="col">{g.colWhen}</th>
                <th scope="col">{g.colWhat}</th>
                <th scope="col">{g.colOutcome}</th>
                <th scope="col">{g.colActor}</th>
                <th scope="col">{g.colAccount}</th>
                <th scope="col">{g.colFrom}</th>
                <th scope="col">{g.colDetails}</th>
              </tr>
            </thead>
            <tbody>
              {props.events.map((e) => {
                const actor = typeof e.details.actor === 'string' ? e.details.actor : null;
                const { actor: _actor, ...details } = e.details;
                return (
                  <tr key={e.seq} data-type={e.type}>
                    <td>{when.format(e.at)} UTC</td>
                    <td>
                      <AuditEventWhat m={m} event={e} />
                    </td>
                    <td>{g.outcomes[outcomeOf(e.type)]}</td>
                    <td>{person(actor) ?? (e.userId ? g.self : g.system)}</td>
                    <td>{person(e.userId) ?? ''}</td>
                    <td>{e.ip ?? ''}</td>
                    <td>
                      <code>
                        {Object.entries(details)
                          .map(([k, value]) => `${k}=${String(value)}`)
                          .join(' ')}
                      </code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {(props.paged || props.next !== null) && (
        <nav aria-label={g.results}>
          <ul class="inline-list">
            {props.paged && (
              <li>
                <a href={link({})}>{g.first}</a>
              </li>
            )}
            {props.next !== null && (
              <li>
                <a href={link({ before: String(props.next) })} rel="next">
                  {g.next}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
      {props.mayExport && (
        <section aria-labelledby="audit-export">
          <h2 id="audit-export">{g.exportTitle}</h2>
          <p>{g.exportIntro}</p>
          <ul class="inline-list">
            <li>
              <a href={link({ format: 'csv' }, '/admin/audit/export')} download>
                {g.exportCsv}
              </a>
            </li>
            <li>
              <a href={link({ format: 'jsonl' }, '/admin/audit/export')} download>
                {g.exportJsonl}
              </a>
            </li>
          </ul>
        </section>
      )}
    </Layout>
  );
}
