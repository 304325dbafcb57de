import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/** Choosing a password from an e-mail link: after registration, and after "Forgot your password?". */
export function ChoosePasswordPage(props: {
  ctx: ViewContext;
  title: string;
  intro: string;
  submit: string;
  action: string;
  email: string;
  minLength: number;
  errors?: FormErrors;
}) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={props.title} errors={props.errors}>
      <h1>{props.title}</h1>
      <p>{props.intro}</p>
      <Form ctx={props.ctx} action={props.action}>
        <input type="hidden" name="username" autoComplete="username" value={props.email} />
        <Field
          name="password"
          type="password"
          label={m.fields.password}
          hint={format(m.fields.passwordHint, { min: props.minLength }, props.ctx.locale)}
          autocomplete="new-password"
          maxLength={1024}
          errors={props.errors}
          autofocus
        />
        <Field
          name="passwordConfirm"
          type="password"
          label={m.fields.passwordConfirm}
          autocomplete="new-password"
          maxLength={1024}
          errors={props.errors}
        />
        <Actions>
          <button type="submit" class="button">
            {props.submit}
          </button>
        </Actions>
      </Form>
    </Layout>
  );
}
