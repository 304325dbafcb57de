import { STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import { EVICTABLE, type EphemeralStore, type UserRecord } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';

/**
 * The SSO session of a browser (design §4, §10; NIST SP 800-63B rev 4 §5.1–5.2): a 256-bit
 * random id, created at each authentication (so a pre-existing id is never promoted — session
 * fixation), ended by an idle timeout and an absolute timeout whichever comes first, and by a
 * credentials change after it began. The store keeps the id's digest only.
 */
export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

/**
 * What a security key that confirmed the sign-in is, for EU Login's `webAuthnDevice` (issue 13
 * point 1; eulogin-facts §2.6 WebAuthnDeviceType; docs/adr/0032 §4): its AAGUID, its kind, and
 * its model and maker when its attestation proved them.
 */
export const webauthnDeviceFacts = z.object({
  aaguid: z.string(),
  type: z.enum(['SECURITY_KEY', 'PLATFORM', 'PASSKEY']),
  model: z.string().nullable(),
  maker: z.string().nullable(),
});
export type WebAuthnDeviceFacts = z.infer<typeof webauthnDeviceFacts>;

/**
 * A device that confirmed an authentication of the session: reported to applications as EU
 * Login's `authenticationFactors/mobileDevice{deviceName, deviceIdentifier}` (eulogin-facts §2.6)
 * — or, with `webauthn`, a security key, as `webAuthnDevice{…}`.
 */
export const mobileDeviceFactor = z.object({
  id: z.string(),
  name: z.string(),
  webauthn: webauthnDeviceFacts.optional(),
});
export type MobileDeviceFactor = z.infer<typeof mobileDeviceFactor>;

const sessionRecord = z.object({
  userId: z.string(),
  /** Strengths reached in this session, EU Login's vocabulary (e.g. PASSWORD, PASSWORD_MOBILE_APP). */
  strengths: z.array(z.enum(STRENGTHS as [Strength, ...Strength[]])),
  mobileDevices: z.array(mobileDeviceFactor).default([]),
  createdAt: z.number(),
  authTime: z.number(),
  lastSeenAt: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecord>;

const sessionParticipant = z.object({
  appId: z.string(),
  protocol: z.enum(['cas', 'oidc']),
  /** CAS: the service URL and the service ticket it received (the SLO SessionIndex). */
  service: z.string().optional(),
  ticket: z.string().optional(),
  /**
   * OIDC: the OpenID Provider's session (its uid) and the `sid` the application received in its
   * ID token, which a back-channel Logout Token must carry (OIDC Back-Channel Logout 1.0 §2.4).
   */
  oidcSession: z.string().optional(),
  sid: z.string().optional(),
});
export type SessionParticipant = z.infer<typeof sessionParticipant>;

export interface ActiveSession {
  id: string;
  record: SessionRecord;
}

// Avoid a store write on every request: activity refreshes the idle timer at most this often.
const TOUCH_INTERVAL_MS = 60_000;

export class SessionService {
  constructor(
    private readonly store: EphemeralStore,
    private readonly timeouts: SessionTimeouts,
    /** Told when a session is found void because its account's credentials changed. */
    private readonly onRevoked: (userId: string, participants: SessionParticipant[]) => Promise<void> = async () => {},
  ) {}

  private async key(id: string) {
    return `sess:${tokenDigest(id)}`;
  }

  private ttlFor(record: SessionRecord, now: number): number {
    const idleEnd = now + this.timeouts.idleMinutes * 60_000;
    const absoluteEnd = record.createdAt + this.timeouts.absoluteHours * 3_600_000;
    return Math.min(idleEnd, absoluteEnd) - now;
  }

  async create(
    userId: string,
    strengths: Strength[],
    now: Date,
    mobileDevices: MobileDeviceFactor[] = [],
  ): Promise<ActiveSession> {
    const t = now.getTime();
    const record: SessionRecord = {
      userId,
      strengths: [...new Set(strengths)],
      mobileDevices: [...new Map(mobileDevices.map((d) => [d.id, d])).values()],
      createdAt: t,
      authTime: t,
      lastSeenAt: t,
    };
    const id = randomToken();
    await this.store.set(await this.key(id), JSON.stringify(record), this.ttlFor(record, t), EVICTABLE);
    return { id, record };
  }

  /**
   * A new session after an authentication: never the old id (session fixation). When the
   * browser already had a session of the same user (step-up, renew), its strengths and its
   * applications carry over; a session of another user ends and its applications are returned
   * for single logout. Reauthentication resets both timeouts (NIST SP 800-63B rev 4 §5.2).
   */
  async rotate(
    oldId: string | undefined,
    userId: string,
    strengths: Strength[],
    now: Date,
    mobileDevices: MobileDeviceFactor[] = [],
  ): Promise<{ session: ActiveSession; ended: { userId: string; participants: SessionParticipant[] } | null }> {
    const raw = oldId && oldId.length <= 100 ? await this.store.get(await this.key(oldId)) : null;
    const old = raw === null ? null : sessionRecord.safeParse(JSON.parse(raw));
    const participants = await this.destroy(oldId);
    const sameUser = old?.success === true && old.data.userId === userId;
    const session = sameUser
      ? await this.create(userId, [...old.data.strengths, ...strengths], now, [
          ...old.data.mobileDevices,
          ...mobileDevices,
        ])
      : await this.create(userId, strengths, now, mobileDevices);
    if (!sameUser) return { session, ended: old?.success ? { userId: old.data.userId, participants } : null };
    for (const participant of participants) await this.addParticipant(session, participant, now);
    return { session, ended: null };
  }

  /** The live session for `id`, or null (unknown, idle, too old, or credentials changed since). */
  async load(id: string | undefined, user: (userId: string) => Promise<UserRecord | null>, now: Date) {
    if (!id || id.length > 100) return null;
    const key = await this.key(id);
    const raw = await this.store.get(key);
    if (raw === null) return null;
    const parsed = sessionRecord.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const record = parsed.data;
    const t = now.getTime();
    if (this.ttlFor(record, t) <= 0 || t - record.lastSeenAt > this.timeouts.idleMinutes * 60_000) {
      await this.store.delete(key);
      return null;
    }
    const account = await user(record.userId);
    // Deactivation (docs/adr/0035) also moves credentialsChangedAt; checked here too, so that no
    // clock skew between instances leaves a session alive.
    if (!account || account.deactivatedAt || account.credentialsChangedAt.getTime() > record.authTime) {
      // The applications this session signed into are told too (single logout).
      await this.onRevoked(record.userId, await this.destroy(id));
      return null;
    }
    if (t - record.lastSeenAt >= TOUCH_INTERVAL_MS) {
      const touched = { ...record, lastSeenAt: t };
      await this.store.set(key, JSON.stringify(touched), this.ttlFor(touched, t), EVICTABLE);
      return { id, record: touched, user: account };
    }
    return { id, record, user: account };
  }

  /**
   * Ends a session and returns the applications it signed into, for single logout. Each
   * participant has its own key (numbered by an atomic counter), so concurrent sign-ins to
   * several applications never overwrite each other.
   */
  async destroy(id: string | undefined): Promise<SessionParticipant[]> {
    if (!id || id.length > 100) return [];
    const key = await this.key(id);
    await this.store.delete(key);
    const count = Number((await this.store.take(`${key}:n`)) ?? 0);
    const participants: SessionParticipant[] = [];
    for (let i = 1; i <= count; i++) {
      const raw = await this.store.take(`${key}:p:${i}`);
      const parsed = raw === null ? null : sessionParticipant.safeParse(JSON.parse(raw));
      if (parsed?.success) participants.push(parsed.data);
    }
    return participants;
  }

  /** Records that the session signed the user into an application (CAS 3.0 §2.3.3 single logout). */
  async addParticipant(session: ActiveSession, participant: SessionParticipant, now: Date): Promise<void> {
    const key = await this.key(session.id);
    const ttl = session.record.createdAt + this.timeouts.absoluteHours * 3_600_000 - now.getTime();
    if (ttl <= 0) return;
    // Evictable too, and never before the session itself: the memory store evicts the entries
    // created first first, and these come after it (docs/adr/0021).
    const n = await this.store.increment(`${key}:n`, ttl, EVICTABLE);
    await this.store.set(`${key}:p:${n}`, JSON.stringify(participant), ttl, EVICTABLE);
  }
}
