import { intlTag } from '@sesame/protocol';
import { METHOD_CATEGORIES, type CampaignSettings, type MigrationDashboard, type Organisation } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { sunsetDate } from './phone-numbers-page';
import { ProgressChart } from './progress-chart';

/**
 * The migration dashboard of an organisation and its subtree (issue 14 point 3; docs/adr/0036):
 * agents by method, SMS holdouts, days left, phones to buy, the progress chart with its table,
 * the organisations below (each a link down), the CSV export, the reminders and the
 * registration campaign's settings. Every figure is core's (migrationDashboard).
 */
export function AdminDashboardPage(props: {
  ctx: ViewContext;
  dashboard: MigrationDashboard;
  /** The organisations the person may open a dashboard of (their scopes). */
  scopes: readonly Organisation[];
  campaign: CampaignSettings & { readonly setOn: string | null };
  reminderEveryDays: number;
  notice?: string | undefined;
  errors?: FormErrors | undefined;
  /** The campaign form as typed, when it is shown again with its errors. */
  typed?: { snoozes: string; snoozeDays: string; deadline: string; enabled: boolean } | undefined;
}) {
  const { m, locale } = props.ctx;
  const d = m.dashboard;
  const { dashboard } = props;
  const o = dashboard.organisation;
  const f = dashboard.figures;
  const number = new Intl.NumberFormat(intlTag(locale));
  const percent = (p: number) => format(d.percent, { percent: number.format(Math.round(p * 1000) / 10) }, locale);
  const org = encodeURIComponent(o.id);
  const errors = props.errors?.fields ?? {};
  const typed = props.typed ?? {
    enabled: props.campaign.enabled,
    snoozes: String(props.campaign.snoozes),
    snoozeDays: String(props.campaign.snoozeDays),
    deadline: props.campaign.deadline?.toISOString().slice(0, 10) ?? '',
  };
  const heading = format(d.heading, { organisation: o.name }, locale);
  // Where the campaign was saved: this organisation or one above it (its ancestry has the name).
  const setOn = props.campaign.setOn;
  const setOnName = setOn === null ? 'none' : (dashboard.ancestry.find((a) => a.id === setOn)?.name ?? setOn);
  return (
    <Layout ctx={props.ctx} title={`${heading} — ${m.admin.title}`} errors={props.errors}>
      <p>
        <a href="/admin">{m.admin.title}</a>
        {dashboard.ancestry.slice(0, -1).map((a) => (
          <span key={a.id}>
            {' › '}
            <a href={`/admin/dashboard?org=${encodeURIComponent(a.id)}`}>{a.name}</a>
          </span>
        ))}
      </p>
      <h1>{heading}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p>{format(d.intro, { organisation: o.name }, locale)}</p>
      {props.scopes.length > 1 && (
        <p>
          {d.organisations}{' '}
          {props.scopes.map((s, i) => (
            <span key={s.id}>
              {i > 0 && ', '}
              <a href={`/admin/dashboard?org=${encodeURIComponent(s.id)}`}>{s.name}</a>
            </span>
          ))}
        </p>
      )}
      <dl class="summary" data-testid="dashboard-figures">
        <dt>{d.total}</dt>
        <dd>{number.format(f.total)}</dd>
        <dt>{d.equipped}</dt>
        <dd>
          {number.format(f.equipped)} ({percent(f.progress)})
        </dd>
        <dt>{d.smsHoldouts}</dt>
        <dd>{number.format(f.smsHoldouts)}</dd>
        <dt>{d.phonesToBuy}</dt>
        <dd>
          <span data-testid="phones-to-buy">{number.format(f.phonesToBuy)}</span>
          <br />
          <span class="aside">{d.phonesHint}</span>
        </dd>
      </dl>
      <p data-testid="sunset">
        {dashboard.sunset === null || dashboard.daysLeft === null
          ? d.noSunset
          : format(d.sunset, { days: dashboard.daysLeft, date: sunsetDate(props.ctx, dashboard.sunset) }, locale)}
      </p>
      <p>
        <a href={`/admin/dashboard.csv?org=${org}`} download={`sesame-dashboard-${o.id}.csv`}>
          {d.csv}
        </a>
      </p>

      <section aria-labelledby="by-method">
        <h2 id="by-method">{d.byMethodTitle}</h2>
        <table class="table" data-testid="by-method" aria-labelledby="by-method">
          <thead>
            <tr>
              <th scope="col">{d.colMethod}</th>
              <th scope="col">{d.colAgents}</th>
            </tr>
          </thead>
          <tbody>
            {METHOD_CATEGORIES.map((c) => (
              <tr key={c}>
                <th scope="row">{d[c]}</th>
                <td>{number.format(f.byMethod[c])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="chart">
        <h2 id="chart">{d.chartTitle}</h2>
        <ProgressChart ctx={props.ctx} series={dashboard.series} />
      </section>

      <section aria-labelledby="children">
        <h2 id="children">{d.childrenTitle}</h2>
        {dashboard.children.length === 0 ? (
          <p>{d.noChildren}</p>
        ) : (
          <table class="table" data-testid="children" aria-labelledby="children">
            <thead>
              <tr>
                <th scope="col">{d.colOrganisation}</th>
                <th scope="col">{d.total}</th>
                <th scope="col">{d.equipped}</th>
                <th scope="col">{d.smsHoldouts}</th>
                <th scope="col">{d.phonesToBuy}</th>
              </tr>
            </thead>
            <tbody>
              {dashboard.children.map((c) => (
                <tr key={c.organisation.id}>
                  <th scope="row">
                    <a href={`/admin/dashboard?org=${encodeURIComponent(c.organisation.id)}`}>{c.organisation.name}</a>
                  </th>
                  <td>{number.format(c.figures.total)}</td>
                  {/* No agents: no share to give (a "0 %" read as nobody equipped). */}
                  <td>{c.figures.total === 0 ? d.noAgents : percent(c.figures.progress)}</td>
                  <td>{number.format(c.figures.smsHoldouts)}</td>
                  <td>{number.format(c.figures.phonesToBuy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="reminders">
        <h2 id="reminders">{d.remindersTitle}</h2>
        <Form ctx={props.ctx} action={`/admin/dashboard/reminders?org=${org}`}>
          <p class="field__hint" id="reminders-hint">
            {format(d.remindersBody, { organisation: o.name, days: props.reminderEveryDays }, locale)}
          </p>
          <Actions>
            <button type="submit" class="button" aria-describedby="reminders-hint">
              {d.remindersSend}
            </button>
          </Actions>
        </Form>
      </section>

      <section aria-labelledby="campaign">
        <h2 id="campaign">{d.campaignTitle}</h2>
        <p>{format(d.campaignIntro, { organisation: o.name }, locale)}</p>
        <p>{format(d.campaignFrom, { from: setOnName }, locale)}</p>
        <Form ctx={props.ctx} action={`/admin/dashboard/campaign?org=${org}`}>
          <div class="field field--checkbox">
            <input type="checkbox" id="enabled" name="enabled" value="on" checked={typed.enabled} />
            <label for="enabled">{d.campaignEnabled}</label>
          </div>
          <NumberField name="snoozes" label={d.campaignSnoozes} value={typed.snoozes} error={errors.snoozes} />
          <NumberField
            name="snoozeDays"
            label={d.campaignSnoozeDays}
            value={typed.snoozeDays}
            error={errors.snoozeDays}
          />
          <div class={`field${errors.deadline ? ' field--error' : ''}`}>
            <label for="deadline">{d.campaignDeadline}</label>
            <p class="field__hint" id="deadline-hint">
              {d.campaignDeadlineHint}
            </p>
            {errors.deadline && (
              <p class="field__error" id="deadline-error">
                {errors.deadline}
              </p>
            )}
            <input
              type="date"
              id="deadline"
              name="deadline"
              value={typed.deadline}
              aria-invalid={errors.deadline ? 'true' : undefined}
              aria-describedby={errors.deadline ? 'deadline-hint deadline-error' : 'deadline-hint'}
            />
          </div>
          <Actions>
            <button type="submit" class="button">
              {d.campaignSave}
            </button>
          </Actions>
        </Form>
      </section>
    </Layout>
  );
}

function NumberField(props: { name: string; label: string; value: string; error?: string | undefined }) {
  return (
    <div class={`field${props.error ? ' field--error' : ''}`}>
      <label for={props.name}>{props.label}</label>
      {props.error && (
        <p class="field__error" id={`${props.name}-error`}>
          {props.error}
        </p>
      )}
      <input
        type="number"
        inputMode="numeric"
        min="0"
        id={props.name}
        name={props.name}
        value={props.value}
        required
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.name}-error` : undefined}
      />
    </div>
  );
}
