import { intlTag } from '@sesame/protocol';
import type { CredentialSummary } from '@sesame/core';
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';

/** The words of a "Manage my …" list, from its catalogue section. */
export interface CredentialListTexts {
  readonly title: string;
  readonly intro: string;
  readonly none: string;
  /** The first column's header: the credential's name (or a phone's number). */
  readonly name: string;
  readonly added: string;
  readonly lastUsed: string;
  readonly never: string;
  readonly actions: string;
  readonly rename?: string;
  readonly delete: string;
  readonly add: string;
  readonly back: string;
}

/**
 * The list page every second factor shares (issue 13: "each with its 'Manage my …' page"): a
 * success notice, what the factor says before its list (recovery codes offer, SMS sunset), the
 * table (name, the factor's own column if any, added, last used, rename and delete), "Add" and
 * "Back to My account". `basePath` is the page's own path; rename and delete are below it, as
 * credential-pages.tsx registers them.
 */
export function CredentialListPage<Row extends CredentialSummary>(props: {
  ctx: ViewContext;
  texts: CredentialListTexts;
  basePath: string;
  testId: string;
  rows: readonly Row[];
  notice?: string | undefined;
  /** Shown between the notice and the introduction. */
  banner?: ComponentChildren;
  /**
   * Just added from the level page of an application's sign-in (docs/adr/0050 §3): "Continue to
   * <app>", which confirms that sign-in with this factor (sign-in/step-up.tsx).
   */
  continueTo?: { readonly app: string; readonly method: 'PASSWORD_TOTP' | 'PASSWORD_WEBAUTHN' } | undefined;
  /** A column of the factor's own, after the name (a key's kind and model). */
  column?: { readonly header: string; readonly cell: (row: Row) => ComponentChildren };
}) {
  const { locale } = props.ctx;
  const t = props.texts;
  const when = dateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Layout ctx={props.ctx} title={t.title}>
      <h1>{t.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.continueTo && (
        <Form ctx={props.ctx} action="/login/step-up">
          <input type="hidden" name="method" value={props.continueTo.method} />
          <p>{format(props.ctx.m.levelGap.continueBody, { app: props.continueTo.app })}</p>
          <Actions>
            <button type="submit" class="button">
              {format(props.ctx.m.levelGap.continueTo, { app: props.continueTo.app })}
            </button>
          </Actions>
        </Form>
      )}
      {props.banner}
      <p>{t.intro}</p>
      {props.rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="table" data-testid={props.testId}>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              {props.column && <th scope="col">{props.column.header}</th>}
              <th scope="col">{t.added}</th>
              <th scope="col">{t.lastUsed}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {props.column && <td>{props.column.cell(row)}</td>}
                <td>{when.format(row.createdAt)}</td>
                <td>{row.lastUsedAt ? when.format(row.lastUsedAt) : t.never}</td>
                <td>
                  {t.rename !== undefined && (
                    <>
                      <a href={`${props.basePath}/${row.id}/rename`} aria-label={`${t.rename} ${row.name}`}>
                        {t.rename}
                      </a>{' '}
                      ·{' '}
                    </>
                  )}
                  <a href={`${props.basePath}/${row.id}/delete`} aria-label={`${t.delete} ${row.name}`}>
                    {t.delete}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Actions>
        <a href={`${props.basePath}/new`} class="button">
          {t.add}
        </a>
        <a href="/account" class="button button--secondary">
          {t.back}
        </a>
      </Actions>
    </Layout>
  );
}
