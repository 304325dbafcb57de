import { intlTag } from '@sesame/protocol';
import type { EidLinkRecord } from '@sesame/core';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';
import { format } from '../../i18n/format-message';

/**
 * "Manage my eIDs" (issue 15 point 1; EU Login's "Manage my eIDs" → "Link my eID", reference
 * eulogin-facts §1.2; docs/adr/0042): the linked eIDs (provider, linked, last used, unlink) and one
 * "Link my eID with …" button per configured provider. Never shows the eID's subject.
 */
export function EidsPage(props: {
  ctx: ViewContext;
  links: readonly EidLinkRecord[];
  providers: readonly { readonly id: string; readonly label: string }[];
  notice?: string | undefined;
  error?: string | undefined;
}) {
  const { m, locale } = props.ctx;
  const t = m.eids;
  const when = dateTimeFormat(intlTag(locale), { dateStyle: 'medium', timeStyle: 'short' });
  const labelOf = (id: string) => props.providers.find((p) => p.id === id)?.label ?? id;
  return (
    <Layout ctx={props.ctx} title={t.title}>
      <h1>{t.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.error && (
        <div class="notice notice--error" role="alert">
          {props.error}
        </div>
      )}
      <p>{t.intro}</p>
      {props.links.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table class="table" data-testid="eids">
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.added}</th>
              <th scope="col">{t.lastUsed}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.links.map((link) => (
              <tr key={link.id}>
                <th scope="row">{labelOf(link.provider)}</th>
                <td>{when.format(link.createdAt)}</td>
                <td>{link.lastUsedAt ? when.format(link.lastUsedAt) : t.never}</td>
                <td>
                  <Form ctx={props.ctx} action={`/account/eids/${encodeURIComponent(link.id)}/unlink`}>
                    <button
                      type="submit"
                      class="button button--secondary"
                      aria-label={format(t.unlinkLabel, { provider: labelOf(link.provider) })}
                    >
                      {t.unlink}
                    </button>
                  </Form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t.link}</h2>
      <p>{t.linkIntro}</p>
      <Form ctx={props.ctx} action="/account/eids/link">
        <Actions>
          {props.providers.map((p) => (
            <button key={p.id} type="submit" class="button" name="provider" value={p.id}>
              {format(t.linkWith, { provider: p.label })}
            </button>
          ))}
          <a href="/account" class="button button--secondary">
            {t.back}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
