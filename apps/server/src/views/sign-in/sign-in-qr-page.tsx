import { intlTag } from '@sesame/protocol';
import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';

/**
 * "Sésame app with QR code", design §4 step 3 (the instruction's annex step 13, QR code mode):
 * the signed challenge as a QR code, what to do in the app (it works without network), and the
 * field for the 8-digit code the app shows.
 */
export function SignInQrPage(props: {
  ctx: ViewContext;
  /** The QR as a `data:image/svg+xml` URL; absent when the challenge has expired. */
  qrImage?: string;
  expiresAt?: Date;
  errors?: FormErrors;
  /** Said above the QR: "expired"… */
  notice?: string;
}) {
  const { m, locale } = props.ctx;
  const q = m.signInQr;
  const time = dateTimeFormat(intlTag(locale), { timeStyle: 'short' });
  return (
    <Layout ctx={props.ctx} title={q.title} errors={props.errors}>
      <h1>{q.title}</h1>
      {props.notice && (
        <div class="notice notice--error" role="alert">
          {props.notice}
        </div>
      )}
      {props.qrImage && props.expiresAt && (
        <>
          <p class="qr">
            <img src={props.qrImage} alt={q.alt} width={256} height={256} data-testid="sign-in-qr" />
          </p>
          <h2>{q.stepsTitle}</h2>
          <ol>
            {q.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>{format(q.expires, { time: time.format(props.expiresAt) })}</p>
          <Form ctx={props.ctx} action="/login/qr">
            <Field
              name="code"
              label={q.codeLabel}
              hint={q.codeHint}
              autocomplete="one-time-code"
              inputMode="numeric"
              maxLength={12}
              errors={props.errors}
              autofocus
            />
            <Actions>
              <button type="submit" class="button">
                {m.signIn.signInButton}
              </button>
            </Actions>
          </Form>
        </>
      )}
      <Form ctx={props.ctx} action="/login/qr/new">
        <Actions>
          <button type="submit" class={props.qrImage ? 'button button--secondary' : 'button'}>
            {q.newCode}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/login/choose">{m.signInApp.otherMethod}</a>
      </p>
    </Layout>
  );
}
