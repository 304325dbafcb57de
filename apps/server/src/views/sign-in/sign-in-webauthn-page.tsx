import { intlTag } from '@sesame/protocol';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { WebAuthnScripts } from '../webauthn-scripts';
import { dateTimeFormat } from '../../i18n/date-time-format';

/**
 * The key page of the sign-in (issue 13 point 1; docs/adr/0029 §6): the options of the pending
 * challenge on the form; webauthn.js calls the browser's `navigator.credentials.get()` through
 * @simplewebauthn/browser when the button is selected and posts the answer as `credential`.
 * Without JavaScript or WebAuthn the page says so and offers the other methods.
 */
export function SignInWebAuthnPage(props: {
  ctx: ViewContext;
  /** The options for `navigator.credentials.get()`; absent when the challenge has expired. */
  options?: unknown;
  expiresAt?: Date | undefined;
  notice?: string | undefined;
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const c = m.signInCode;
  const time = dateTimeFormat(intlTag(locale), { timeStyle: 'short' });
  // The answer has no field of its own to point at: its errors are the page's.
  const errors = props.errors && {
    fields: {},
    general: props.errors.general ?? Object.values(props.errors.fields)[0],
  };
  return (
    <Layout ctx={props.ctx} title={c.webauthnTitle} errors={errors}>
      <h1>{c.webauthnTitle}</h1>
      {props.notice && (
        <div class="notice notice--error" role="alert">
          {props.notice}
        </div>
      )}
      {props.expiresAt && props.options !== undefined && (
        <>
          <p>{c.webauthnIntro}</p>
          <p>{format(c.webauthnExpires, { time: time.format(props.expiresAt) })}</p>
          <p class="notice notice--error" role="alert" data-webauthn-status hidden />
          <noscript>
            <p class="notice notice--error">{c.webauthnUnsupported}</p>
          </noscript>
          <Form ctx={props.ctx} action="/login/webauthn">
            <div
              hidden
              data-webauthn="authenticate"
              data-webauthn-options={JSON.stringify(props.options)}
              data-webauthn-failed={c.webauthnFailed}
              data-webauthn-unsupported={c.webauthnUnsupported}
            />
            <input type="hidden" name="credential" value="" />
            <Actions>
              <button type="submit" class="button" data-webauthn-start>
                {c.webauthnButton}
              </button>
            </Actions>
          </Form>
          <WebAuthnScripts ctx={props.ctx} />
        </>
      )}
      <Form ctx={props.ctx} action="/login/webauthn/new">
        <Actions>
          <button type="submit" class={props.expiresAt ? 'button button--secondary' : 'button'}>
            {c.restart}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/login/password">{m.signInApp.otherMethod}</a>
      </p>
    </Layout>
  );
}
