import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

export function ForgotPasswordPage(props: { ctx: ViewContext; email?: string; errors?: FormErrors }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.forgot.title} errors={props.errors}>
      <h1>{m.forgot.title}</h1>
      <p>{m.forgot.intro}</p>
      <Form ctx={props.ctx} action="/password/forgot">
        <Field
          name="email"
          type="email"
          label={m.fields.email}
          value={props.email}
          autocomplete="username"
          maxLength={254}
          errors={props.errors}
          autofocus
        />
        <Actions>
          <button type="submit" class="button">
            {m.forgot.submit}
          </button>
          <a href="/login" class="button button--secondary">
            {m.signIn.title}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
