import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * The interstitial of "Warn me each time an application asks for my identity" (issue 13 point 5b;
 * docs/adr/0031): names the application; Continue or Cancel, one form each, both carrying the
 * held sign-in's token and the CSRF token. Where each goes is decided on the server.
 */
export function AppConsentPage(props: { ctx: ViewContext; appName: string; token: string }) {
  const { m } = props.ctx;
  const c = m.appConsent;
  return (
    <Layout ctx={props.ctx} title={c.title}>
      <h1>{c.title}</h1>
      <p data-testid="app-consent">{format(c.body, { app: props.appName }, props.ctx.locale)}</p>
      <p>{c.why}</p>
      <Actions>
        <Form ctx={props.ctx} action="/login/consent">
          <input type="hidden" name="token" value={props.token} />
          <button type="submit" class="button" name="answer" value="continue">
            {c.continue}
          </button>
        </Form>
        <Form ctx={props.ctx} action="/login/consent">
          <input type="hidden" name="token" value={props.token} />
          <button type="submit" class="button button--secondary" name="answer" value="cancel">
            {c.cancel}
          </button>
        </Form>
      </Actions>
      <p class="aside">
        <a href="/account/options">{c.options}</a>
      </p>
    </Layout>
  );
}
