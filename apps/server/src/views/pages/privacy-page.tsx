import { format } from '../../i18n/format-message';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** The periods the page states: the same configuration values the purge applies (issue 11). */
export interface PrivacyFacts {
  signInEventsDays: number;
  auditDays: number;
  /** Life of a pending registration: the e-mail link's. */
  registrationMinutes: number;
  /** Life of an authenticator-app enrolment never confirmed (docs/adr/0051). */
  pendingCredentialHours: number;
  /** Set only when mails go to the development outbox instead of SMTP. */
  mailOutboxDays?: number | undefined;
}

export function PrivacyPage(props: { ctx: ViewContext; facts: PrivacyFacts }) {
  const { m } = props.ctx;
  const p = m.privacy;
  const { facts } = props;
  const { privacy, name } = props.ctx.brand;
  const o = m.organisation;
  return (
    <Layout ctx={props.ctx} title={p.title}>
      <h1>{p.title}</h1>
      {/* The operator's own statement, when it publishes one (docs/adr/0020). */}
      {privacy.url && (
        <p data-testid="privacy-external">
          {format(o.privacyExternal, { name: name[props.ctx.locale] })} <a href={privacy.url}>{privacy.url}</a>
        </p>
      )}
      {p.body.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <h2>{p.retentionTitle}</h2>
      <ul>
        <li>{p.retentionAccount}</li>
        <li data-testid="retention-sign-ins">
          {format(p.retentionSignIns, { days: facts.signInEventsDays }, props.ctx.locale)}
        </li>
        <li data-testid="retention-audit">{format(p.retentionAudit, { days: facts.auditDays }, props.ctx.locale)}</li>
        <li data-testid="retention-registrations">
          {format(p.retentionRegistrations, { minutes: facts.registrationMinutes }, props.ctx.locale)}
        </li>
        <li data-testid="retention-pending-credentials">
          {format(p.retentionPendingCredentials, { hours: facts.pendingCredentialHours }, props.ctx.locale)}
        </li>
        {facts.mailOutboxDays !== undefined && (
          <li data-testid="retention-outbox">
            {format(p.retentionOutbox, { days: facts.mailOutboxDays }, props.ctx.locale)}
          </li>
        )}
      </ul>
      <p>{p.retentionPurge}</p>
      {privacy.paragraphs && (
        <section aria-labelledby="privacy-operator" data-testid="privacy-operator">
          <h2 id="privacy-operator">{o.privacyOperatorTitle}</h2>
          {privacy.paragraphs[props.ctx.locale].map((paragraph) => (
            <p>{paragraph}</p>
          ))}
        </section>
      )}
      <p>
        <a href="/register">{p.back}</a>
      </p>
    </Layout>
  );
}
