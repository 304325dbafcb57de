import {
  type Clock,
  type MobileDeviceFactor,
  chosenAccountLanguage,
  mayChangeAccountLanguage,
  randomToken,
  rememberAccountLanguage,
  safeEqual,
  SesameError,
} from '@sesame/core';
import { isLocale, type Locale, type Strength } from '@sesame/protocol';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { localeOfTag, negotiateLocale } from '@sesame/protocol';
import { catalogues } from '../i18n/catalogues';
import { baseCookie, COOKIES } from '../http/cookies';
import { parseQuery } from '../http/parse-form';
import type { PortalContext } from '../compose/app-context';
import type { SessionGate } from '../sessions/session-gate';

/** The explicit choice of language in the query (ADR 0026 §2.10), checked by isLocale. */
const langQuery = z.object({ lang: z.string().optional() });

/**
 * Per-request context of the portal: language, CSRF token, signed-in session, request meta.
 *
 * CSRF (OWASP CSRF cheat sheet, "double submit" with a `__Host-` cookie, which a sub-domain
 * cannot plant): every form carries the token of the browser's CSRF cookie, and every POST must
 * echo it; SameSite=Strict on that cookie and an Origin check add defence in depth.
 */
export function registerPortalContext(app: FastifyInstance, services: PortalContext) {
  const { config } = services;
  const publicOrigin = new URL(config.publicUrl).origin;

  app.decorateRequest('locale', 'fr');
  app.decorateRequest('messages', null as never);
  app.decorateRequest('csrfToken', '');
  app.decorateRequest('auth', null);
  app.decorateRequest('meta', null as never);

  app.addHook('onRequest', async (request, reply) => {
    // docs/adr/0045 §1 and 0055: the user's choice on this browser, the relying app's, the
    // signed-in account's (once its owner chose it), the browser's, the default.
    // Most requests carry no `?lang=`: the schema only for those that do (issue 12 point 5: the
    // parse cost ~30 µs on every portal request, the app's sign-in makes seven).
    const asked = hasLang(request.query) ? parseQuery(request, langQuery).lang : undefined;
    if (isLocale(asked)) reply.setCookie(COOKIES.locale, asked, { ...baseCookie, maxAge: 365 * 86400 });
    const sources = {
      explicit: isLocale(asked) ? asked : request.cookies[COOKIES.locale],
      relyingApp: request.cookies[COOKIES.appLocale],
      acceptLanguage: request.headers['accept-language'],
    };
    // Without the account first: a page (an error loading the session) has a language at once.
    speak(request, negotiateLocale(sources, config.defaultLocale));

    const csrf = request.cookies[COOKIES.csrf];
    if (csrf && /^[A-Za-z0-9_-]{43}$/.test(csrf)) {
      request.csrfToken = csrf;
    } else {
      request.csrfToken = randomToken();
      reply.setCookie(COOKIES.csrf, request.csrfToken, { ...baseCookie, sameSite: 'strict' });
    }

    const loaded = await services.sessionGate.load(request.cookies[COOKIES.session], services.clock.now());
    if (loaded) request.auth = { sessionId: loaded.id, record: loaded.record, user: loaded.user };
    else if (request.cookies[COOKIES.session]) reply.clearCookie(COOKIES.session, baseCookie);
    if (!request.auth) return;

    // docs/adr/0055: the chooser used while signed in sets the account's language (its pages and
    // its mails). Only from a page of this site: a link on another one changes this browser's
    // cookie, never the account (a GET the session cookie rides along, SameSite=Lax). Only from a
    // session at the account's usual level, and audited (docs/adr/0062).
    if (
      isLocale(asked) &&
      fromThisSite(request, publicOrigin) &&
      (await mayChangeAccountLanguage(services, request.auth.user, request.auth.record.strengths))
    ) {
      const user = await rememberAccountLanguage(services, request.auth.user, asked, request.meta);
      request.auth = { ...request.auth, user };
    }
    const account = chosenAccountLanguage(request.auth.user);
    if (account) speak(request, negotiateLocale({ ...sources, account }, config.defaultLocale));
  });

  app.addHook('preHandler', async (request) => {
    if (request.method !== 'POST') return;
    const origin = request.headers.origin;
    if (origin && origin !== publicOrigin && origin !== `${request.protocol}://${request.host}`) {
      throw new SesameError('CSRF_INVALID');
    }
    const body = (request.body ?? {}) as Record<string, unknown>;
    const sent = typeof body._csrf === 'string' ? body._csrf : '';
    if (!request.cookies[COOKIES.csrf] || !safeEqual(sent, request.csrfToken)) throw new SesameError('CSRF_INVALID');
  });
}

function hasLang(query: unknown): boolean {
  return typeof query === 'object' && query !== null && Object.hasOwn(query, 'lang');
}

/** The request's language, its catalogue and the language its audit entries record. */
function speak(request: FastifyRequest, locale: Locale) {
  request.locale = locale;
  request.messages = catalogues[locale];
  request.meta = {
    ip: request.ip,
    userAgent: request.headers['user-agent']?.slice(0, 300) ?? null,
    locale,
  };
}

/**
 * The request follows a link of one of this site's pages (Fetch Metadata's `Sec-Fetch-Site`; a
 * browser without it, by its Referer): not a link on another site, nor an address typed.
 */
function fromThisSite(request: FastifyRequest, publicOrigin: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin';
  const referer = request.headers.referer;
  return referer !== undefined && URL.canParse(referer) && new URL(referer).origin === publicOrigin;
}

/** Starts a fresh SSO session after an authentication (the old id is never reused). */
export async function startSession(
  services: { readonly sessionGate: Pick<SessionGate, 'start'>; readonly clock: Clock },
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  strengths: Strength[],
  mobileDevices: MobileDeviceFactor[] = [],
) {
  // Another user signed in on this browser: the gate tells the applications of the previous session.
  const session = await services.sessionGate.start(
    request.cookies[COOKIES.session],
    userId,
    strengths,
    mobileDevices,
    services.clock.now(),
    request.log,
  );
  reply.setCookie(COOKIES.session, session.id, baseCookie);
  return session;
}

/**
 * The relying application's language for this browser's sign-in (docs/adr/0045 §1): CAS `locale`
 * or OIDC `ui_locales`, kept for the pages of the sign-in it starts; an application that asks for
 * none (or for one we do not speak) clears the previous one's.
 */
export function rememberAppLocale(request: FastifyRequest, reply: FastifyReply, asked: string | undefined) {
  const spoken = (asked ?? '')
    .split(/\s+/)
    .map(localeOfTag)
    .find((locale) => locale !== undefined);
  if (spoken) reply.setCookie(COOKIES.appLocale, spoken, baseCookie);
  else if (request.cookies[COOKIES.appLocale]) reply.clearCookie(COOKIES.appLocale, baseCookie);
  // This request's pages (an error on the way) already speak it.
  if (spoken && !isLocale(parseQuery(request, langQuery).lang) && !request.cookies[COOKIES.locale]) {
    request.locale = spoken;
    request.messages = catalogues[spoken];
    request.meta = { ...request.meta, locale: spoken };
  }
}
