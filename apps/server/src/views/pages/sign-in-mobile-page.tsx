import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * "On mobile" (design §5; docs/adr/0007): on the phone that holds the Sésame app, a link opens
 * the app on the request; this page waits. `sign-in-mobile.js` follows the request's verdict on
 * the event stream, and looks again when the tab comes back to the front (phones suspend
 * background tabs); without JavaScript the button continues. The page is the same for every
 * address, known or not: it shows no device name.
 */
export function SignInMobilePage(props: {
  ctx: ViewContext;
  /** `/app/#/pending?…` (login/mobile-sign-in.ts). */
  appLink: string;
  expiresAt: Date;
  notice?: string;
  expired?: boolean;
}) {
  const { m, locale } = props.ctx;
  const t = m.signInMobile;
  const time = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'medium' });
  return (
    <Layout ctx={props.ctx} title={t.title}>
      <h1>{t.title}</h1>
      {props.notice && (
        <div class="notice notice--error" role="alert">
          {props.notice}
        </div>
      )}
      {!props.expired && (
        <>
          <ol>
            {t.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          <p>
            {/* A new tab (or the installed app): this one keeps waiting for the verdict. */}
            <a class="button" href={props.appLink} target="_blank" rel="noopener" data-testid="open-app">
              {t.openApp}
            </a>
          </p>
          <p>{format(t.expires, { time: time.format(props.expiresAt) })}</p>
          <p role="status" data-verdict-events="/login/mobile/events">
            {t.waiting}
          </p>
          <Form ctx={props.ctx} action="/login/mobile/continue">
            <Actions>
              <button type="submit" class="button button--secondary" data-continue>
                {t.continue}
              </button>
            </Actions>
          </Form>
        </>
      )}
      <Form ctx={props.ctx} action="/login/mobile">
        <Actions>
          <button type="submit" class={props.expired ? 'button' : 'button button--secondary'}>
            {t.resend}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/login/password">{t.usePassword}</a>
      </p>
      <script src="/static/sign-in-mobile.js" nonce={props.ctx.nonce} defer />
    </Layout>
  );
}

/** The request ended without an approval: what happened and what to do next. */
export function SignInMobileEndedPage(props: { ctx: ViewContext; message: string }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.signInMobile.title}>
      <h1>{m.signInMobile.title}</h1>
      <div class="notice notice--error" role="alert">
        {props.message}
      </div>
      <Notice kind="info">
        <a href="/login/password">{m.signInMobile.signInAgain}</a>
      </Notice>
    </Layout>
  );
}
