import type { CredentialSummary } from '@sesame/core';
import { Actions, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { RecoveryCodesOffer } from './recovery-codes-offer';
import { dateTimeFormat } from '../../i18n/date-time-format';

/**
 * "Manage my authenticator apps" (issue 13 point 2; docs/adr/0027 §6): the list (name, added, last
 * used) with rename and delete, and "Add an authenticator app".
 */
export function AuthenticatorAppsPage(props: {
  ctx: ViewContext;
  apps: readonly CredentialSummary[];
  notice?: string | undefined;
  /** The account has a factor and no recovery codes yet (core shouldOfferRecoveryCodes). */
  offerRecoveryCodes?: boolean;
}) {
  const { m, locale } = props.ctx;
  const a = m.authenticatorApps;
  const when = dateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Layout ctx={props.ctx} title={a.title}>
      <h1>{a.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
      <p>{a.intro}</p>
      {props.apps.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <table class="table" data-testid="authenticator-apps">
          <thead>
            <tr>
              <th scope="col">{a.name}</th>
              <th scope="col">{a.added}</th>
              <th scope="col">{a.lastUsed}</th>
              <th scope="col">{a.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.apps.map((app) => (
              <tr key={app.id}>
                <th scope="row">{app.name}</th>
                <td>{when.format(app.createdAt)}</td>
                <td>{app.lastUsedAt ? when.format(app.lastUsedAt) : a.never}</td>
                <td>
                  <a href={`/account/authenticator-apps/${app.id}/rename`} aria-label={`${a.rename} ${app.name}`}>
                    {a.rename}
                  </a>{' '}
                  ·{' '}
                  <a href={`/account/authenticator-apps/${app.id}/delete`} aria-label={`${a.delete} ${app.name}`}>
                    {a.delete}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Actions>
        <a href="/account/authenticator-apps/new" class="button">
          {a.add}
        </a>
        <a href="/account" class="button button--secondary">
          {a.back}
        </a>
      </Actions>
    </Layout>
  );
}
