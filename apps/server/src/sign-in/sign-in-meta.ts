import type { SignInMeta } from '@sesame/core';
import type { FastifyRequest } from 'fastify';
import { browserLabel } from '../http/browser-label';
import { COOKIES } from '../http/cookies';

/** Who is signing in, as this request shows it: the audit's meta and the browser the app names. */
export function signInMeta(request: FastifyRequest): SignInMeta {
  const knownBrowser = request.cookies[COOKIES.knownBrowser];
  // The known-browser cookie: the password's guard exempts a trusted one (docs/adr/0065).
  return {
    ...request.meta,
    browser: browserLabel(request.headers['user-agent']),
    ...(knownBrowser ? { knownBrowser } : {}),
  };
}
