import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

export function ChangePasswordPage(props: { ctx: ViewContext; email: string; minLength: number; errors?: FormErrors }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.changePassword.title} errors={props.errors}>
      <h1>{m.changePassword.title}</h1>
      <Form ctx={props.ctx} action="/account/password">
        <input type="hidden" name="username" autoComplete="username" value={props.email} />
        <Field
          name="currentPassword"
          type="password"
          label={m.fields.currentPassword}
          autocomplete="current-password"
          maxLength={1024}
          errors={props.errors}
          autofocus
        />
        <Field
          name="newPassword"
          type="password"
          label={m.fields.newPassword}
          hint={format(m.fields.passwordHint, { min: props.minLength }, props.ctx.locale)}
          autocomplete="new-password"
          maxLength={1024}
          errors={props.errors}
        />
        <Field
          name="newPasswordConfirm"
          type="password"
          label={m.fields.newPasswordConfirm}
          autocomplete="new-password"
          maxLength={1024}
          errors={props.errors}
        />
        <Actions>
          <button type="submit" class="button">
            {m.changePassword.submit}
          </button>
          <a href="/account" class="button button--secondary">
            {m.changePassword.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
