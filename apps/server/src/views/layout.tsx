import type { ComponentChildren } from 'preact';
import { footerLinks } from '../branding/branding';
import { format } from '../i18n/format-message';
import { LanguageChooser } from './language-chooser';
import type { FormErrors, ViewContext } from './view-context';

export function Layout(props: {
  ctx: ViewContext;
  title: string;
  children: ComponentChildren;
  errors?: FormErrors | undefined;
}) {
  const { ctx, title } = props;
  const { m } = ctx;
  const hasErrors = props.errors && (props.errors.general || Object.keys(props.errors.fields).length > 0);
  const { brand } = ctx;
  const name = brand.name[ctx.locale];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${hasErrors ? format(m.layout.errorTitle, { title }) : title} — ${name}`}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/sesame.css" />
        {brand.theme && <link rel="stylesheet" href={brand.theme.path} />}
        {/* The texts sesame.js writes (the password field's Show/Hide), in the page's language. */}
        <script
          src="/static/sesame.js"
          nonce={ctx.nonce}
          defer
          data-show={m.fields.showButton}
          data-hide={m.fields.hideButton}
          data-show-password={m.fields.showPassword}
          data-hide-password={m.fields.hidePassword}
        />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {m.layout.skipToContent}
        </a>
        <header class="site-header">
          <div class="site-header__inner">
            <a class="brand" href={ctx.user ? '/account' : '/login'}>
              {brand.logo ? (
                // Decorative: the organisation's name follows, as the link's text.
                <img class="brand__logo" src={brand.logo.path} alt="" />
              ) : (
                <span class="brand__mark" aria-hidden="true">
                  S
                </span>
              )}
              <span class="brand__name">{name}</span>
              <span class="brand__tagline">{m.layout.tagline}</span>
            </a>
            <nav class="site-nav" aria-label={m.layout.navLabel}>
              {ctx.user && (
                <>
                  <span class="site-nav__user">
                    {format(m.layout.signedInAs, { name: `${ctx.user.firstName} ${ctx.user.lastName}` })}
                  </span>
                  <a href="/account">{m.layout.myAccount}</a>
                  <form method="post" action="/logout" class="inline-form">
                    <input type="hidden" name="_csrf" value={ctx.csrf} />
                    <button type="submit" class="link-button">
                      {m.layout.signOut}
                    </button>
                  </form>
                </>
              )}
              <LanguageChooser locale={ctx.locale} path={ctx.path} label={m.meta.language} />
            </nav>
          </div>
        </header>
        <main id="main" class="page" tabIndex={-1}>
          {hasErrors && <ErrorSummary ctx={ctx} errors={props.errors!} />}
          {props.children}
        </main>
        <SiteFooter ctx={ctx} />
      </body>
    </html>
  );
}

/**
 * Every page's footer (issue 11, point 5): help, contact, legal notice and privacy, the last two
 * possibly the operator's own pages elsewhere (docs/adr/0020).
 */
function SiteFooter(props: { ctx: ViewContext }) {
  const { m, brand } = props.ctx;
  const o = m.organisation;
  const links = footerLinks(brand);
  return (
    <footer class="site-footer">
      <nav aria-label={o.footerLabel}>
        <ul class="site-footer__links">
          <li>
            <a href={links.help}>{o.help}</a>
          </li>
          <li>
            <a href={links.contact}>{o.contact}</a>
          </li>
          <li>
            <a href={links.legal}>{o.legal}</a>
          </li>
          <li>
            <a href={links.privacy}>{o.privacy}</a>
          </li>
        </ul>
      </nav>
      <p>
        {brand.name[props.ctx.locale] === 'Sésame'
          ? m.layout.footer
          : `${brand.name[props.ctx.locale]} — ${o.poweredBy}`}
      </p>
    </footer>
  );
}

function ErrorSummary(props: { ctx: ViewContext; errors: FormErrors }) {
  const entries = Object.entries(props.errors.fields);
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} data-autofocus>
      <h2 id="error-summary-title">{props.ctx.m.layout.errorSummaryTitle}</h2>
      <ul>
        {props.errors.general && <li>{props.errors.general}</li>}
        {entries.map(([field, message]) => (
          <li key={field}>
            <a href={`#${field}`}>{message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
