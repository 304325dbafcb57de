import type { CredentialSummary } from '@sesame/core';
import type { ViewContext } from '../view-context';
import { CredentialListPage } from './credential-list-page';
import { RecoveryCodesOffer } from './recovery-codes-offer';

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
  /** Added from the level page of this application's sign-in: "Continue to <app>" (docs/adr/0050 §3). */
  continueTo?: string | undefined;
  offerRecoveryCodes?: boolean;
}) {
  const a = props.ctx.m.securityKeys;
  const kinds = { key: a.kindKey, platform: a.kindPlatform, synced: a.kindSynced };
  return (
    <CredentialListPage
      ctx={props.ctx}
      texts={a}
      basePath="/account/security-keys"
      testId="security-keys"
      rows={props.keys}
      notice={props.notice}
      continueTo={props.continueTo === undefined ? undefined : { app: props.continueTo, method: 'PASSWORD_WEBAUTHN' }}
      banner={props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
      column={{
        header: a.kind,
        cell: (key) => (
          <>
            {kinds[key.form]}
            {/* The model, when the MDS3 BLOB knows it (docs/adr/0029 §4). */}
            {key.model !== null && (
              <>
                <br />
                <span class="aside">{key.model}</span>
              </>
            )}
          </>
        ),
      }}
    />
  );
}
