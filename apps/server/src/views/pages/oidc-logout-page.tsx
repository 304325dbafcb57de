import { format } from '../../i18n/format-message';
import { Actions } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * OpenID Connect RP-Initiated Logout 1.0 §2: the OP asks the user before signing out of it. A
 * plain form, no script: the provider's own anti-forgery token travels in it, and the buttons
 * say yes (sign out of Sésame and every application) or no (leave only the asking application).
 */
export function OidcLogoutPage(props: {
  ctx: ViewContext;
  action: string;
  xsrf: string;
  appName?: string | undefined;
}) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.oidc.logoutTitle}>
      <h1>{m.oidc.logoutTitle}</h1>
      <p>{props.appName ? format(m.oidc.logoutQuestionFrom, { app: props.appName }) : m.oidc.logoutQuestion}</p>
      <form method="post" action={props.action} class="form">
        <input type="hidden" name="xsrf" value={props.xsrf} />
        <Actions>
          <button type="submit" name="logout" value="yes" class="button">
            {m.oidc.logoutConfirm}
          </button>
          <button type="submit" class="button button--secondary">
            {m.oidc.logoutCancel}
          </button>
        </Actions>
      </form>
    </Layout>
  );
}
