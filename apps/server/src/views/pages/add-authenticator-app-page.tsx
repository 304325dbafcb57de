import { CREDENTIAL_NAME_MAX_LENGTH } from '@sesame/core';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/** "Add an authenticator app", step 1: its name in the list (docs/adr/0027 §6). */
export function AddAuthenticatorAppPage(props: { ctx: ViewContext; name?: string | undefined; errors?: FormErrors }) {
  const a = props.ctx.m.authenticatorApps;
  return (
    <Layout ctx={props.ctx} title={a.addTitle} errors={props.errors}>
      <h1>{a.addTitle}</h1>
      <p>{a.intro}</p>
      <Form ctx={props.ctx} action="/account/authenticator-apps/new">
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
            {a.continue}
          </button>
          <a href="/account/authenticator-apps" class="button button--secondary">
            {a.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
