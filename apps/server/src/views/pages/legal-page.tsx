import { format } from '../../i18n/format-message';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/** The licence's official text, in every EU language, on the Commission's site. */
export const EUPL_URL = 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12';

/**
 * /legal (issue 11, point 5): the operator's legal notice, or a link to it; when none is
 * configured, a plain statement that none was published, and the software's licence (EUPL-1.2).
 */
export function LegalPage(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const o = ctx.m.organisation;
  const { legal, name } = ctx.brand;
  return (
    <Layout ctx={ctx} title={o.legalTitle}>
      <h1>{o.legalTitle}</h1>
      <div data-testid="legal-notice">
        {legal.kind === 'text' &&
          legal.paragraphs[ctx.locale].map((paragraph, index) => <p key={index}>{paragraph}</p>)}
        {legal.kind === 'url' && (
          <p>
            {format(o.legalExternal, { name: name[ctx.locale] })} <a href={legal.url}>{legal.url}</a>
          </p>
        )}
        {legal.kind === 'none' && <p>{o.legalNone}</p>}
      </div>
      <p>{o.software}</p>
      <p>
        <a href={EUPL_URL} hrefLang={ctx.locale}>
          {o.licence}
        </a>
      </p>
      <p>
        <a href="/contact">{o.askSupport}</a>
      </p>
    </Layout>
  );
}
