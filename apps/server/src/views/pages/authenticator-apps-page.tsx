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
  /** Added from the level page of this application's sign-in: "Continue to <app>" (docs/adr/0050 §3). */
  continueTo?: string | undefined;
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
      continueTo={props.continueTo === undefined ? undefined : { app: props.continueTo, method: 'PASSWORD_TOTP' }}
      banner={props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
    />
  );
}
