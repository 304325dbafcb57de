import { Actions, Field, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/** Sign-in, step 1 (design §4; instruction's annex step 11): the e-mail address, then "Next". */
export function SignInEmailPage(props: { ctx: ViewContext; email?: string; errors?: FormErrors; notice?: string }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.signIn.title} errors={props.errors}>
      <h1>{m.signIn.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p>{m.signIn.intro}</p>
      <Form ctx={props.ctx} action="/login">
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
            {m.signIn.next}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        {m.signIn.noAccount} <a href="/register">{m.signIn.createAccount}</a>
      </p>
    </Layout>
  );
}
