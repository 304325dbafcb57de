import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * "Sésame app with PIN code", design §4 step 3 (the instruction's annex step 13): the number to
 * pick in the app, what to do there, and a live wait. `sign-in-app.js` follows the request's
 * verdict on the event stream and continues by itself; without JavaScript the button does.
 */
export function SignInAppPage(props: {
  ctx: ViewContext;
  shown: number;
  deviceNames: string[];
  expiresAt: Date;
  /** Said above the steps: "not confirmed yet", "expired"… */
  notice?: string;
  expired?: boolean;
}) {
  const { m, locale } = props.ctx;
  const a = m.signInApp;
  const time = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'medium' });
  return (
    <Layout ctx={props.ctx} title={a.title}>
      <h1>{a.title}</h1>
      {props.notice && (
        <div class="notice notice--error" role="alert">
          {props.notice}
        </div>
      )}
      <p>{format(a.intro, { devices: props.deviceNames.join(', ') })}</p>
      {!props.expired && (
        <>
          <p class="number-match">
            <span class="number-match__label" id="number-label">
              {a.numberLabel}
            </span>
            <strong class="number-match__number" aria-labelledby="number-label" data-testid="number-match">
              {props.shown}
            </strong>
          </p>
          <ol>
            {a.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>{format(a.expires, { time: time.format(props.expiresAt) })}</p>
          <p role="status" data-verdict-events="/login/app/events">
            {a.waiting}
          </p>
          <Form ctx={props.ctx} action="/login/app">
            <Actions>
              <button type="submit" class="button" data-continue>
                {a.continue}
              </button>
            </Actions>
          </Form>
        </>
      )}
      <Form ctx={props.ctx} action="/login/app/resend">
        <Actions>
          <button type="submit" class={props.expired ? 'button' : 'button button--secondary'}>
            {a.resend}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/login/password">{a.otherMethod}</a>
      </p>
      <script src="/static/sign-in-app.js" nonce={props.ctx.nonce} defer />
    </Layout>
  );
}

/** The push ended without an approval: what happened and what to do next. */
export function SignInAppEndedPage(props: { ctx: ViewContext; message: string }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.signInApp.title}>
      <h1>{m.signInApp.title}</h1>
      <div class="notice notice--error" role="alert">
        {props.message}
      </div>
      <Notice kind="info">
        <a href="/login/password">{m.signInApp.signInAgain}</a>
      </Notice>
    </Layout>
  );
}
