import type { ComponentChildren } from 'preact';
import type { FormErrors, ViewContext } from './view-context';

export function Form(props: { ctx: ViewContext; action: string; children: ComponentChildren; novalidate?: boolean }) {
  return (
    <form method="post" action={props.action} class="form" noValidate={props.novalidate ?? true}>
      <input type="hidden" name="_csrf" value={props.ctx.csrf} />
      {props.children}
    </form>
  );
}

interface FieldProps {
  name: string;
  label: string;
  errors?: FormErrors | undefined;
  hint?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'tel';
  value?: string | undefined;
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  autofocus?: boolean;
  /** e.g. `numeric` for a PIN: the phone shows a keypad. */
  inputMode?: 'numeric';
}

/** The ARIA attributes that tie a control to its hint and error (WCAG 1.3.1, 3.3.1). */
interface FieldAria {
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

/**
 * A form field's frame: the label, the hint and the error, then the control, tied together by
 * aria-describedby (WCAG 1.3.1, 3.3.1). Every field kind (input, textarea, select) renders in it.
 */
export function FieldFrame(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: FormErrors | undefined;
  control: (aria: FieldAria) => ComponentChildren;
}) {
  const error = props.errors?.fields[props.name];
  const described = [props.hint && `${props.name}-hint`, error && `${props.name}-error`].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={props.name}>{props.label}</label>
      {props.hint && (
        <p class="field__hint" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${props.name}-error`}>
          {error}
        </p>
      )}
      {props.control({ 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described || undefined })}
    </div>
  );
}

/** A labelled input with its hint and error. */
export function Field(props: FieldProps) {
  const isPassword = props.type === 'password';
  return (
    <FieldFrame
      name={props.name}
      label={props.label}
      hint={props.hint}
      errors={props.errors}
      control={(aria) => (
        <input
          id={props.name}
          name={props.name}
          type={props.type ?? 'text'}
          value={isPassword ? undefined : props.value}
          autoComplete={props.autocomplete}
          required={props.required ?? true}
          maxLength={props.maxLength}
          inputMode={props.inputMode}
          autoFocus={props.autofocus}
          {...aria}
          spellcheck={isPassword || props.type === 'email' ? false : undefined}
          data-password-toggle={isPassword ? '' : undefined}
        />
      )}
    />
  );
}

export function Notice(props: { kind?: 'success' | 'info'; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${props.kind ?? 'info'}`} role="status">
      {props.children}
    </div>
  );
}

export function Actions(props: { children: ComponentChildren }) {
  return <div class="actions">{props.children}</div>;
}

/**
 * A labelled text area (a free-text reason, say) with its hint and error tied by aria-describedby,
 * like `Field` (WCAG 1.3.1, 3.3.1).
 */
export function TextAreaField(props: {
  name: string;
  label: string;
  hint: string;
  errors?: FormErrors | undefined;
  rows?: number;
  maxLength?: number;
}) {
  return (
    <FieldFrame
      name={props.name}
      label={props.label}
      hint={props.hint}
      errors={props.errors}
      control={(aria) => (
        <textarea
          id={props.name}
          name={props.name}
          rows={props.rows ?? 3}
          maxLength={props.maxLength}
          required
          {...aria}
        />
      )}
    />
  );
}

/** A labelled select with its hint and error; the options are its children. */
export function SelectField(props: {
  name: string;
  label: string;
  hint?: string | undefined;
  errors?: FormErrors | undefined;
  children: ComponentChildren;
}) {
  return (
    <FieldFrame
      name={props.name}
      label={props.label}
      hint={props.hint}
      errors={props.errors}
      control={(aria) => (
        <select id={props.name} name={props.name} {...aria}>
          {props.children}
        </select>
      )}
    />
  );
}

/**
 * "I have read and I accept the privacy statement", with its link and its error: what every form
 * that creates an account asks (registration, an account made from an eID; docs/adr/0047).
 */
export function PrivacyAcceptedField(props: { ctx: ViewContext; error?: string | undefined }) {
  const { m } = props.ctx;
  return (
    <div class={`field field--checkbox${props.error ? ' field--error' : ''}`}>
      {props.error && (
        <p class="field__error" id="privacyAccepted-error">
          {props.error}
        </p>
      )}
      <input
        type="checkbox"
        id="privacyAccepted"
        name="privacyAccepted"
        value="yes"
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? 'privacyAccepted-error' : undefined}
      />
      <label for="privacyAccepted">{m.fields.privacyAccepted}</label> <a href="/privacy">{m.register.privacyLink}</a>
    </div>
  );
}
