import type { MethodWireName } from '@sesame/core';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * The account's chooser after the password (issue 13 point 6; docs/adr/0031): only the methods
 * the account has and the application accepts, the preferred or last used one first and checked;
 * a recovery code only as the "lost access" way, never a main entry. Shown only once the password
 * was right (sign-in/choose-routes.tsx): it names the account's factors.
 */
export function SignInChoosePage(props: {
  ctx: ViewContext;
  methods: readonly MethodWireName[];
  lostAccess?: MethodWireName | undefined;
  errors?: FormErrors | undefined;
}) {
  const { m } = props.ctx;
  const c = m.signInChoose;
  const labels: Partial<Record<MethodWireName, string>> = {
    PASSWORD_MOBILE_APP: m.signIn.methodAppPin,
    PASSWORD_SOFTWARE_TOKEN: m.signIn.methodAppQr,
    PASSWORD_TOTP: m.signIn.methodTotp,
    PASSWORD_WEBAUTHN: m.signIn.methodWebauthn,
    PASSWORD_RECOVERY_CODE: m.signIn.methodRecoveryCode,
    PASSWORD_SMS: m.signIn.methodSms,
  };
  return (
    <Layout ctx={props.ctx} title={c.title} errors={props.errors}>
      <h1>{c.title}</h1>
      {props.methods.length === 0 ? (
        <p>{c.none}</p>
      ) : (
        <Form ctx={props.ctx} action="/login/choose">
          <fieldset class="field" data-testid="account-chooser">
            <legend>{c.intro}</legend>
            {props.methods.map((method, i) => (
              <div class="field--checkbox" key={method}>
                <input type="radio" id={`method-${method}`} name="method" value={method} checked={i === 0} />
                <label for={`method-${method}`}>{labels[method] ?? method}</label>
              </div>
            ))}
          </fieldset>
          <Actions>
            <button type="submit" class="button">
              {c.submit}
            </button>
          </Actions>
        </Form>
      )}
      {props.lostAccess && (
        <Form ctx={props.ctx} action="/login/choose">
          <input type="hidden" name="method" value={props.lostAccess} />
          <p class="aside">
            <button type="submit" class="link-button">
              {c.lostAccess}
            </button>
          </p>
        </Form>
      )}
      <p class="aside">
        <a href="/login/password">{c.typePassword}</a>
      </p>
    </Layout>
  );
}
