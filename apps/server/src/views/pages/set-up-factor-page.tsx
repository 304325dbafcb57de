import { format } from '../../i18n/format-message';
import { Actions } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * Where a sign-in with a recovery code ends (docs/adr/0028 §6; SEC-29): why the user is here (a
 * code used up, N left) and the ways to set up a new factor, then to delete the lost devices.
 */
export function SetUpFactorPage(props: { ctx: ViewContext; remaining: number }) {
  const { m, locale } = props.ctx;
  const s = m.setUpFactor;
  return (
    <Layout ctx={props.ctx} title={s.title}>
      <h1>{s.title}</h1>
      <p class="notice notice--info" role="status" data-testid="set-up-factor-why">
        {format(s.why, { count: props.remaining }, locale)}
      </p>
      <p>{s.next}</p>
      <Actions>
        <a href="/account/devices/new" class="button">
          {s.addDevice}
        </a>
        <a href="/account/authenticator-apps/new" class="button button--secondary">
          {s.addTotp}
        </a>
      </Actions>
      <ul class="menu">
        <li>
          <a href="/account/devices">{s.devices}</a>
        </li>
        <li>
          <a href="/account/recovery-codes">{s.recoveryCodes}</a>
        </li>
        <li>
          <a href="/account">{s.later}</a>
        </li>
      </ul>
    </Layout>
  );
}
