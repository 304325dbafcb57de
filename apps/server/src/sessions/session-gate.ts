import type {
  ActiveSession,
  MobileDeviceFactor,
  SessionParticipant,
  SessionRecord,
  SessionService,
  UserRecord,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';

/** Warnings outside the answer of a request (single logout failures); pino and Fastify's logger fit. */
export interface WarnLogger {
  warn(details: object, message: string): void;
}

/** Tells one application that the session it joined has ended (CAS SLO, OIDC back-channel logout). */
export type ParticipantLogout = (participant: SessionParticipant, userId: string) => Promise<void>;

/** One logout per protocol, built by the composition root and passed here, never registered later. */
export type ParticipantLogouts = Readonly<Partial<Record<SessionParticipant['protocol'], ParticipantLogout>>>;

/** A session found for a cookie, with its user (the portal's `request.auth`). */
export interface LoadedSession {
  id: string;
  record: SessionRecord;
  user: UserRecord;
}

/**
 * The SSO session as the routes see it (ADR 0026 §2.6): load, start, end, add a participant.
 * It replaces login/end-session.ts and portal-context's startSession, which needed the whole
 * `Services` (and made services.ts ↔ login/end-session.ts a cycle).
 */
export interface SessionGate {
  load(id: string | undefined, now: Date): Promise<LoadedSession | null>;
  /** A fresh session after an authentication; the previous id is never reused (design §10). */
  start(
    previousId: string | undefined,
    userId: string,
    strengths: Strength[],
    devices: MobileDeviceFactor[],
    now: Date,
    log?: WarnLogger,
  ): Promise<ActiveSession>;
  /** Ends the session and tells every application it signed into (CAS 3.0 §2.3.3; OIDC back-channel logout). */
  end(id: string | undefined, userId: string | null, log?: WarnLogger): Promise<void>;
  addParticipant(session: ActiveSession, participant: SessionParticipant, now: Date): Promise<void>;
}

/**
 * Tells each application of an ended session that it ended. An application that does not answer
 * does not keep the session alive: the failure is logged and the others are still told.
 */
export async function notifyParticipants(
  logouts: ParticipantLogouts,
  participants: SessionParticipant[],
  userId: string,
  log: WarnLogger,
): Promise<void> {
  await Promise.all(
    participants.map(async (participant) => {
      const logout = logouts[participant.protocol];
      try {
        await logout?.(participant, userId);
      } catch (error) {
        log.warn({ err: error, appId: participant.appId, protocol: participant.protocol }, 'single logout failed');
      }
    }),
  );
}

export interface SessionGateDeps {
  sessions: Pick<SessionService, 'load' | 'rotate' | 'destroy' | 'addParticipant'>;
  findUser(id: string): Promise<UserRecord | null>;
  logouts: ParticipantLogouts;
  /** Used when the caller gives no logger of its own (a request's). */
  log: WarnLogger;
}

export function createSessionGate(deps: SessionGateDeps): SessionGate {
  const { sessions, findUser, logouts } = deps;
  return {
    load: (id, now) => sessions.load(id, findUser, now),
    async start(previousId, userId, strengths, devices, now, log = deps.log) {
      const { session, ended } = await sessions.rotate(previousId, userId, strengths, now, devices);
      // Another user signed in on this browser: the applications of the previous session are told.
      if (ended) await notifyParticipants(logouts, ended.participants, ended.userId, log);
      return session;
    },
    async end(id, userId, log = deps.log) {
      const participants = await sessions.destroy(id);
      if (userId) await notifyParticipants(logouts, participants, userId, log);
    },
    addParticipant: (session, participant, now) => sessions.addParticipant(session, participant, now),
  };
}
