import { intlTag } from '@sesame/protocol';
import type { CredentialSummary } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Field, Form } from '../components';
import { CredentialListPage } from './credential-list-page';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { dateTimeFormat } from '../../i18n/date-time-format';

const LIST = '/account/phone-numbers';

/** The sunset date in the reader's language ("1 July 2026", "1 juillet 2026"). */
export function sunsetDate(ctx: ViewContext, sunset: Date): string {
  return dateTimeFormat(intlTag(ctx.locale), {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(sunset);
}

/** SMS stops on … — add the app now (every page of SMS says it while a date is set). */
function SunsetNotice(props: { ctx: ViewContext; sunset: Date | null }) {
  const p = props.ctx.m.phoneNumbers;
  if (props.sunset === null) return null;
  return (
    <div class="notice" role="note">
      <p>{format(p.sunset, { date: sunsetDate(props.ctx, props.sunset) })}</p>
      <p>
        <a href="/account/devices/new">{p.addDevice}</a>
      </p>
    </div>
  );
}

/**
 * "Manage my mobile phone numbers" (issue 13 point 4; reference/eulogin-facts.md §1.2): the list
 * (number, added, last used) with delete, and "Add a number".
 */
export function PhoneNumbersPage(props: {
  ctx: ViewContext;
  numbers: readonly CredentialSummary[];
  sunset: Date | null;
  notice?: string | undefined;
}) {
  const p = props.ctx.m.phoneNumbers;
  return (
    <CredentialListPage
      ctx={props.ctx}
      // A number is not renamed: no rename link (docs/adr/0030).
      texts={{ ...p, name: p.number, rename: undefined }}
      basePath={LIST}
      testId="phone-numbers"
      rows={props.numbers}
      notice={props.notice}
      banner={<SunsetNotice ctx={props.ctx} sunset={props.sunset} />}
    />
  );
}

/** "Add a number", step 1: the number (E.164, as EU Login asks it). */
export function AddPhoneNumberPage(props: {
  ctx: ViewContext;
  sunset: Date | null;
  phone?: string | undefined;
  errors?: FormErrors | undefined;
}) {
  const p = props.ctx.m.phoneNumbers;
  return (
    <Layout ctx={props.ctx} title={p.addTitle} errors={props.errors}>
      <h1>{p.addTitle}</h1>
      <SunsetNotice ctx={props.ctx} sunset={props.sunset} />
      <Form ctx={props.ctx} action={`${LIST}/new`}>
        <Field
          name="phone"
          type="tel"
          label={p.phoneLabel}
          hint={p.phoneHint}
          value={props.phone}
          autocomplete="tel"
          maxLength={24}
          errors={props.errors}
          autofocus
        />
        <Actions>
          <button type="submit" class="button">
            {p.send}
          </button>
          <a href={LIST} class="button button--secondary">
            {p.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}

/** "Add a number", step 2: the code texted to it, then "Finalise" (EU Login's word). */
export function ConfirmPhoneNumberPage(props: {
  ctx: ViewContext;
  enrolmentId: string;
  phone: string;
  expiresAt: Date;
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const p = m.phoneNumbers;
  const time = dateTimeFormat(intlTag(locale), { timeStyle: 'short' });
  return (
    <Layout ctx={props.ctx} title={p.confirmTitle} errors={props.errors}>
      <h1>{p.confirmTitle}</h1>
      <p>{format(p.confirmIntro, { phone: props.phone, time: time.format(props.expiresAt) })}</p>
      <Form ctx={props.ctx} action={`${LIST}/confirm`}>
        <input type="hidden" name="enrolment" value={props.enrolmentId} />
        <Field
          name="code"
          label={p.codeLabel}
          hint={p.codeHint}
          autocomplete="one-time-code"
          maxLength={20}
          errors={props.errors}
          autofocus
        />
        <Actions>
          <button type="submit" class="button">
            {p.finalise}
          </button>
          <a href={LIST} class="button button--secondary">
            {p.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
