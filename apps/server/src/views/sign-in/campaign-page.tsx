import type { CampaignStep } from '@sesame/core';
import { format } from '../../i18n/format-message';
import { Actions, Form } from '../components';
import { Layout } from '../layout';
import { sunsetDate } from '../pages/phone-numbers-page';
import type { ViewContext } from '../view-context';

/**
 * The registration campaign's page (issue 14 point 4; docs/adr/0036): why (the instruction's
 * words), by when, and the way to enrol — the Sésame app first, a security key or an
 * authenticator app otherwise. While "Later" is allowed, its form (and how many are left); once
 * required, no "Later": enrolling or signing out are the only ways on.
 */
export function CampaignPage(props: {
  ctx: ViewContext;
  step: Exclude<CampaignStep, { kind: 'none' }>;
  /** The "Later" form's action (it carries the held sign-in's token or the next page). */
  laterAction: string;
  token?: string | undefined;
}) {
  const c = props.ctx.m.campaign;
  const { step } = props;
  const title = step.kind === 'required' ? c.requiredTitle : c.title;
  return (
    <Layout ctx={props.ctx} title={title}>
      <h1>{title}</h1>
      <p>{c.why}</p>
      {step.deadline && (
        <p data-testid="campaign-deadline">
          {format(c.deadline, { date: sunsetDate(props.ctx, step.deadline) }, props.ctx.locale)}
        </p>
      )}
      <p>{step.kind === 'required' ? c.requiredBody : c.body}</p>
      <Actions>
        <a href="/account/devices/new" class="button">
          {c.setUpApp}
        </a>
      </Actions>
      <p>
        {c.otherWays} <a href="/account/security-keys">{c.securityKey}</a>
        {' · '}
        <a href="/account/authenticator-apps">{c.authenticatorApp}</a>
      </p>
      {step.kind === 'nudge' ? (
        <Form ctx={props.ctx} action={props.laterAction}>
          {props.token && <input type="hidden" name="token" value={props.token} />}
          <p class="aside">{format(c.laterLeft, { count: step.snoozesLeft }, props.ctx.locale)}</p>
          <Actions>
            <button type="submit" class="button button--secondary">
              {c.later}
            </button>
          </Actions>
        </Form>
      ) : (
        <Form ctx={props.ctx} action="/logout">
          <p class="aside">{c.requiredHint}</p>
          <Actions>
            <button type="submit" class="button button--secondary">
              {c.signOut}
            </button>
          </Actions>
        </Form>
      )}
    </Layout>
  );
}
