import { intlTag } from '@sesame/protocol';
import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';

/** The texts and paths of one typed-code method (an authenticator app's code, a recovery code). */
export interface SignInCodeText {
  readonly title: string;
  readonly intro: string;
  readonly label: string;
  readonly hint: string;
  /** Where the code is posted, and where "Start again" asks for a new challenge. */
  readonly action: string;
  readonly renew: string;
  readonly numeric: boolean;
  readonly maxLength: number;
  /** The button that asks for a new challenge, when "Start again" is not the right word ("Send a new code"). */
  readonly renewLabel?: string;
}

/**
 * The code page of a method whose code the user reads elsewhere (issue 13 points 2–3; design §4
 * step 3): an authenticator app's 6 digits, or a recovery code from paper. `autocomplete="off"`
 * for a recovery code (docs/adr/0028 §6: never kept by the browser), `one-time-code` for TOTP.
 */
export function SignInCodePage(props: {
  ctx: ViewContext;
  text: SignInCodeText;
  /** Absent when the challenge has expired. */
  expiresAt?: Date | undefined;
  notice?: string | undefined;
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const c = m.signInCode;
  const t = props.text;
  const time = dateTimeFormat(intlTag(locale), { timeStyle: 'short' });
  return (
    <Layout ctx={props.ctx} title={t.title} errors={props.errors}>
      <h1>{t.title}</h1>
      {props.notice && (
        <div class="notice notice--error" role="alert">
          {props.notice}
        </div>
      )}
      {props.expiresAt && (
        <>
          <p>{t.intro}</p>
          <p>{format(c.expires, { time: time.format(props.expiresAt) })}</p>
          <Form ctx={props.ctx} action={t.action}>
            <Field
              name="code"
              label={t.label}
              hint={t.hint}
              autocomplete={t.numeric ? 'one-time-code' : 'off'}
              {...(t.numeric ? { inputMode: 'numeric' as const } : {})}
              maxLength={t.maxLength}
              errors={props.errors}
              autofocus
            />
            <Actions>
              <button type="submit" class="button">
                {m.signIn.signInButton}
              </button>
            </Actions>
          </Form>
        </>
      )}
      <Form ctx={props.ctx} action={t.renew}>
        <Actions>
          <button type="submit" class={props.expiresAt ? 'button button--secondary' : 'button'}>
            {t.renewLabel ?? c.restart}
          </button>
        </Actions>
      </Form>
      <p class="aside">
        <a href="/login/choose">{m.signInApp.otherMethod}</a>
      </p>
    </Layout>
  );
}
