import { CREDENTIAL_NAME_MAX_LENGTH } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { WebAuthnScripts } from '../webauthn-scripts';

/** "Add a security key or trusted platform", step 1: its name in the list (docs/adr/0029 §6). */
export function AddSecurityKeyPage(props: { ctx: ViewContext; name?: string | undefined; errors?: FormErrors }) {
  const a = props.ctx.m.securityKeys;
  return (
    <Layout ctx={props.ctx} title={a.addTitle} errors={props.errors}>
      <h1>{a.addTitle}</h1>
      <p>{a.intro}</p>
      <Form ctx={props.ctx} action="/account/security-keys/new">
        <Field
          name="name"
          label={a.name}
          hint={a.nameHint}
          value={props.name}
          autocomplete="off"
          maxLength={CREDENTIAL_NAME_MAX_LENGTH}
          errors={props.errors}
          autofocus
        />
        <div class="field field--checkbox">
          <input type="checkbox" id="passkey" name="passkey" value="yes" aria-describedby="passkey-hint" />
          <label for="passkey">{a.passkey}</label>
          <p class="field__hint" id="passkey-hint">
            {a.passkeyHint}
          </p>
        </div>
        <Actions>
          <button type="submit" class="button">
            {a.continue}
          </button>
          <a href="/account/security-keys" class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}

/**
 * Step 2: the browser's prompt. The options (with a single-use challenge) are on the page;
 * webauthn.js calls `navigator.credentials.create()` when the button is selected and posts the
 * answer as `credential` to /account/security-keys/confirm.
 */
export function SecurityKeyPromptPage(props: { ctx: ViewContext; name: string; options: unknown }) {
  const { m } = props.ctx;
  const a = m.securityKeys;
  return (
    <Layout ctx={props.ctx} title={a.promptTitle}>
      <h1>{a.promptTitle}</h1>
      <p>{a.promptIntro}</p>
      <p class="notice notice--error" role="alert" data-webauthn-status hidden />
      <noscript>
        <p class="notice notice--error">{m.signInCode.webauthnUnsupported}</p>
      </noscript>
      <Form ctx={props.ctx} action="/account/security-keys/confirm">
        <div
          hidden
          data-webauthn="register"
          data-webauthn-options={JSON.stringify(props.options)}
          data-webauthn-failed={m.signInCode.webauthnFailed}
          data-webauthn-unsupported={m.signInCode.webauthnUnsupported}
        />
        <input type="hidden" name="credential" value="" />
        <Actions>
          <button type="submit" class="button" data-webauthn-start>
            {format(a.promptButton, { name: props.name })}
          </button>
          <a href="/account/security-keys" class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
      <WebAuthnScripts ctx={props.ctx} />
    </Layout>
  );
}
