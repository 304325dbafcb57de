import type { TransitionError } from '@sesame/core';
import type { FastifyReply } from 'fastify';

/** Which kind of route a request reached: the password step's, or a pending method's. */
export type SignInRouteKind = 'password' | 'challenge';

/**
 * Where a request that does not fit the sign-in's step goes (docs/adr/0026 §2.3), as before the
 * engine: a method's route without its challenge pending goes back to the password step (and from
 * there to step 1 if no address is known); a password-step route without an address goes to step 1.
 * A method refused by the policy ("On mobile" below the application's requirement) stays on the
 * password step, where it is not offered.
 */
export function redirectPath(error: TransitionError, route: SignInRouteKind): '/login' | '/login/password' {
  if (error.code === 'NOT_OFFERED' || error.code === 'METHOD_MISMATCH') return '/login/password';
  return route === 'challenge' ? '/login/password' : '/login';
}

/** A TransitionError as today's answer: 303 to the step the browser is really at. */
export function redirectFor(reply: FastifyReply, error: TransitionError, route: SignInRouteKind): FastifyReply {
  return reply.redirect(redirectPath(error, route), 303);
}
