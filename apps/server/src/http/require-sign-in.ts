import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticated } from './request-context';
import { safeRedirectPath } from './safe-redirect';

/**
 * Where a browser without a session goes from a page that needs one: the sign-in, told to come
 * back to the page asked (issue 11, point 2: a mail's "Add a mobile device" link opened in a
 * browser that is not signed in). Only a GET is worth coming back to — a form posted without a
 * session has nothing to resume — and the page is checked by the one function (ADR 0011: a path
 * of this portal, never another origin), here and again when the sign-in ends. "My account" is
 * where every sign-in ends anyway, so it needs no return path.
 */
export function signInPath(request: FastifyRequest, publicUrl: string): string {
  if (request.method !== 'GET') return '/login';
  const back = safeRedirectPath(request.url, publicUrl, '/account');
  return back === '/account' ? '/login' : `/login?return_to=${encodeURIComponent(back)}`;
}

/** The session of a page that needs one, or null once the reply is the redirect to the sign-in. */
export function requireSignIn(request: FastifyRequest, reply: FastifyReply, publicUrl: string): Authenticated | null {
  if (request.auth) return request.auth;
  void reply.redirect(signInPath(request, publicUrl), 303);
  return null;
}
