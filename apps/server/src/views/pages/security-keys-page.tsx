import type { CredentialSummary } from '@sesame/core';
import { Actions, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { RecoveryCodesOffer } from './recovery-codes-offer';
import { dateTimeFormat } from '../../i18n/date-time-format';

/** A registered key as the list shows it: what it is and, when the MDS3 BLOB knows it, its model. */
export interface SecurityKeyRow extends CredentialSummary {
  /** `platform`: the computer's or phone's own (transport `internal`); `synced`: a backup-eligible passkey. */
  readonly form: 'key' | 'platform' | 'synced';
  readonly aaguid: string;
  /** The model's description in the MDS3 BLOB (maker and model), null when not known. */
  readonly model: string | null;
}

/**
 * "Manage my security keys and trusted platforms" (issue 13 point 1; docs/adr/0029 §6): the list
 * (name, kind and model, added, last used) with rename and delete, and "Add a security key".
 */
export function SecurityKeysPage(props: {
  ctx: ViewContext;
  keys: readonly SecurityKeyRow[];
  notice?: string | undefined;
  offerRecoveryCodes?: boolean;
}) {
  const { m, locale } = props.ctx;
  const a = m.securityKeys;
  const when = dateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const kinds = { key: a.kindKey, platform: a.kindPlatform, synced: a.kindSynced };
  return (
    <Layout ctx={props.ctx} title={a.title}>
      <h1>{a.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
      <p>{a.intro}</p>
      {props.keys.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <table class="table" data-testid="security-keys">
          <thead>
            <tr>
              <th scope="col">{a.name}</th>
              <th scope="col">{a.kind}</th>
              <th scope="col">{a.added}</th>
              <th scope="col">{a.lastUsed}</th>
              <th scope="col">{a.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.keys.map((key) => (
              <tr key={key.id}>
                <th scope="row">{key.name}</th>
                <td>
                  {kinds[key.form]}
                  {/* The model, when the MDS3 BLOB knows it (docs/adr/0029 §4). */}
                  {key.model !== null && (
                    <>
                      <br />
                      <span class="aside">{key.model}</span>
                    </>
                  )}
                </td>
                <td>{when.format(key.createdAt)}</td>
                <td>{key.lastUsedAt ? when.format(key.lastUsedAt) : a.never}</td>
                <td>
                  <a href={`/account/security-keys/${key.id}/rename`} aria-label={`${a.rename} ${key.name}`}>
                    {a.rename}
                  </a>{' '}
                  ·{' '}
                  <a href={`/account/security-keys/${key.id}/delete`} aria-label={`${a.delete} ${key.name}`}>
                    {a.delete}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Actions>
        <a href="/account/security-keys/new" class="button">
          {a.add}
        </a>
        <a href="/account" class="button button--secondary">
          {a.back}
        </a>
      </Actions>
    </Layout>
  );
}
