import { intlTag } from '@sesame/protocol';
import type { AccountOverview, GrantOption } from '@sesame/core';
import type { ComponentChildren } from 'preact';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice, TextAreaField } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { AdminRolesSection } from './admin-roles-section';

/**
 * An account in the admin console (issue 14 point 2): organisation, roles, methods and devices,
 * last sign-ins, lock state and the unlock (core accountOverview, unlockAccount). Shows kinds,
 * names and dates, never a secret.
 */
export function AdminAccountPage(props: {
  ctx: ViewContext;
  overview: AccountOverview;
  lockMinutes: number;
  linkTtlMinutes: number;
  /** The clock's instant: whether the recovery's waiting period is still running. */
  now: Date;
  /** Whether the actor may end a recovery's waiting period here (docs/adr/0041 §4). */
  mayExpedite: boolean;
  /** The roles the actor may give or take back here (docs/adr/0038). */
  grantable: readonly GrantOption[];
  /** Whether the actor reads the audit (a link to this account's). */
  mayAudit: boolean;
  notice?: string | undefined;
  errors?: FormErrors | undefined;
  /** The person manages the registration campaign somewhere: the agent's campaign page is linked (docs/adr/0036). */
  campaign?: boolean;
  /** The managers' section: state, invitation, deactivation, organisation, erasure (docs/adr/0035). */
  lifecycle?: ComponentChildren;
}) {
  const { m, locale } = props.ctx;
  const a = m.admin;
  const o = props.overview;
  const when = new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const date = (d: Date | null) => (d ? when.format(d) : a.never);
  const name = `${o.user.firstName} ${o.user.lastName}`;
  const names = new Map(o.ancestry.map((org) => [org.id, org.name]));
  const methods = [
    ...o.devices.map((d) => ({
      key: `device-${d.id}`,
      kind: a.kinds.device,
      name: d.name,
      status: a.statuses[d.status],
      added: d.createdAt,
      lastUsed: d.lastUsedAt,
    })),
    ...o.credentials.map((c) => ({
      key: `credential-${c.id}`,
      kind: a.kinds[c.kind],
      name: c.name,
      // A recovery code is spent once used (counter 1, docs/adr/0028).
      status: c.kind === 'recovery-code' && c.counter !== 0 ? a.statuses.used : a.statuses[c.status],
      added: c.createdAt,
      lastUsed: c.lastUsedAt,
    })),
  ];
  return (
    <Layout ctx={props.ctx} title={`${format(a.accountTitle, { name }, locale)} — ${a.title}`} errors={props.errors}>
      <p>
        <a href="/admin">{a.back}</a>
      </p>
      <h1>{format(a.accountTitle, { name }, locale)}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      {props.campaign && (
        <p>
          <a href={`/admin/accounts/${encodeURIComponent(o.user.id)}/campaign`}>{m.dashboard.agentLink}</a>
        </p>
      )}
      <section aria-labelledby="identity">
        <h2 id="identity">{a.identity}</h2>
        <dl class="summary">
          <dt>{a.colEmail}</dt>
          <dd>{o.user.email}</dd>
          <dt>{a.colId}</dt>
          <dd>
            <code>{o.user.id}</code>
          </dd>
          <dt>{a.organisation}</dt>
          <dd data-testid="admin-organisation">{o.ancestry.map((org) => org.name).join(' › ')}</dd>
          <dt>{a.roles}</dt>
          <dd>
            {o.grants.length === 0
              ? a.noRoles
              : o.grants
                  .map((g) =>
                    format(
                      a.roleOver,
                      { role: a.roleNames[g.role], organisation: names.get(g.scopeId) ?? g.scopeId },
                      locale,
                    ),
                  )
                  .join(' · ')}
          </dd>
        </dl>
        {props.mayAudit && (
          <p>
            <a href={`/admin/audit?account=${encodeURIComponent(o.user.id)}`}>{m.adminGovernance.accountAudit}</a>
          </p>
        )}
      </section>
      <AdminRolesSection
        ctx={props.ctx}
        userId={o.user.id}
        grants={o.grants}
        options={props.grantable}
        names={new Map([...names, ...props.grantable.flatMap((g) => g.scopes.map((s) => [s.id, s.name] as const))])}
      />
      {props.lifecycle}
      <section aria-labelledby="methods">
        <h2 id="methods">{a.methods}</h2>
        {methods.length === 0 ? (
          <p>{a.noMethods}</p>
        ) : (
          <table class="table" data-testid="admin-methods" aria-labelledby="methods">
            <thead>
              <tr>
                <th scope="col">{a.colMethod}</th>
                <th scope="col">{a.colName}</th>
                <th scope="col">{a.colStatus}</th>
                <th scope="col">{a.colAdded}</th>
                <th scope="col">{a.colLastUsed}</th>
              </tr>
            </thead>
            <tbody>
              {methods.map((row) => (
                <tr key={row.key}>
                  <td>{row.kind}</td>
                  <td>{row.name}</td>
                  <td>{row.status}</td>
                  <td>{date(row.added)}</td>
                  <td>{date(row.lastUsed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="sign-ins">
        <h2 id="sign-ins">{a.signIns}</h2>
        {o.signIns.length === 0 ? (
          <p>{a.noSignIns}</p>
        ) : (
          <table class="table" data-testid="admin-sign-ins" aria-labelledby="sign-ins">
            <thead>
              <tr>
                <th scope="col">{a.colWhen}</th>
                <th scope="col">{a.colWhat}</th>
                <th scope="col">{a.colFrom}</th>
              </tr>
            </thead>
            <tbody>
              {o.signIns.map((event) => (
                <tr key={event.seq}>
                  <td>{when.format(event.at)}</td>
                  <td>{m.events[event.type]}</td>
                  <td>{event.ip ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="lock">
        <h2 id="lock">{a.lock}</h2>
        <p data-testid="admin-lock">
          {o.lock.lockedEverywhere
            ? a.lockedEverywhere
            : o.lock.lockedAt
              ? format(a.lockedFromNetwork, { time: when.format(o.lock.lockedAt) }, locale)
              : a.notLocked}
        </p>
        <p>{format(a.failures, { count: o.lock.failures, minutes: props.lockMinutes }, locale)}</p>
        <Form ctx={props.ctx} action={`/admin/accounts/${encodeURIComponent(o.user.id)}/unlock`}>
          <p class="field__hint" id="unlock-hint">
            {a.unlockHint}
          </p>
          <Actions>
            <button type="submit" class="button" aria-describedby="unlock-hint">
              {a.unlock}
            </button>
          </Actions>
        </Form>
      </section>
      <section aria-labelledby="factor">
        <h2 id="factor">{a.factorTitle}</h2>
        {/* Nothing to remove: no form that would only mail the owner about nothing. */}
        {methods.length === 0 ? (
          <p>{a.noMethods}</p>
        ) : (
          <>
            <p>{a.factorIntro}</p>
            <Form ctx={props.ctx} action={`/admin/accounts/${encodeURIComponent(o.user.id)}/second-factor-reset`}>
              <TextAreaField name="reason" label={a.reason} hint={a.reasonHint} errors={props.errors} maxLength={500} />
              <Actions>
                <button type="submit" class="button">
                  {a.resetFactor}
                </button>
              </Actions>
            </Form>
          </>
        )}
      </section>
      {/* A recovery the owner started (docs/adr/0008), still waiting: the helpdesk may end the wait (docs/adr/0041 §4). */}
      {o.user.recovery !== null && o.user.recovery.readyAt > props.now && props.mayExpedite && (
        <section aria-labelledby="recovery">
          <h2 id="recovery">{a.recoveryTitle}</h2>
          <p data-testid="admin-recovery">
            {format(
              a.recoveryWaiting,
              { started: when.format(o.user.recovery.startedAt), ready: when.format(o.user.recovery.readyAt) },
              locale,
            )}
          </p>
          <p>{a.recoveryIntro}</p>
          <Form ctx={props.ctx} action={`/admin/accounts/${encodeURIComponent(o.user.id)}/recovery-expedite`}>
            {/* Names the recovery shown: a stale or replayed form does nothing to a later one. */}
            <input type="hidden" name="recovery" value={String(o.user.recovery.startedAt.getTime())} />
            <TextAreaField
              name="checkReason"
              label={a.recoveryReason}
              hint={a.recoveryReasonHint}
              errors={props.errors}
              maxLength={500}
            />
            <Actions>
              <button type="submit" class="button">
                {a.recoveryExpedite}
              </button>
            </Actions>
          </Form>
        </section>
      )}
      <section aria-labelledby="password">
        <h2 id="password">{a.passwordTitle}</h2>
        <Form ctx={props.ctx} action={`/admin/accounts/${encodeURIComponent(o.user.id)}/password-reset`}>
          <p class="field__hint" id="reset-hint">
            {format(a.sendResetHint, { minutes: props.linkTtlMinutes }, locale)}
          </p>
          <Actions>
            <button type="submit" class="button button--secondary" aria-describedby="reset-hint">
              {a.sendReset}
            </button>
          </Actions>
        </Form>
      </section>
    </Layout>
  );
}
