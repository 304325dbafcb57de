import type { ActiveSession, LoginTarget, UserRecord } from '@sesame/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignInRoutesContext } from './context';
import { continueLogin } from './continue-login';

/**
 * What the relying-app protocols (CAS, OIDC) need from the sign-in, nothing more
 * (docs/adr/0026 §2.6): start this browser's sign-in for an application, or go on with the
 * session it already has.
 */
export interface SignInEntry {
  /**
   * This browser's sign-in, (re)started for `target` (the engine's `beginForApp`); with
   * `knownEmail` (the same person signing in again: CAS renew, OIDC prompt=login) the password
   * step comes first. The handle goes in the `login` cookie.
   */
  begin(
    handle: string | undefined,
    target: LoginTarget,
    knownEmail?: string,
  ): Promise<{ handle: string; next: '/login' | '/login/password' }>;
  /** A session meets an application: its continuation when the session is enough, else the step-up page. */
  resume(
    request: FastifyRequest,
    reply: FastifyReply,
    session: ActiveSession,
    user: UserRecord,
    target: LoginTarget,
  ): Promise<FastifyReply>;
}

export function signInEntry(ctx: SignInRoutesContext): SignInEntry {
  return {
    async begin(handle, target, knownEmail) {
      const step = await ctx.engine.beginForApp(handle, target, knownEmail);
      // AppRequested is accepted from every state (docs/adr/0026 §2.3).
      if (!step.ok) throw new Error(`a sign-in for an application could not start: ${step.error.code}`);
      return { handle: step.handle, next: step.state.step === 'password' ? '/login/password' : '/login' };
    },
    resume: (request, reply, session, user, target) => continueLogin(ctx, request, reply, session, user, target, false),
  };
}
