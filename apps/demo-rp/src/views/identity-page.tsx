import { isLevel, isStrength } from '@sesame/protocol';
import type { ComponentChildren } from 'preact';
import type { PageContext } from '../http/page-context';
import { format } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';
import type { LocalSession } from '../sessions/local-session-store';
import type { SignedInUser } from '../signed-in-user';
import { Layout } from './layout';

function When(props: { date: Date | null; m: Messages }) {
  if (!props.date) return <>{props.m.identity.unknown}</>;
  const text = new Intl.DateTimeFormat(props.m.meta.dateLocale, {
    dateStyle: 'long',
    timeStyle: 'medium',
  }).format(props.date);
  return <time dateTime={props.date.toISOString()}>{text}</time>;
}

function YesNo(props: { value: boolean | null; m: Messages }) {
  const { identity } = props.m;
  return <>{props.value === null ? identity.unknown : props.value ? identity.yes : identity.no}</>;
}

function Row(props: { term: string; children: ComponentChildren }) {
  return (
    <div class="facts__row">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function factorText(m: Messages, user: SignedInUser, factor: { kind: string; value: string }): string {
  if (user.protocol === 'oidc') {
    const label = (m.amr as Record<string, string>)[factor.value];
    return label ?? format(m.amr.other, { value: factor.value });
  }
  const template = (m.factors as Record<string, string>)[factor.kind] ?? m.factors.other;
  return format(template, { kind: factor.kind, value: factor.value });
}

function SignIn(props: { m: Messages; session: LocalSession; index: number }) {
  const { m, session } = props;
  const { user } = session;
  const { identity } = m;
  const headingId = `sign-in-${props.index}`;
  const receivedEntries = Object.entries(user.received);
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{user.protocol === 'cas' ? identity.viaCas : identity.viaOidc}</h2>
      <dl class="facts">
        <Row term={identity.uid}>
          <code>{user.uid}</code>
        </Row>
        <Row term={identity.name}>{user.name ?? identity.unknown}</Row>
        <Row term={identity.email}>{user.email ?? identity.unknown}</Row>
        <Row term={identity.organisation}>{user.organisation ?? identity.unknown}</Row>
        <Row term={identity.level}>
          {user.level ? (
            <>
              <code>{user.level}</code>
              {isLevel(user.level) && ` — ${m.levels[user.level]}`}
            </>
          ) : (
            identity.unknown
          )}
        </Row>
        <Row term={identity.strengths}>
          {user.strengths.length === 0 ? (
            identity.none
          ) : (
            <ul class="plain-list">
              {user.strengths.map((strength) => (
                <li key={strength}>
                  <code>{strength}</code>
                  {/* Sésame tells wire strengths only (protocol WIRE_STRENGTHS). */}
                  {isStrength(strength) &&
                    Object.hasOwn(m.strengths, strength) &&
                    ` — ${m.strengths[strength as keyof typeof m.strengths]}`}
                </li>
              ))}
            </ul>
          )}
        </Row>
        <Row term={identity.factors}>
          {user.factors.length === 0 ? (
            identity.none
          ) : (
            <ul class="plain-list">
              {user.factors.map((factor, i) => (
                <li key={i}>{factorText(m, user, factor)}</li>
              ))}
            </ul>
          )}
        </Row>
        <Row term={identity.protocol}>{m.protocols[user.protocol]}</Row>
        <Row term={identity.sso}>
          <YesNo value={user.sso} m={m} />
        </Row>
        <Row term={identity.isFromNewLogin}>
          <YesNo value={user.isFromNewLogin} m={m} />
        </Row>
        <Row term={identity.authTime}>
          <When date={user.authTime} m={m} />
        </Row>
        <Row term={identity.signedInAt}>
          <When date={user.signedInAt} m={m} />
        </Row>
      </dl>
      <details class="received">
        <summary>{format(identity.received, { count: receivedEntries.length }, m.meta.dateLocale)}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{identity.receivedName}</th>
              <th scope="col">{identity.receivedValue}</th>
            </tr>
          </thead>
          <tbody>
            {receivedEntries.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

/** Who the user is, as each sign-in of this browser told the application; the newest first. */
export function IdentityPage(props: { ctx: PageContext }) {
  const { ctx } = props;
  const { m } = ctx;
  return (
    <Layout ctx={ctx} title={m.identity.title}>
      <h1>{m.identity.title}</h1>
      <p class="lead">{m.identity.intro}</p>
      {ctx.sessions.map((session, index) => (
        <SignIn key={session.id} m={m} session={session} index={index} />
      ))}
      <p>
        <a href="/">{m.identity.home}</a>
      </p>
    </Layout>
  );
}
