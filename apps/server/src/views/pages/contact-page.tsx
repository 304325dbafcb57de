import { hasSupportContact } from '../../branding/branding';
import { format } from '../../i18n/format-message';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * /contact (issue 11, point 5): the support the operator configured; when there is none, whom to
 * ask instead — the local manager — and the help, so that nobody is left without a next step.
 */
export function ContactPage(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const o = ctx.m.organisation;
  const { brand, locale } = ctx;
  const name = brand.name[locale];
  const { email, phone, url, hours } = brand.support;
  return (
    <Layout ctx={ctx} title={o.contactTitle}>
      <h1>{o.contactTitle}</h1>
      {hasSupportContact(brand) ? (
        <>
          <p>{format(o.contactIntro, { name })}</p>
          <dl class="contact-list" data-testid="support-contact">
            {email && (
              <>
                <dt>{o.email}</dt>
                <dd>
                  <a href={`mailto:${email}`}>{email}</a>
                </dd>
              </>
            )}
            {phone && (
              <>
                <dt>{o.phone}</dt>
                <dd>
                  <a href={phone.tel}>{phone.label}</a>
                </dd>
              </>
            )}
            {url && (
              <>
                <dt>{o.web}</dt>
                <dd>
                  <a href={url}>{url}</a>
                </dd>
              </>
            )}
            {hours && (
              <>
                <dt>{o.hours}</dt>
                <dd>{hours[locale]}</dd>
              </>
            )}
          </dl>
        </>
      ) : (
        <p data-testid="no-support-contact">{format(o.contactNone, { name })}</p>
      )}
      <p>{o.contactHelp}</p>
      <p>
        <a href="/help" class="button">
          {o.readHelp}
        </a>
      </p>
    </Layout>
  );
}
