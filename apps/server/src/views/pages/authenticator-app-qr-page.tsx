import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * "Add an authenticator app", step 2 (docs/adr/0027 §6; RFC 6238): the `otpauth://` QR, the key
 * in text (grouped by four, for typing), then the first code, which confirms the enrolment.
 */
export function AuthenticatorAppQrPage(props: {
  ctx: ViewContext;
  credentialId: string;
  /** The QR as a `data:image/svg+xml` URL. */
  qrImage: string;
  /** base32, in groups of four. */
  secret: string;
  errors?: FormErrors | undefined;
}) {
  const a = props.ctx.m.authenticatorApps;
  return (
    <Layout ctx={props.ctx} title={a.scanTitle} errors={props.errors}>
      <h1>{a.scanTitle}</h1>
      <p class="qr">
        <img src={props.qrImage} alt={a.qrAlt} width={256} height={256} data-testid="totp-qr" />
      </p>
      <p id="totp-secret-intro">{a.secretIntro}</p>
      <p>
        <strong>{a.secretLabel}</strong>{' '}
        <code data-testid="totp-secret" aria-describedby="totp-secret-intro" class="copyable">
          {props.secret}
        </code>
      </p>
      <h2>{a.confirmTitle}</h2>
      <Form ctx={props.ctx} action="/account/authenticator-apps/confirm">
        <input type="hidden" name="credential" value={props.credentialId} />
        <Field
          name="code"
          label={a.codeLabel}
          hint={a.codeHint}
          autocomplete="one-time-code"
          inputMode="numeric"
          maxLength={12}
          errors={props.errors}
          autofocus={props.errors !== undefined}
        />
        <Actions>
          <button type="submit" class="button">
            {a.confirm}
          </button>
          <a href="/account/authenticator-apps" class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
