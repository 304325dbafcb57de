import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * "Recovery codes" (issue 13 point 3; docs/adr/0028 §6): how many are left, and the button that
 * makes a new set (a second factor asked first, SEC-27). Without a factor to recover, the page
 * says to add one: codes alone would be a first factor in disguise (core hasFactorToRecover).
 */
export function RecoveryCodesPage(props: {
  ctx: ViewContext;
  /** Null: the account never had codes. */
  remaining: number | null;
  hasFactor: boolean;
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const r = m.recoveryCodes;
  return (
    <Layout ctx={props.ctx} title={r.title} errors={props.errors}>
      <h1>{r.title}</h1>
      <p>{r.intro}</p>
      <p data-testid="recovery-codes-remaining">
        {props.remaining === null ? r.none : format(r.remaining, { count: props.remaining }, locale)}
      </p>
      {props.hasFactor ? (
        <Form ctx={props.ctx} action="/account/recovery-codes">
          {props.remaining !== null && <p class="field__hint">{r.regenerateHint}</p>}
          <Actions>
            <button type="submit" class="button">
              {props.remaining === null ? r.generate : r.regenerate}
            </button>
            <a href="/account" class="button button--secondary">
              {m.authenticatorApps.back}
            </a>
          </Actions>
        </Form>
      ) : (
        <>
          <p>{r.noFactor}</p>
          <Actions>
            <a href="/account/devices/new" class="button">
              {m.setUpFactor.addDevice}
            </a>
            <a href="/account/authenticator-apps/new" class="button button--secondary">
              {m.setUpFactor.addTotp}
            </a>
          </Actions>
        </>
      )}
    </Layout>
  );
}
