import { languageOf, spokenLanguages, type Locale } from '@sesame/protocol';

/**
 * The language chooser of every page (issue 15 point 3; docs/adr/0045 §3): a disclosure (`<details>`,
 * no script) listing each language Sésame speaks by its own name, each in its language (`lang`,
 * `hreflang`), each a link to the same page with `?lang=` — a path of this site only, never an
 * address from the request (`path` comes from currentPath).
 */
export function LanguageChooser(props: { locale: Locale; path: string; label: string }) {
  const { locale, path, label } = props;
  const current = languageOf(locale);
  return (
    <details class="language-chooser">
      <summary>
        <svg class="language-chooser__icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" />
          <path
            d="M2 12h20M12 2c2.8 3 4 6.4 4 10s-1.2 7-4 10c-2.8-3-4-6.4-4-10s1.2-7 4-10z"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
          />
        </svg>
        <span class="visually-hidden">{label} </span>
        <span>{current.endonym}</span>
      </summary>
      <ul class="language-chooser__list">
        {spokenLanguages().map((language) => (
          <li key={language.code}>
            <a
              href={`${path}?lang=${language.code}`}
              lang={language.code}
              hrefLang={language.code}
              aria-current={language.code === locale ? 'true' : undefined}
            >
              {language.endonym}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The options of a language field (the e-mail language): every language spoken, by its own name. */
export function LanguageOptions(props: { selected: string | undefined }) {
  return (
    <>
      {spokenLanguages().map((language) => (
        <option
          key={language.code}
          value={language.code}
          lang={language.code}
          selected={props.selected === language.code}
        >
          {language.endonym}
        </option>
      ))}
    </>
  );
}

/**
 * The path of this request for the chooser's links: its path only (no query), and `/` when the
 * path could be read as another site's address (`//host`, `/\host`): the links stay on this site.
 */
export function currentPath(url: string): string {
  const pathname = url.split(/[?#]/)[0] ?? '/';
  return /^\/(?![/\\])/.test(pathname) ? pathname : '/';
}
