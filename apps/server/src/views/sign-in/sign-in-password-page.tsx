import { format } from '../../i18n/format-message';
import type { MethodWireName } from '@sesame/core';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * Sign-in, step 2 (annex step 12): password and "Choose your verification method": every method
 * of the deployment, the one last used pre-selected when it is enough (core sign-in policy,
 * docs/adr/0007). "On mobile" is rendered hidden: `sign-in-mobile.js` reveals it only where the
 * Sésame app of this browser has an active account (its same-origin marker), so without
 * JavaScript or on a computer the page is unchanged.
 */
/** A method of the chooser, by wire name (the form's value). */
type SignInMethod = Exclude<MethodWireName, 'MOBILE_APP' | 'EIDAS'>;

export function SignInPasswordPage(props: {
  ctx: ViewContext;
  email: string;
  methods: SignInMethod[];
  selected: SignInMethod;
  /**
   * The pre-selection is a method the user asked for (the level page's "Confirm by SMS" links
   * here with it; its code and key buttons go to the step-up, docs/adr/0054): no `preselected` field, so it is kept as a choice and
   * never gives way to the preferred method or the chooser (docs/adr/0034 §3).
   */
  asked?: boolean;
  /** False when the application asks for more than a password: the chooser says so. */
  passwordIsEnough: boolean;
  /** False when MOBILE_APP is not enough for the application: "On mobile" is not offered. */
  onMobile?: boolean;
  errors?: FormErrors;
}) {
  const { m } = props.ctx;
  const labels: Record<SignInMethod, string> = {
    PASSWORD: m.signIn.methodPassword,
    PASSWORD_MOBILE_APP: m.signIn.methodAppPin,
    PASSWORD_SOFTWARE_TOKEN: m.signIn.methodAppQr,
    PASSWORD_TOTP: m.signIn.methodTotp,
    PASSWORD_RECOVERY_CODE: m.signIn.methodRecoveryCode,
    PASSWORD_WEBAUTHN: m.signIn.methodWebauthn,
    PASSWORD_SMS: m.signIn.methodSms,
  };
  return (
    <Layout ctx={props.ctx} title={m.signIn.passwordTitle} errors={props.errors}>
      <h1>{m.signIn.passwordTitle}</h1>
      <p class="identity">
        {format(m.signIn.signingInAs, { email: props.email })} · <a href="/login?change=1">{m.signIn.notYou}</a>
      </p>
      {props.onMobile && (
        <div hidden data-on-mobile>
          <p id="on-mobile-intro">{m.signIn.onMobileIntro}</p>
          <Form ctx={props.ctx} action="/login/mobile">
            <Actions>
              <button type="submit" class="button" aria-describedby="on-mobile-intro">
                {m.signIn.methodOnMobile}
              </button>
            </Actions>
          </Form>
        </div>
      )}
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
          {!props.passwordIsEnough && (
            <p class="field__hint" id="method-hint">
              {m.signIn.methodHint}
            </p>
          )}
          <select id="method" name="method" aria-describedby={props.passwordIsEnough ? undefined : 'method-hint'}>
            {props.methods.map((method) => (
              <option key={method} value={method} selected={method === props.selected}>
                {labels[method]}
              </option>
            ))}
          </select>
          {/* The page's guess (this browser's last method): left as it is, the account's preferred method may open instead (docs/adr/0032 §3). */}
          {!props.asked && <input type="hidden" name="preselected" value={props.selected} />}
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
      {props.onMobile && <script src="/static/sign-in-mobile.js" nonce={props.ctx.nonce} defer />}
    </Layout>
  );
}
