import type { SessionParticipant } from '@sesame/core';
import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../services';

/**
 * Ends an SSO session and tells every application it signed into (CAS 3.0 §2.3.3 single
 * logout; OIDC back-channel logout). An application that does not answer does not keep the
 * session alive: the failure is logged and the others are still told.
 */
export async function endSession(
  services: Services,
  sessionId: string | undefined,
  userId: string | null,
  log: FastifyBaseLogger,
) {
  const participants = await services.sessions.destroy(sessionId);
  if (userId) await notifyParticipants(services, participants, userId, log);
}

/** Tells each application of an ended session that it ended; failures are logged, never thrown. */
export interface WarnLogger {
  warn(details: object, message: string): void;
}

export async function notifyParticipants(
  services: Services,
  participants: SessionParticipant[],
  userId: string,
  log: WarnLogger,
) {
  await Promise.all(
    participants.map(async (participant) => {
      const logout = services.protocols.logout[participant.protocol];
      try {
        await logout?.(participant, userId);
      } catch (error) {
        log.warn({ err: error, appId: participant.appId, protocol: participant.protocol }, 'single logout failed');
      }
    }),
  );
}
