import { intlTag, languageOf } from '@sesame/protocol';
import type { StoredAuditEvent, UserRecord } from '@sesame/core';
import { format } from '../../i18n/format-message';
import type { AppOffer } from '../../http/app-offer';
import { Actions, Notice } from '../components';
import { GetApp, GetAppCompact } from '../get-app';
import { AuditEventWhat } from '../audit-event';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';
import { RecoveryCodesOffer } from './recovery-codes-offer';
import { dateTimeFormat } from '../../i18n/date-time-format';

/** "My account": the stable identifier, details, security actions and recent security events. */
export function AccountPage(props: {
  ctx: ViewContext;
  user: UserRecord;
  events: StoredAuditEvent[];
  notice?: string | undefined;
  /** How to get the Sésame app; in full while the user has no device yet (issue 11, point 1). */
  app?: { offer: AppOffer; hasDevice: boolean } | undefined;
  /** The account has a factor and no recovery codes yet (issue 13 point 3). */
  offerRecoveryCodes?: boolean;
  /** The deployment texts codes: "Manage my mobile phone numbers" (issue 13 point 4). */
  phoneNumbers?: boolean;
  /** "Manage my eIDs" (docs/adr/0042): eID providers are configured. */
  eids?: boolean;
  /** The account holds an administrative role: the link to the console (issue 14). */
  administers?: boolean;
}) {
  const { m, locale } = props.ctx;
  const u = props.user;
  const when = dateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <Layout ctx={props.ctx} title={m.account.title}>
      <h1>{m.account.title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p>{format(m.account.welcome, { firstName: u.firstName })}</p>
      {props.offerRecoveryCodes && <RecoveryCodesOffer ctx={props.ctx} />}
      {props.app &&
        (props.app.hasDevice ? (
          <GetAppCompact ctx={props.ctx} offer={props.app.offer} />
        ) : (
          <GetApp ctx={props.ctx} offer={props.app.offer} />
        ))}
      {props.app && (
        // Issue 11, point 2: "Add a mobile device" straight from here (the annex's way through
        // "Manage my mobile devices" stays, below), the page's main action until a device exists.
        <Actions>
          <a
            href="/account/devices/new"
            class={props.app.hasDevice ? 'button button--secondary' : 'button'}
            data-testid="add-device"
          >
            {m.devices.add}
          </a>
        </Actions>
      )}
      <section aria-labelledby="details">
        <h2 id="details">{m.account.details}</h2>
        <dl class="details">
          <dt>{m.account.userId}</dt>
          <dd>
            <code data-testid="user-id">{u.id}</code>
          </dd>
          <dt>{m.account.name}</dt>
          <dd>{`${u.firstName} ${u.lastName}`}</dd>
          <dt>{m.account.email}</dt>
          <dd>{u.email}</dd>
          {/* docs/adr/0055: one language, the pages' once signed in and the mails'; the chooser changes it. */}
          <dt>{m.meta.language}</dt>
          <dd>
            <span lang={u.emailLocale}>{languageOf(u.emailLocale).endonym}</span>
            <p class="field__hint">{m.account.languageHint}</p>
          </dd>
          {u.organisation && (
            <>
              <dt>{m.account.organisation}</dt>
              <dd>{u.organisation}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="security">
        <h2 id="security">{m.account.security}</h2>
        <ul class="menu">
          <li>
            <a href="/account/password">{m.account.changePassword}</a>
          </li>
          <li>
            <a href="/account/email">{m.account.changeEmail}</a>
          </li>
          <li>
            <a href="/account/devices">{m.devices.title}</a>
          </li>
          <li>
            <a href="/account/authenticator-apps">{m.authenticatorApps.title}</a>
          </li>
          {props.phoneNumbers && (
            <li>
              <a href="/account/phone-numbers">{m.phoneNumbers.title}</a>
            </li>
          )}
          <li>
            <a href="/account/security-keys">{m.securityKeys.title}</a>
          </li>
          {props.eids && (
            <li>
              <a href="/account/eids">{m.eids.title}</a>
            </li>
          )}
          <li>
            <a href="/account/recovery-codes">{m.recoveryCodes.title}</a>
          </li>
          {props.administers && (
            <li>
              <a href="/admin">{m.admin.link}</a>
            </li>
          )}
          <li>
            <a href="/account/options">{m.accountOptions.link}</a>
          </li>
          <li>
            <a href="/help/app">{m.getApp.helpLink}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="events">
        <h2 id="events">{m.account.recentEvents}</h2>
        {props.events.length === 0 ? (
          <p>{m.account.noEvents}</p>
        ) : (
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{m.account.eventWhen}</th>
                <th scope="col">{m.account.eventWhat}</th>
                <th scope="col">{m.account.eventFrom}</th>
              </tr>
            </thead>
            <tbody>
              {props.events.map((event) => (
                <tr key={event.seq}>
                  <td>{when.format(event.at)}</td>
                  <td>
                    <AuditEventWhat m={m} event={event} />
                  </td>
                  <td>{event.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}
