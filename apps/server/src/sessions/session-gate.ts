import type {
  ActiveSession,
  MobileDeviceFactor,
  SessionParticipant,
  SessionRecord,
  SessionService,
  UserRecord,
} from '@sesame/core';
import type { Strength } from '@sesame/protocol';

/**
 * Warnings outside the answer of a request (single logout failures); pino and Fastify's logger fit.
 * `info` and `debug`, where the logger has them, carry what went well (a logout delivered).
 */
export interface WarnLogger {
  warn(details: object, message: string): void;
  info?(details: object, message: string): void;
  debug?(details: object, message: string): void;
}

/**
 * A logout the application received (docs/adr/0064): the status it answered, and where a
 * redirect pointed. Not a warning: CAS 3.0 §2.3.3 ignores the answer.
 */
export interface LogoutDelivered {
  readonly status: number;
  readonly location?: string;
}

/**
 * Tells one application that the session it joined has ended (CAS SLO, OIDC back-channel logout):
 * resolves, with the answer when there was one to judge, once the application has it; rejects when
 * it did not get it (network error, timeout, refusal).
 */
export type ParticipantLogout = (participant: SessionParticipant, userId: string) => Promise<LogoutDelivered | void>;

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
 * does not keep the session alive: the failure is logged as a warning and the others are still
 * told. A delivered logout is logged below it (docs/adr/0064): a redirect at `info` (what the
 * application answered, for the operator who wonders), a 2xx at `debug`.
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
        const delivered = await logout?.(participant, userId);
        if (!delivered) return;
        const details = { appId: participant.appId, protocol: participant.protocol, ...delivered };
        if (delivered.status >= 300) log.info?.(details, 'single logout delivered');
        else log.debug?.(details, 'single logout delivered');
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
