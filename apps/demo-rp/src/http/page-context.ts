import type { Locale } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DemoRpConfig } from '../demo-rp-config';
import { negotiateLocale } from '@sesame/protocol';
import { editionMessages } from '../i18n/catalogues';
import type { Messages } from '../i18n/en';
import type { LocalSession, LocalSessionStore } from '../sessions/local-session-store';
import { cookieNames, cookieOptions } from './cookies';

/** What every page needs besides its own data. */
export interface PageContext {
  m: Messages;
  locale: Locale;
  /** Current path, for the language switch. */
  path: string;
  /** The browser's live local sessions, newest first. */
  sessions: LocalSession[];
}

/** The language of this request; an explicit `?lang=` is remembered in a cookie. */
export function requestLocale(request: FastifyRequest, reply: FastifyReply, config: DemoRpConfig): Locale {
  const asked = (request.query as { lang?: unknown } | undefined)?.lang;
  const COOKIES = cookieNames(config.edition);
  const explicit = typeof asked === 'string' ? asked : request.cookies[COOKIES.locale];
  const locale = negotiateLocale(
    { explicit, acceptLanguage: request.headers['accept-language'] },
    config.defaultLocale,
  );
  if (typeof asked === 'string' && asked === locale)
    reply.setCookie(COOKIES.locale, locale, { ...cookieOptions, maxAge: 365 * 24 * 3600 });
  return locale;
}

/** The local sessions this browser's cookies point at (a stale cookie is cleared). */
export function browserSessions(
  request: FastifyRequest,
  reply: FastifyReply,
  store: LocalSessionStore,
  config: Pick<DemoRpConfig, 'edition'>,
): LocalSession[] {
  const sessions: LocalSession[] = [];
  for (const name of Object.values(cookieNames(config.edition).session)) {
    const id = request.cookies[name];
    if (!id) continue;
    const session = store.get(id);
    if (session) sessions.push(session);
    else reply.clearCookie(name, cookieOptions);
  }
  return sessions.sort((a, b) => b.user.signedInAt.getTime() - a.user.signedInAt.getTime());
}

export function pageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  config: DemoRpConfig,
  store: LocalSessionStore,
): PageContext {
  const locale = requestLocale(request, reply, config);
  return {
    m: editionMessages(locale, config.edition),
    locale,
    path: currentPath(request.url),
    sessions: browserSessions(request, reply, store, config),
  };
}

/**
 * The path of this request for the language links: its path only, and `/` when the path could be
 * read as another site's address (`//host`, `/\host`): the links stay on this site.
 */
export function currentPath(url: string): string {
  const pathname = url.split(/[?#]/)[0] ?? '/';
  return /^\/(?![/\\])/.test(pathname) ? pathname : '/';
}
