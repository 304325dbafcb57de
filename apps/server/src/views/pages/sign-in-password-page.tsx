import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * Sign-in, step 2 (annex step 12): password and "Choose your verification method". Only
 * Password exists until the second-factor issues plug their methods in here.
 */
export function SignInPasswordPage(props: { ctx: ViewContext; email: string; errors?: FormErrors }) {
  const { m } = props.ctx;
  return (
    <Layout ctx={props.ctx} title={m.signIn.passwordTitle} errors={props.errors}>
      <h1>{m.signIn.passwordTitle}</h1>
      <p class="identity">
        {format(m.signIn.signingInAs, { email: props.email })} · <a href="/login?change=1">{m.signIn.notYou}</a>
      </p>
      <Form ctx={props.ctx} action="/login/password">
        {/* Lets password managers pair the password with its account. */}
        <input type="hidden" name="username" autoComplete="username" value={props.email} />
        <Field
          name="password"
          type="password"
          label={m.fields.password}
          autocomplete="current-password"
          maxLength={1024}
          errors={props.errors}
          autofocus
        />
        <div class="field">
          <label for="method">{m.signIn.methodLabel}</label>
          <select id="method" name="method">
            <option value="PASSWORD" selected>
              {m.signIn.methodPassword}
            </option>
          </select>
        </div>
        <Actions>
          <button type="submit" class="button">
            {m.signIn.signInButton}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/password/forgot">{m.signIn.forgot}</a>
      </p>
    </Layout>
  );
}
