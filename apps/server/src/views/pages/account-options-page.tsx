import type { AccountOptions, MethodWireName } from '@sesame/core';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * "Configure my account" (issue 13 point 5; EU Login's options, eulogin-facts §4.7; docs/adr/0031):
 * always require a second factor (with its warning), the preferred method, the interstitial before
 * each application, and which mails are always sent. Reached with a second factor when the account has one (routes/account-options.tsx).
 */
export function AccountOptionsPage(props: {
  ctx: ViewContext;
  options: AccountOptions;
  /** The methods the account has that may be preferred (wire names). */
  preferable: readonly MethodWireName[];
  /** The account has a second factor other than recovery codes: "always" may be turned on. */
  mayRequireAlways: boolean;
  notice?: string | undefined;
  errors?: FormErrors | undefined;
}) {
  const { m } = props.ctx;
  const o = m.accountOptions;
  const labels: Partial<Record<MethodWireName, string>> = {
    PASSWORD_MOBILE_APP: m.signIn.methodAppPin,
    PASSWORD_SOFTWARE_TOKEN: m.signIn.methodAppQr,
    PASSWORD_TOTP: m.signIn.methodTotp,
    PASSWORD_WEBAUTHN: m.signIn.methodWebauthn,
  };
  const alwaysError = props.errors?.fields.alwaysSecondFactor;
  const preferredError = props.errors?.fields.preferredMethod;
  const alwaysDescribed = [
    'alwaysSecondFactor-hint',
    'alwaysSecondFactor-warning',
    alwaysError && 'alwaysSecondFactor-error',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Layout ctx={props.ctx} title={o.title} errors={props.errors}>
      <h1>{o.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p>{o.intro}</p>
      <Form ctx={props.ctx} action="/account/options">
        <h2>{o.signInTitle}</h2>
        <div class={`field field--checkbox${alwaysError ? ' field--error' : ''}`}>
          {alwaysError && (
            <p class="field__error" id="alwaysSecondFactor-error">
              {alwaysError}
            </p>
          )}
          <input
            type="checkbox"
            id="alwaysSecondFactor"
            name="alwaysSecondFactor"
            value="on"
            checked={props.options.alwaysSecondFactor}
            aria-invalid={alwaysError ? 'true' : undefined}
            aria-describedby={alwaysDescribed}
          />
          <label for="alwaysSecondFactor">{o.always}</label>
          <p class="field__hint" id="alwaysSecondFactor-hint">
            {o.alwaysHint}
          </p>
          <p class="field__hint" id="alwaysSecondFactor-warning">
            <strong>{o.alwaysWarning}</strong>
          </p>
        </div>
        {!props.mayRequireAlways && (
          <p>
            {o.alwaysNeedsFactor} <a href="/account/devices">{o.addFactor}</a> ·{' '}
            <a href="/account/authenticator-apps">{o.addAuthenticatorApp}</a>
          </p>
        )}
        <div class={`field${preferredError ? ' field--error' : ''}`}>
          <label for="preferredMethod">{o.preferred}</label>
          <p class="field__hint" id="preferredMethod-hint">
            {o.preferredHint}
          </p>
          {preferredError && (
            <p class="field__error" id="preferredMethod-error">
              {preferredError}
            </p>
          )}
          <select
            id="preferredMethod"
            name="preferredMethod"
            aria-invalid={preferredError ? 'true' : undefined}
            aria-describedby={preferredError ? 'preferredMethod-hint preferredMethod-error' : 'preferredMethod-hint'}
          >
            <option value="" selected={props.options.preferredMethod === null}>
              {o.preferredNone}
            </option>
            {props.preferable.map((method) => (
              <option key={method} value={method} selected={props.options.preferredMethod === method}>
                {labels[method] ?? method}
              </option>
            ))}
          </select>
        </div>
        <h2>{o.appsTitle}</h2>
        <div class="field field--checkbox">
          <input
            type="checkbox"
            id="warnOnApplication"
            name="warnOnApplication"
            value="on"
            checked={props.options.warnOnApplication}
            aria-describedby="warnOnApplication-hint"
          />
          <label for="warnOnApplication">{o.warn}</label>
          <p class="field__hint" id="warnOnApplication-hint">
            {o.warnHint}
          </p>
        </div>
        <h2>{o.mailsTitle}</h2>
        <div class="field field--checkbox">
          <input
            type="checkbox"
            id="notifyNewBrowser"
            name="notifyNewBrowser"
            value="on"
            checked={props.options.notifyNewBrowser}
            aria-describedby="notifyNewBrowser-hint"
          />
          <label for="notifyNewBrowser">{o.newBrowser}</label>
          <p class="field__hint" id="notifyNewBrowser-hint">
            {o.newBrowserHint}
          </p>
        </div>
        <p>{o.mailsAlways}</p>
        <Actions>
          <button type="submit" class="button">
            {o.save}
          </button>
          <a href="/account" class="button button--secondary">
            {o.back}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
