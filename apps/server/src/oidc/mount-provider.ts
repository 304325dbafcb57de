import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Provider } from 'oidc-provider';
import { z } from 'zod';
import { chosenAccountLanguage } from '@sesame/core';
import { isLocale, negotiateLocale, type Locale } from '@sesame/protocol';
import { COOKIES } from '../http/cookies';
import { parseQuery } from '../http/parse-form';
import type { OidcRoutesContext } from '../compose/app-context';
import { corsOriginGuard } from './cors-policy';
import { isHttps } from './provider-configuration';
import { registryClients } from './registry-clients';
import { setProviderPageContext } from './provider-pages';

/** Where the provider answers; its issuer is `${publicUrl}/oidc`. */
export const OIDC_MOUNT = '/oidc';

/**
 * Hands every request under /oidc (but the interaction pages, which the portal serves) to
 * oidc-provider, a Koa application: in a scope of its own, without Fastify's body parsers (the
 * provider reads the body itself), the reply hijacked and the mount path stripped, as Koa's
 * `mount` would (`originalUrl` keeps the full one).
 */
export async function mountProvider(
  app: FastifyInstance,
  services: Pick<OidcRoutesContext, 'config' | 'branding' | 'sessionGate' | 'clock'>,
  provider: Provider,
): Promise<void> {
  const callback = provider.callback();

  const handle = async (request: FastifyRequest, reply: FastifyReply) => {
    // RFC 9112 §3.2: a Host field with an invalid value is a 400. The provider builds URLs from
    // it (or from X-Forwarded-Host behind a trusted proxy) and threw: a 500 found by the fuzz suite.
    if (!hostsAreValid(request, services.config.trustProxy !== false)) {
      return reply
        .code(400)
        .header('cache-control', 'no-store')
        .send({ error: 'invalid_request', error_description: 'invalid Host header' });
    }
    setProviderPageContext(request.raw, {
      locale: () => localeOf(request, services),
      nonce: reply.cspNonce.script,
      brand: services.branding,
    });
    reply.hijack();
    const raw = request.raw as IncomingMessage & { originalUrl?: string };
    const url = raw.url ?? OIDC_MOUNT;
    raw.originalUrl = url;
    // `/oidc?x` leaves `?x`: the provider's router needs a path before the query (a bare query
    // made it throw, a 500 found by the fuzz suite).
    const rest = url.slice(OIDC_MOUNT.length);
    raw.url = rest.startsWith('/') ? rest : `/${rest}`;
    if (services.config.trustProxy !== false) {
      // What Fastify decided from the trusted proxies only (docs/adr/0010), not what a client sent.
      raw.headers['x-forwarded-for'] = request.ip;
      raw.headers['x-forwarded-proto'] = request.protocol;
      raw.headers['x-forwarded-host'] = request.host;
    }
    await callback(raw, reply.raw);
  };

  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null));
    scope.all(OIDC_MOUNT, handle);
    scope.all(`${OIDC_MOUNT}/*`, handle);
  });
}

/**
 * Every host the provider may read (Koa: the first X-Forwarded-Host value when it trusts the
 * proxy, else Host) is empty or a valid URL authority; all are checked, whichever Koa picks.
 */
function hostsAreValid(request: FastifyRequest, trustProxy: boolean): boolean {
  const forwarded = trustProxy ? String(request.headers['x-forwarded-host'] ?? '').split(',') : [];
  return [request.headers.host ?? '', ...forwarded]
    .map((host) => host.trim())
    .every((host) => host === '' || URL.canParse(`http://${host}`));
}

/** The explicit choice of language and the application's wish in the query (docs/adr/0045 §1). */
const langQuery = z.object({ lang: z.string().optional(), ui_locales: z.string().optional() });

type LocaleServices = Pick<OidcRoutesContext, 'config' | 'sessionGate' | 'clock'>;

/**
 * The portal's choice of language for the provider's own pages, read only (docs/adr/0045 §1):
 * the portal's order, the signed-in account's language included (docs/adr/0062 §3). Asked only
 * when the provider renders a page: its token, userinfo and key endpoints read no session.
 */
async function localeOf(request: FastifyRequest, services: LocaleServices): Promise<Locale> {
  const query = parseQuery(request, langQuery);
  return negotiateLocale(
    {
      explicit: isLocale(query.lang) ? query.lang : request.cookies[COOKIES.locale],
      relyingApp: query.ui_locales ?? request.cookies[COOKIES.appLocale],
      account: await accountLanguage(request, services),
      acceptLanguage: request.headers['accept-language'],
    },
    services.config.defaultLocale,
  );
}

/** The language the signed-in owner chose (docs/adr/0055), if this browser has a portal session. */
async function accountLanguage(request: FastifyRequest, services: LocaleServices): Promise<Locale | undefined> {
  const cookie = request.cookies[COOKIES.session];
  if (!cookie) return undefined;
  try {
    const loaded = await services.sessionGate.load(cookie, services.clock.now());
    return loaded ? chosenAccountLanguage(loaded.user) : undefined;
  } catch {
    // The store unreachable: the page (often the one that says so) speaks the browser's language.
    return undefined;
  }
}

/**
 * With an https public URL, browsers reach the provider only by https, whatever the hop between
 * the TLS-terminating proxy and this node says (trustProxy off, or an X-Forwarded-Proto
 * missing). Koa decides `ctx.secure` from the request's protocol, and oidc-provider decides
 * from it whether its cookies may be Secure and how its URLs start: the provider's requests are
 * made to say https, so its cookies are always Secure there (issue 10, finding 7; ADR 0012).
 */
export function seeHttpsOfPublicUrl(provider: Provider, publicUrl: string): void {
  if (!isHttps(publicUrl)) return;
  Object.defineProperty(provider.request, 'protocol', { configurable: true, get: () => 'https' });
}

/** CORS only for the registered clients' origins, preflights included (ADR 0012). */
export function guardCors(provider: Provider, registry: Parameters<typeof registryClients>[0]): void {
  provider.use(corsOriginGuard(registryClients(registry)));
}
