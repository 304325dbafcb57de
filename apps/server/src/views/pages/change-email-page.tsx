import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

export function ChangeEmailPage(props: { ctx: ViewContext; newEmail?: string; errors?: FormErrors }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.changeEmail.title} errors={props.errors}>
      <h1>{m.changeEmail.title}</h1>
      <p>{m.changeEmail.intro}</p>
      <Form ctx={props.ctx} action="/account/email">
        <Field
          name="newEmail"
          type="email"
          label={m.fields.newEmail}
          value={props.newEmail}
          autocomplete="email"
          maxLength={254}
          errors={props.errors}
          autofocus
        />
        <Field
          name="currentPassword"
          type="password"
          label={m.fields.currentPassword}
          autocomplete="current-password"
          maxLength={1024}
          errors={props.errors}
        />
        <Actions>
          <button type="submit" class="button">
            {m.changeEmail.submit}
          </button>
          <a href="/account" class="button button--secondary">
            {m.changeEmail.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
