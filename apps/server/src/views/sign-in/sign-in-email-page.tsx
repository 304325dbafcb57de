import { Actions, Field, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { WebAuthnScripts } from '../webauthn-scripts';
import { format } from '../../i18n/format-message';

/**
 * Sign-in, step 1 (design §4; instruction's annex step 11): the e-mail address, then "Next". With
 * `passkeyOptions` (docs/adr/0029 §5), "Sign in with a passkey" too — revealed by webauthn.js
 * where the browser can — and the browser's passkeys offered in the address field's autofill
 * (conditional UI: `autocomplete="username webauthn"`, mediation 'conditional').
 */
export function SignInEmailPage(props: {
  ctx: ViewContext;
  email?: string | undefined;
  errors?: FormErrors | undefined;
  notice?: string | undefined;
  passkeyOptions?: unknown;
  /** "Sign in with eID" (docs/adr/0042): one button per configured provider, its name in this language. */
  eidProviders?: readonly { readonly id: string; readonly label: string }[] | undefined;
}) {
  const { m } = props.ctx;
  const passkeys = props.passkeyOptions !== undefined;
  return (
    <Layout ctx={props.ctx} title={m.signIn.title} errors={props.errors}>
      <h1>{m.signIn.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p>{m.signIn.intro}</p>
      <Form ctx={props.ctx} action="/login">
        <Field
          name="email"
          type="email"
          label={m.fields.email}
          value={props.email}
          autocomplete={passkeys ? 'username webauthn' : 'username'}
          maxLength={254}
          errors={props.errors}
          autofocus
        />
        <Actions>
          <button type="submit" class="button">
            {m.signIn.next}
          </button>
        </Actions>
      </Form>
      {passkeys && (
        <div data-passkey hidden>
          <p class="notice notice--error" role="alert" data-webauthn-status hidden />
          <p>{m.signIn.passkeyIntro}</p>
          <Form ctx={props.ctx} action="/login/passkey">
            <div
              hidden
              data-webauthn="passkey"
              data-webauthn-options={JSON.stringify(props.passkeyOptions)}
              data-webauthn-failed={m.signInCode.webauthnFailed}
              data-webauthn-unsupported={m.signInCode.webauthnUnsupported}
            />
            <input type="hidden" name="credential" value="" />
            <Actions>
              <button type="submit" class="button button--secondary" data-webauthn-start>
                {m.signIn.passkeyButton}
              </button>
            </Actions>
          </Form>
          <WebAuthnScripts ctx={props.ctx} />
        </div>
      )}
      {props.eidProviders && props.eidProviders.length > 0 && (
        <div data-eid>
          <p>{m.signIn.eidIntro}</p>
          <Form ctx={props.ctx} action="/login/eid">
            <Actions>
              {props.eidProviders.map((p) => (
                <button key={p.id} type="submit" class="button button--secondary" name="provider" value={p.id}>
                  {format(m.signIn.eidButton, { provider: p.label })}
                </button>
              ))}
            </Actions>
          </Form>
        </div>
      )}
      <p class="aside">
        {m.signIn.noAccount} <a href="/register">{m.signIn.createAccount}</a>
      </p>
    </Layout>
  );
}
