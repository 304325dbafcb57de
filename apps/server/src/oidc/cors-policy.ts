import type { ClientMetadata, KoaContextWithOIDC } from 'oidc-provider';

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<unknown>) => Promise<void>;

/**
 * Which origins may read the OpenID Provider's answers from a browser (CORS; issue 10,
 * finding 7; ADR 0012):
 * - discovery and JWKS: any origin. They are public documents (OIDC Discovery §4, RFC 8414 §3,
 *   RFC 7517) that a browser-side relying party must fetch, sent without credentials;
 * - userinfo: the origins of the redirect URIs of the client whose access token it is;
 * - token, revocation, introspection: the same, for public clients only (a browser-side
 *   application). A confidential client calls them from its server, which sends no Origin: a
 *   browser asking in its name is not it;
 * - nothing else answers CORS.
 */
const OPEN_ROUTES = new Set(['discovery', 'jwks']);

/** The web origins of redirect URIs (a custom-scheme URI has none: its origin is "null"). */
export function redirectOrigins(redirectUris: readonly string[] | undefined): Set<string> {
  const origins = (redirectUris ?? [])
    .map((uri) => URL.parse(uri))
    .filter((url) => url !== null && (url.protocol === 'https:' || url.protocol === 'http:'))
    .map((url) => url!.origin);
  return new Set(origins);
}

/** Whether `client` may use CORS on `route` at all (before looking at the origin). */
const corsRouteFor = (route: string, tokenEndpointAuthMethod: string | undefined) =>
  route === 'userinfo' || tokenEndpointAuthMethod === 'none';

/** oidc-provider's `clientBasedCORS`: decides once the request's client is known. */
export function clientBasedCors(
  ctx: KoaContextWithOIDC,
  origin: string,
  client: { clientAuthMethod?: string | undefined; redirectUris?: readonly string[] | undefined },
): boolean {
  if (!origin || origin === 'null') return false;
  return corsRouteFor(ctx.oidc.route, client.clientAuthMethod) && redirectOrigins(client.redirectUris).has(origin);
}

const CORS_HEADERS = [
  'access-control-allow-origin',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-allow-credentials',
  'access-control-expose-headers',
  'access-control-max-age',
];

/**
 * oidc-provider answers every CORS preflight of the client-based endpoints with the asking
 * origin (it cannot know the client before the request itself), and keeps that answer on a
 * request whose client it never identifies (an unknown client, an invalid access token). This
 * takes the CORS headers off both unless some registered client may use CORS on that endpoint
 * from that origin; `clientBasedCors` still decides per client once the client is known.
 */
export function corsOriginGuard(clients: readonly ClientMetadata[]): Middleware {
  const web = new Set<string>();
  const publicClients = new Set<string>();
  for (const client of clients) {
    for (const origin of redirectOrigins(client.redirect_uris)) {
      web.add(origin);
      if (client.token_endpoint_auth_method === 'none') publicClients.add(origin);
    }
  }

  return async (ctx, next) => {
    await next();
    const origin = ctx.get('Origin');
    if (!origin || !ctx.response.get('Access-Control-Allow-Origin')) return;
    const route = ((ctx as { oidc?: { route?: string } }).oidc?.route ?? '').replace(/^cors\./, '');
    if (OPEN_ROUTES.has(route)) return;
    const allowed = origin !== 'null' && (route === 'userinfo' ? web : publicClients).has(origin);
    if (!allowed) for (const header of CORS_HEADERS) ctx.remove(header);
  };
}
