import type { ViewContext } from '../view-context';

/**
 * "Keep a way back": shown once the account has a factor and no recovery codes (issue 13 point 3:
 * "offered after the first factor is enrolled"; core shouldOfferRecoveryCodes).
 */
export function RecoveryCodesOffer(props: { ctx: ViewContext }) {
  const r = props.ctx.m.recoveryCodes;
  return (
    <p class="notice notice--info" data-testid="recovery-codes-offer">
      {r.offer} <a href="/account/recovery-codes">{r.offerLink}</a>
    </p>
  );
}
