import { CREDENTIAL_NAME_MAX_LENGTH } from '@sesame/core';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * Renaming an authenticator app, or a security key (`kind`) — no second factor: a name changes no
 * factor (core renameCredential).
 */
export function RenameCredentialPage(props: {
  ctx: ViewContext;
  id: string;
  name: string | undefined;
  errors?: FormErrors;
  kind?: 'totp' | 'webauthn';
}) {
  const a = props.kind === 'webauthn' ? props.ctx.m.securityKeys : props.ctx.m.authenticatorApps;
  const base = props.kind === 'webauthn' ? '/account/security-keys' : '/account/authenticator-apps';
  return (
    <Layout ctx={props.ctx} title={a.renameTitle} errors={props.errors}>
      <h1>{a.renameTitle}</h1>
      <Form ctx={props.ctx} action={`${base}/${props.id}/rename`}>
        <Field
          name="name"
          label={a.name}
          hint={a.nameHint}
          value={props.name}
          autocomplete="off"
          maxLength={CREDENTIAL_NAME_MAX_LENGTH}
          errors={props.errors}
          autofocus
        />
        <Actions>
          <button type="submit" class="button">
            {a.renameSubmit}
          </button>
          <a href={base} class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
