import type { Level } from '@sesame/protocol';
import type { DemoEdition } from '../demo-rp-config';
import type { PageContext } from '../http/page-context';
import { format } from '../i18n/catalogues';
import { Layout, Notice } from './layout';

export function HomePage(props: {
  ctx: PageContext;
  level: Level;
  signedOut: boolean;
  /** The other demo entry, offered so that the difference between the levels is visible. */
  other?: { edition: DemoEdition; url: string } | undefined;
}) {
  const { ctx } = props;
  const { m } = ctx;
  return (
    <Layout ctx={ctx} title={m.home.title}>
      <h1>{m.home.title}</h1>
      {props.signedOut && <Notice kind="success">{m.home.signedOut}</Notice>}
      {ctx.sessions.length > 0 && (
        <Notice>
          {m.home.signedIn} <a href="/me">{m.home.seeIdentity}</a>
        </Notice>
      )}
      <p class="lead">{m.home.intro}</p>
      <div class="choices">
        <section class="choice" aria-labelledby="choice-cas">
          <h2 id="choice-cas">{m.home.casTitle}</h2>
          <p>{format(m.home.casBody, { level: props.level })}</p>
          <a class="button" href="/login/cas">
            {m.home.casButton}
          </a>
          {/* CAS 3.0 §2.1.1 method=POST (docs/adr/0044, 0054): the same sign-in, the ticket posted. */}
          <p>
            <a href="/login/cas?method=POST">{m.home.casPostLink}</a>
          </p>
        </section>
        <section class="choice" aria-labelledby="choice-oidc">
          <h2 id="choice-oidc">{m.home.oidcTitle}</h2>
          <p>{m.home.oidcBody}</p>
          <a class="button" href="/login/oidc">
            {m.home.oidcButton}
          </a>
        </section>
      </div>
      {props.other && (
        <section class="choice" aria-labelledby="other-entry">
          <h2 id="other-entry">{m.editions.otherTitle}</h2>
          <p>{m.editions[props.other.edition].offer}</p>
          <a href={`${props.other.url}/?lang=${ctx.locale}`}>
            {format(m.editions.otherLink, { app: m.editions[props.other.edition].appName })}
          </a>
        </section>
      )}
    </Layout>
  );
}
