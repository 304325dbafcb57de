import type { CredentialSummary } from '@sesame/core';
import type { ViewContext } from '../view-context';
import { CredentialListPage } from './credential-list-page';
import { RecoveryCodesOffer } from './recovery-codes-offer';

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
  return (
    <CredentialListPage
      ctx={props.ctx}
      texts={props.ctx.m.authenticatorApps}
      basePath="/account/authenticator-apps"
      testId="authenticator-apps"
      rows={props.apps}
      notice={props.notice}
      banner={props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
    />
  );
}
