import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * Deleting an authenticator app, a security key or a phone number (`kind`) is asked for on a page
 * of its own: a GET changes nothing.
 */
export function DeleteCredentialPage(props: {
  ctx: ViewContext;
  id: string;
  name: string;
  kind?: 'totp' | 'webauthn' | 'sms';
}) {
  const { m } = props.ctx;
  const [a, base] =
    props.kind === 'webauthn'
      ? [m.securityKeys, '/account/security-keys']
      : props.kind === 'sms'
        ? [m.phoneNumbers, '/account/phone-numbers']
        : [m.authenticatorApps, '/account/authenticator-apps'];
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
