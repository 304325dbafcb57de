import { Actions, Field, Form, PrivacyAcceptedField } from '../components';
import { Layout } from '../layout';
import { LanguageOptions } from '../language-chooser';
import type { FormErrors, ViewContext } from '../view-context';

export interface RegisterValues {
  firstName?: string;
  lastName?: string;
  email?: string;
  emailConfirm?: string;
  emailLocale?: string;
}

/** "Create an account" (reference/eulogin-facts.md §4.1). */
export function RegisterPage(props: { ctx: ViewContext; values?: RegisterValues; errors?: FormErrors }) {
  const { m, locale } = props.ctx;
  const v = props.values ?? {};
  const emailLocale = v.emailLocale ?? locale;
  const privacyError = props.errors?.fields.privacyAccepted;
  const localeError = props.errors?.fields.emailLocale;
  return (
    <Layout ctx={props.ctx} title={m.register.title} errors={props.errors}>
      <h1>{m.register.title}</h1>
      <p>{m.register.intro}</p>
      <Form ctx={props.ctx} action="/register">
        <Field
          name="firstName"
          label={m.fields.firstName}
          value={v.firstName}
          autocomplete="given-name"
          maxLength={100}
          errors={props.errors}
          autofocus
        />
        <Field
          name="lastName"
          label={m.fields.lastName}
          value={v.lastName}
          autocomplete="family-name"
          maxLength={100}
          errors={props.errors}
        />
        <Field
          name="email"
          type="email"
          label={m.fields.email}
          value={v.email}
          autocomplete="email"
          maxLength={254}
          errors={props.errors}
        />
        <Field
          name="emailConfirm"
          type="email"
          label={m.fields.emailConfirm}
          value={v.emailConfirm}
          autocomplete="email"
          maxLength={254}
          errors={props.errors}
        />
        <div class={`field${localeError ? ' field--error' : ''}`}>
          <label for="emailLocale">{m.fields.emailLocale}</label>
          <p class="field__hint" id="emailLocale-hint">
            {m.fields.emailLocaleHint}
          </p>
          {localeError && (
            <p class="field__error" id="emailLocale-error">
              {localeError}
            </p>
          )}
          <select
            id="emailLocale"
            name="emailLocale"
            aria-invalid={localeError ? 'true' : undefined}
            aria-describedby={localeError ? 'emailLocale-hint emailLocale-error' : 'emailLocale-hint'}
          >
            <LanguageOptions selected={emailLocale} />
          </select>
        </div>
        <PrivacyAcceptedField ctx={props.ctx} error={privacyError} />
        <Actions>
          <button type="submit" class="button">
            {m.register.submit}
          </button>
        </Actions>
      </Form>
    </Layout>
  );
}
