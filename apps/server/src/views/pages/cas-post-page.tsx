import { format } from '../../i18n/format-message';
import { Actions } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** The static script that submits the form (public/cas-post.js): no inline script under the CSP. */
export const CAS_POST_SCRIPT = '/static/cas-post.js';

/**
 * CAS 3.0 §2.1.1 `method=POST`: the service ticket goes back to the application in the body of a
 * form post, never in a URL (docs/adr/0044). The script submits the form as soon as the page
 * loads; without it, the person presses the button.
 */
export function CasPostPage(props: { ctx: ViewContext; service: string; ticket: string; appName: string }) {
  const { m } = props.ctx;
  const title = format(m.cas.postTitle, { app: props.appName });
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p>{format(m.cas.postBody, { app: props.appName })}</p>
      <form method="post" action={props.service} class="form" data-cas-post>
        <input type="hidden" name="ticket" value={props.ticket} />
        <Actions>
          <button type="submit" class="button">
            {format(m.cas.postButton, { app: props.appName })}
          </button>
        </Actions>
      </form>
      <script src={CAS_POST_SCRIPT} nonce={props.ctx.nonce} defer />
    </Layout>
  );
}
