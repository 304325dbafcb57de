import type { AccountListing, Organisation } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { AdminNav } from './admin-roles-section';

/**
 * The admin console's first page (issue 14 point 2): search the accounts of the organisations the
 * person administers, nothing else (core searchAccounts). A GET form: a search is a link to share.
 */
export function AdminSearchPage(props: {
  ctx: ViewContext;
  text: string;
  within: string | undefined;
  /** The organisations searched: the person's scopes, or the one chosen. */
  searched: readonly Organisation[];
  accounts: readonly AccountListing[];
  limit: number;
  /** The person may open a migration dashboard (issue 14 point 3). */
  dashboard?: boolean;
  notice?: string | undefined;
  /** The person may invite, import and export (docs/adr/0035): the links to those pages. */
  manages?: boolean;
  /** Whether the person reads the audit (the sections' links, docs/adr/0038). */
  mayAudit?: boolean;
}) {
  const { m, locale } = props.ctx;
  const a = m.admin;
  return (
    <Layout ctx={props.ctx} title={`${a.searchTitle} — ${a.title}`}>
      <AdminNav ctx={props.ctx} current="search" show={{ search: true, audit: props.mayAudit ?? false }} />
      <h1>{a.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.manages && (
        <ul class="admin-tools" data-testid="admin-tools">
          <li>
            <a href="/admin/invite">{props.ctx.m.lifecycle.invite}</a>
          </li>
          <li>
            <a href="/admin/import">{props.ctx.m.lifecycle.importLink}</a>
          </li>
          <li>
            <a href={`/admin/export.csv${props.within ? `?within=${encodeURIComponent(props.within)}` : ''}`}>
              {props.ctx.m.lifecycle.exportLink}
            </a>
          </li>
        </ul>
      )}
      <p>{format(a.scopeIntro, { organisations: props.searched.map((o) => o.name).join(', ') }, locale)}</p>
      {props.dashboard && (
        <p>
          <a href="/admin/dashboard">{m.dashboard.link}</a>
        </p>
      )}
      <h2 id="search">{a.searchTitle}</h2>
      <form method="get" action="/admin" role="search" aria-labelledby="search">
        <div class="field">
          <label for="q">{a.searchLabel}</label>
          <p class="field__hint" id="q-hint">
            {a.searchStarts} {a.searchHint}
          </p>
          <input type="search" id="q" name="q" value={props.text} maxLength={200} aria-describedby="q-hint" />
        </div>
        {props.within && <input type="hidden" name="within" value={props.within} />}
        <button type="submit" class="button">
          {a.submit}
        </button>
      </form>
      <h2 id="results">{a.results}</h2>
      {props.accounts.length === 0 ? (
        <p data-testid="admin-no-results">{a.none}</p>
      ) : (
        <table class="table" data-testid="admin-accounts" aria-labelledby="results">
          <thead>
            <tr>
              <th scope="col">{a.colName}</th>
              <th scope="col">{a.colEmail}</th>
              <th scope="col">{a.colOrganisation}</th>
              <th scope="col">{a.colId}</th>
            </tr>
          </thead>
          <tbody>
            {props.accounts.map((account) => (
              <tr key={account.id}>
                <td>
                  <a href={`/admin/accounts/${encodeURIComponent(account.id)}`}>
                    {account.lastName} {account.firstName}
                  </a>
                </td>
                <td>{account.email}</td>
                <td>{account.organisationId}</td>
                <td>
                  <code>{account.id}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.accounts.length >= props.limit && <p>{format(a.limited, { limit: props.limit }, locale)}</p>}
    </Layout>
  );
}
