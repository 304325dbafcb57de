import type { ActiveSession, LoginTarget, SessionParticipant, UserRecord } from '@sesame/core';
import type { Strength } from '@sesame/protocol';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ParticipantLogout } from '../sessions/session-gate';

/** How a relying-app protocol resumes a sign-in once the user is authenticated enough. */
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

/**
 * A protocol's answer when the user cancels at the interstitial of "warn me each time an
 * application asks for my identity" (docs/adr/0031): OIDC returns access_denied to the application.
 */
export type LoginCancellation = (args: {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly target: LoginTarget;
}) => Promise<FastifyReply>;

/** Built by compose and passed where needed, never registered on a shared object (issue 12 point 2). */
export type Continuations = Readonly<Record<LoginTarget['kind'], LoginContinuation>>;
export type ParticipantLogouts = Readonly<Record<SessionParticipant['protocol'], ParticipantLogout>>;
