import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * Deleting an authenticator app, or a security key (`kind`), is asked for on a page of its own: a
 * GET changes nothing.
 */
export function DeleteCredentialPage(props: {
  ctx: ViewContext;
  id: string;
  name: string;
  kind?: 'totp' | 'webauthn';
}) {
  const a = props.kind === 'webauthn' ? props.ctx.m.securityKeys : props.ctx.m.authenticatorApps;
  const base = props.kind === 'webauthn' ? '/account/security-keys' : '/account/authenticator-apps';
  return (
    <Layout ctx={props.ctx} title={a.deleteTitle}>
      <h1>{a.deleteTitle}</h1>
      <p>{format(a.deleteBody, { name: props.name })}</p>
      <Form ctx={props.ctx} action={`${base}/${props.id}/delete`}>
        <Actions>
          <button type="submit" class="button">
            {a.deleteSubmit}
          </button>
          <a href={base} class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
