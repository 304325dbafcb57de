import type { EidNewcomer } from '@sesame/core';
import { Actions, Form, PrivacyAcceptedField } from '../components';
import { Layout } from '../layout';
import type { FormErrors, ViewContext } from '../view-context';
import { format } from '../../i18n/format-message';

/**
 * An eID that no account has linked (docs/adr/0047; EU Login's "Sign in with eID", reference
 * eulogin-facts §1.2 and §6): "Create your Sésame account from your eID" with what the eID said
 * and the privacy statement to accept, as registration asks; or, its verified e-mail being an
 * account's, "An account with this e-mail exists: sign in to it to link your eID".
 */
export function EidCreatePage(props: {
  ctx: ViewContext;
  newcomer: EidNewcomer;
  provider: string;
  errors?: FormErrors | undefined;
}) {
  const { m } = props.ctx;
  const t = m.eidNewcomer;
  const privacyError = props.errors?.fields.privacyAccepted;
  const n = props.newcomer;
  return (
    <Layout ctx={props.ctx} title={t.title} errors={props.errors}>
      <h1>{t.title}</h1>
      <p>{format(t.intro, { provider: props.provider })}</p>
      <dl class="summary" data-testid="eid-claims">
        <dt>{t.firstName}</dt>
        <dd>{n.givenName}</dd>
        <dt>{t.lastName}</dt>
        <dd>{n.familyName}</dd>
        <dt>{t.email}</dt>
        <dd>{n.email}</dd>
      </dl>
      <p>{t.noPassword}</p>
      <Form ctx={props.ctx} action="/login/eid/new">
        <PrivacyAcceptedField ctx={props.ctx} error={privacyError} />
        <Actions>
          <button type="submit" class="button">
            {t.create}
          </button>
          <a href="/login" class="button button--secondary">
            {t.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}

/** EU Login's reconciliation, first step: the account of the eID's verified e-mail exists. */
export function EidExistsPage(props: { ctx: ViewContext; email: string }) {
  const t = props.ctx.m.eidNewcomer;
  return (
    <Layout ctx={props.ctx} title={t.existsTitle}>
      <h1>{t.existsTitle}</h1>
      <p>{format(t.existsBody, { email: props.email })}</p>
      <Actions>
        <a href="/login/eid/reconcile" class="button">
          {t.existsAction}
        </a>
        <a href="/login" class="button button--secondary">
          {t.cancel}
        </a>
      </Actions>
    </Layout>
  );
}

/** The reconciliation's confirmation, once the existing account has proved itself. */
export function EidReconcilePage(props: { ctx: ViewContext; email: string; provider: string }) {
  const t = props.ctx.m.eidNewcomer;
  return (
    <Layout ctx={props.ctx} title={t.confirmTitle}>
      <h1>{t.confirmTitle}</h1>
      <p>{format(t.confirmBody, { provider: props.provider, email: props.email })}</p>
      <Form ctx={props.ctx} action="/login/eid/reconcile">
        <Actions>
          <button type="submit" class="button">
            {t.confirmAction}
          </button>
          <a href="/account" class="button button--secondary">
            {t.cancel}
          </a>
        </Actions>
      </Form>
    </Layout>
  );
}
