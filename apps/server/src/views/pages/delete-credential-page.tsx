import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** Deleting an authenticator app is asked for on a page of its own: a GET changes nothing. */
export function DeleteCredentialPage(props: { ctx: ViewContext; id: string; name: string }) {
  const a = props.ctx.m.authenticatorApps;
  return (
    <Layout ctx={props.ctx} title={a.deleteTitle}>
      <h1>{a.deleteTitle}</h1>
      <p>{format(a.deleteBody, { name: props.name })}</p>
      <Form ctx={props.ctx} action={`/account/authenticator-apps/${props.id}/delete`}>
        <Actions>
          <button type="submit" class="button">
            {a.deleteSubmit}
          </button>
          <a href="/account/authenticator-apps" class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
