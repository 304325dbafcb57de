import { languageOf, spokenLanguages } from '@sesame/protocol';
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../http/page-context';
import { format } from '../i18n/catalogues';

/** The frame of every page: no script at all, one stylesheet, a skip link, a labelled navigation. */
export function Layout(props: { ctx: PageContext; title: string; children: ComponentChildren }) {
  const { ctx, title } = props;
  const { m } = ctx;
  const current = ctx.sessions[0];
  return (
    <html lang={ctx.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — ${m.layout.appName}`}</title>
        <link rel="stylesheet" href="/static/traces-demo.css" />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {m.layout.skipToContent}
        </a>
        <header class="app-header">
          <div class="app-header__inner">
            <a class="app-brand" href="/">
              <span class="app-brand__name">{m.layout.appName}</span>
              <span class="app-brand__tagline">{m.layout.tagline}</span>
            </a>
            <nav class="app-nav" aria-label={m.layout.navLabel}>
              {current && (
                <>
                  <span class="app-nav__user">
                    {format(m.layout.signedInAs, { name: current.user.name ?? current.user.uid })}
                  </span>
                  <form method="post" action="/logout" class="inline-form">
                    <button type="submit" class="link-button">
                      {m.layout.signOut}
                    </button>
                  </form>
                </>
              )}
              <details class="language-chooser">
                <summary>
                  <span class="visually-hidden">{m.meta.language} </span>
                  {languageOf(ctx.locale).endonym}
                </summary>
                <ul class="language-chooser__list">
                  {spokenLanguages().map((language) => (
                    <li key={language.code}>
                      <a
                        href={`${ctx.path}?lang=${language.code}`}
                        lang={language.code}
                        hrefLang={language.code}
                        aria-current={language.code === ctx.locale ? 'true' : undefined}
                      >
                        {language.endonym}
                      </a>
                    </li>
                  ))}
                </ul>
              </details>
            </nav>
          </div>
        </header>
        <main id="main" class="app-main" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="app-footer">{m.layout.footer}</footer>
      </body>
    </html>
  );
}

export function Notice(props: { kind?: 'success' | 'info'; children: ComponentChildren }) {
  return (
    <div class={`notice notice--${props.kind ?? 'info'}`} role="status">
      {props.children}
    </div>
  );
}
