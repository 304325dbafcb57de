import type { SignInMeta } from '@sesame/core';
import type { FastifyRequest } from 'fastify';
import { browserLabel } from '../http/browser-label';

/** Who is signing in, as this request shows it: the audit's meta and the browser the app names. */
export function signInMeta(request: FastifyRequest): SignInMeta {
  return { ...request.meta, browser: browserLabel(request.headers['user-agent']) };
}
