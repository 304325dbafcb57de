import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { baseCookie, COOKIES } from './cookies';
import { parseQuery } from './parse-form';

/** An e-mail link's query (ADR 0026 §2.10): the token, checked by the route that uses it. */
const linkQuery = z.object({ token: z.string().optional() });

/**
 * E-mail links carry their token in the query string. On arrival the token moves to a
 * short-lived `__Host-` cookie and the browser is redirected to the same page without it, so
 * the token leaves the address bar, the history and any Referer at once. The page is the route's
 * own path (a fixed one: the e-mail links name no parameter), never the address as received, so
 * nothing the request carries can choose where the browser goes (ADR 0011).
 */
export function stashLinkToken(request: FastifyRequest, reply: FastifyReply, kind: string): boolean {
  const { token } = parseQuery(request, linkQuery);
  if (token === undefined) return false;
  reply.setCookie(COOKIES.link, `${kind}.${token.slice(0, 100)}`, { ...baseCookie, sameSite: 'lax', maxAge: 3600 });
  void reply.redirect(request.routeOptions.url ?? '/', 303);
  return true;
}

export function linkToken(request: FastifyRequest, kind: string): string | undefined {
  const value = request.cookies[COOKIES.link];
  return value?.startsWith(`${kind}.`) ? value.slice(kind.length + 1) : undefined;
}

export function clearLinkToken(reply: FastifyReply) {
  reply.clearCookie(COOKIES.link, baseCookie);
}
