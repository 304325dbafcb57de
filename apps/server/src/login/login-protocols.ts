import type { ActiveSession, LoginTarget, SessionParticipant, UserRecord } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * How a relying-app protocol (CAS, OpenID Connect) resumes a sign-in it started once the user
 * is authenticated enough, and how it is told that an SSO session ended. Each protocol plugin
 * registers its own; the portal's sign-in flow knows none of them.
 */
export interface LoginContinuationArgs {
  request: FastifyRequest;
  reply: FastifyReply;
  session: ActiveSession;
  user: UserRecord;
  target: LoginTarget;
  /** The strengths of the session that satisfy the target's requirement (never empty). */
  strengths: Strength[];
  /** True right after the user authenticated (CAS isFromNewLogin); false when the SSO session sufficed. */
  fresh: boolean;
}

export type LoginContinuation = (args: LoginContinuationArgs) => Promise<FastifyReply>;

/** Tells one application that the session it joined has ended (CAS SLO, OIDC back-channel logout). */
export type ParticipantLogout = (participant: SessionParticipant, userId: string) => Promise<void>;

export interface LoginProtocols {
  continuations: Partial<Record<LoginTarget['kind'], LoginContinuation>>;
  logout: Partial<Record<SessionParticipant['protocol'], ParticipantLogout>>;
}
