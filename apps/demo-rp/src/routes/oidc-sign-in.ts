import { isLevel, levelAtLeast } from '@sesame/protocol';
import type { FastifyInstance } from 'fastify';
import { cookieNames, cookieOptions } from '../http/cookies';
import { DemoRpError } from '../http/demo-rp-error';
import { requestLocale } from '../http/page-context';
import { userFromOidc } from '../signed-in-user';
import type { RouteDeps } from './route-deps';

/** A failure to reach Sésame (discovery, token endpoint) rather than an answer it gave. */
function isNetworkFailure(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e); e = e.cause) {
    seen.add(e);
    if (
      e.name === 'TimeoutError' ||
      e.name === 'AbortError' ||
      (e instanceof TypeError && e.message === 'fetch failed')
    )
      return true;
    if (/ECONNREFUSED|ENOTFOUND|ECONNRESET|EAI_AGAIN/.test(e.message)) return true;
  }
  return false;
}

/** OpenID Connect sign-in: code flow with PKCE S256, state and nonce kept in a pending sign-in. */
export function oidcSignInRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const COOKIES = cookieNames(deps.config.edition);
  const { config, store, oidc } = deps;

  app.get('/login/oidc', async (request, reply) => {
    const locale = requestLocale(request, reply, config);
    let start;
    try {
      start = await oidc.authorizationUrl(locale);
    } catch (error) {
      request.log.warn({ err: error }, 'OpenID Connect discovery failed');
      throw new DemoRpError('SESAME_UNREACHABLE', {}, { cause: error });
    }
    const { id } = store.startOidc(start.checks);
    reply.setCookie(COOKIES.pending, id, { ...cookieOptions, maxAge: 600 });
    return reply.redirect(start.url.href, 303);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/oidc/callback', async (request, reply) => {
    // Single use: a replayed or second callback finds no pending sign-in.
    const pending = store.takeOidc(request.cookies[COOKIES.pending]);
    reply.clearCookie(COOKIES.pending, cookieOptions);
    if (!pending) throw new DemoRpError('SIGN_IN_EXPIRED');
    const error = request.query.error;
    if (error) {
      request.log.warn({ error, description: request.query.error_description }, 'OpenID Connect sign-in refused');
      throw new DemoRpError('OIDC_REFUSED', { code: error.slice(0, 64) });
    }
    let result;
    try {
      result = await oidc.callback(new URL(request.url, config.publicUrl), pending);
    } catch (cause) {
      if (isNetworkFailure(cause)) throw new DemoRpError('SESAME_UNREACHABLE', {}, { cause });
      request.log.warn({ err: cause }, 'OpenID Connect callback refused');
      throw new DemoRpError('OIDC_FAILED', {}, { cause });
    }
    const now = new Date();
    const user = userFromOidc(result.claims, new Date(pending.startedAt), now);
    // acr_values is a request, not a guarantee (OIDC Core §3.1.2.1): the ID Token's acr is checked.
    const required = config.authenticationLevel;
    if (!isLevel(user.level) || !levelAtLeast(user.level, required))
      throw new DemoRpError('LEVEL_TOO_LOW', { level: user.level ?? '—', required });
    store.end(request.cookies[COOKIES.session.oidc], 'replaced');
    const session = store.create({ user, oidcSid: result.sid, oidcSub: result.sub, idToken: result.idToken });
    request.log.info({ sub: result.sub, acr: result.claims.acr }, 'signed in with OpenID Connect');
    reply.setCookie(COOKIES.session.oidc, session.id, cookieOptions);
    return reply.redirect('/me', 303);
  });
}
