import { intlTag } from '@sesame/protocol';
import type { AgentCampaign } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form, Notice, TextAreaField } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';

/**
 * One agent in the registration campaign (issue 14 points 3–4; docs/adr/0036): how they sign in,
 * their "Later" count, their exclusion; a reminder, and the exclusion (reason required, audited)
 * or the inclusion again.
 */
export function AdminAgentCampaignPage(props: {
  ctx: ViewContext;
  agent: AgentCampaign;
  notice?: string | undefined;
  errors?: FormErrors | undefined;
}) {
  const { m, locale } = props.ctx;
  const d = m.dashboard;
  const { user, category, agent } = props.agent;
  const name = `${user.firstName} ${user.lastName}`;
  const id = encodeURIComponent(user.id);
  const when = new Intl.DateTimeFormat(intlTag(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const title = format(d.agentTitle, { name }, locale);
  return (
    <Layout ctx={props.ctx} title={`${title} — ${m.admin.title}`} errors={props.errors}>
      <p>
        <a href={`/admin/accounts/${id}`}>{d.back}</a>
      </p>
      <h1>{title}</h1>
      {props.notice && <Notice kind="success">{props.notice}</Notice>}
      <p data-testid="agent-method">{format(d.agentStatus, { method: d[category] }, locale)}</p>
      <p>{format(d.agentSnoozes, { count: agent?.snoozes ?? 0 }, locale)}</p>
      {agent?.exclusion && (
        <p data-testid="agent-excluded">
          {format(d.agentExcluded, { date: when.format(agent.exclusion.at), reason: agent.exclusion.reason }, locale)}
        </p>
      )}
      {(category === 'sms' || category === 'password') && (
        <Form ctx={props.ctx} action={`/admin/accounts/${id}/reminder`}>
          <Actions>
            <button type="submit" class="button">
              {d.agentRemind}
            </button>
          </Actions>
        </Form>
      )}
      {agent?.exclusion ? (
        <Form ctx={props.ctx} action={`/admin/accounts/${id}/campaign-inclusion`}>
          <Actions>
            <button type="submit" class="button button--secondary">
              {d.include}
            </button>
          </Actions>
        </Form>
      ) : (
        <Form ctx={props.ctx} action={`/admin/accounts/${id}/campaign-exclusion`}>
          <TextAreaField
            name="reason"
            label={d.excludeReason}
            hint={d.excludeHint}
            errors={props.errors}
            maxLength={500}
          />
          <Actions>
            <button type="submit" class="button button--secondary">
              {d.exclude}
            </button>
          </Actions>
        </Form>
      )}
    </Layout>
  );
}
