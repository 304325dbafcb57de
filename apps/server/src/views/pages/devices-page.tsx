import { intlTag } from '@sesame/protocol';
import type { AccountRecovery, DeviceSummary } from '@sesame/core';
import { blockEnd } from '../../http/error-map';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { RecoveryCodesOffer } from './recovery-codes-offer';
import { dateTimeFormat } from '../../i18n/date-time-format';

/**
 * "Manage my mobile devices" (design §5; the instruction's annex, step 6): the list and its
 * actions. With Web Push on (`pushEnabled`), an active device that gave no push subscription is
 * marked "Notifications off" and the page says how to turn them on (issue 10, finding 6).
 */
export function DevicesPage(props: {
  ctx: ViewContext;
  devices: DeviceSummary[];
  notice?: string | undefined;
  /** A recovery in progress (issue 10): when a new device may be added. */
  recovery?: AccountRecovery | null;
  now?: Date;
  pushEnabled?: boolean;
  /** The account has a factor and no recovery codes yet (issue 13 point 3). */
  offerRecoveryCodes?: boolean;
}) {
  const { m, locale } = props.ctx;
  const d = m.devices;
  const n = m.deviceEnrolment;
  const silent = props.pushEnabled
    ? props.devices.filter((device) => device.status === 'active' && !device.notifications)
    : [];
  const silentNames = silent.map((device) => format(n.quoted, { name: device.name })).join(', ');
  const when = dateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Layout ctx={props.ctx} title={d.title}>
      <h1>{d.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
      {silent.length > 0 && (
        <p class="notice notice--info" data-testid="notifications-off">
          {format(n.notificationsOffNotice, { names: silentNames })}
        </p>
      )}
      <p>{d.intro}</p>
      {props.recovery && (
        <Notice kind="info">
          {props.recovery.readyAt.getTime() <= (props.now ?? new Date()).getTime()
            ? m.recovery.ready
            : format(m.recovery.pending, { time: when.format(props.recovery.readyAt) })}
        </Notice>
      )}
      {props.recovery && (
        // Cancelling from here needs a session that presented a second factor (ADR 0008).
        <Form ctx={props.ctx} action="/account/recovery/cancel">
          <button type="submit" class="button button--secondary">
            {m.recovery.cancelSubmit}
          </button>
        </Form>
      )}
      {props.devices.length === 0 ? (
        <p>{d.none}</p>
      ) : (
        <table class="table" data-testid="devices">
          <thead>
            <tr>
              <th scope="col">{d.name}</th>
              <th scope="col">{d.added}</th>
              <th scope="col">{d.lastUsed}</th>
              <th scope="col">{d.status}</th>
              <th scope="col">{d.actions}</th>
            </tr>
          </thead>
          <tbody>
            {props.devices.map((device) => (
              <tr key={device.id}>
                <th scope="row">{device.name}</th>
                <td>{when.format(device.createdAt)}</td>
                <td>{device.lastUsedAt ? when.format(device.lastUsedAt) : d.never}</td>
                <td>
                  {device.status === 'blocked'
                    ? format(m.blocking.until, { time: blockEnd(m, device.blockedUntil) })
                    : d.statuses[device.status]}
                  {silent.includes(device) && (
                    <>
                      <br />
                      <small>{n.notificationsOff}</small>
                    </>
                  )}
                </td>
                <td>
                  <ul class="menu">
                    <li>
                      <a
                        href={`/account/devices/${device.id}/rename`}
                        aria-label={format(d.renameOf, { name: device.name })}
                      >
                        {d.rename}
                      </a>
                    </li>
                    <li>
                      <a
                        href={`/account/devices/${device.id}/delete`}
                        aria-label={format(d.deleteOf, { name: device.name })}
                      >
                        {d.delete}
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Actions>
        <a href="/account/devices/new" class="button">
          {d.add}
        </a>
        <a href="/account" class="button button--secondary">
          {m.account.title}
        </a>
      </Actions>
      {props.devices.length > 0 && (
        <section aria-labelledby="panic">
          <h2 id="panic">{d.panicTitle}</h2>
          <p>{d.panicHint}</p>
          <a href="/account/devices/panic" class="button button--secondary">
            {d.panic}
          </a>
        </section>
      )}
      <p class="aside">
        <a href="/account/recovery">{m.recovery.link}</a>
      </p>
    </Layout>
  );
}
