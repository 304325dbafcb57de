import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import { sunsetDate } from '../pages/phone-numbers-page';
import type { ViewContext } from '../view-context';

/**
 * After an SMS sign-in, before the sunset (issue 13 point 4; EU Login's phase-out, reference/
 * eulogin-facts.md §1.3): when SMS stops, why the app is better, "Install the Sésame app now"
 * (the existing "Add a mobile device") and "Later", which goes on to where the user was going.
 */
export function SmsSunsetPage(props: { ctx: ViewContext; sunset: Date; next: string }) {
  const s = props.ctx.m.signInSms;
  return (
    <Layout ctx={props.ctx} title={s.sunsetTitle}>
      <h1>{s.sunsetTitle}</h1>
      <p>{format(s.sunsetBody, { date: sunsetDate(props.ctx, props.sunset) })}</p>
      <Actions>
        <a href="/account/devices/new" class="button">
          {s.sunsetInstall}
        </a>
      </Actions>
      <Form ctx={props.ctx} action={`/login/sms-sunset?next=${encodeURIComponent(props.next)}`}>
        <p class="aside">{s.sunsetLaterHint}</p>
        <Actions>
          <button type="submit" class="button button--secondary">
            {s.sunsetLater}
          </button>
        </Actions>
      </Form>
    </Layout>
  );
}
