import { z } from 'zod';
import type { EphemeralStore, UserRecord } from '../ports';
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

const sessionRecord = z.object({
  userId: z.string(),
  /** Authentication methods used, in EU Login's strength vocabulary (e.g. PASSWORD). */
  methods: z.array(z.string()),
  createdAt: z.number(),
  authTime: z.number(),
  lastSeenAt: z.number(),
});
export type SessionRecord = z.infer<typeof sessionRecord>;

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
  ) {}

  private async key(id: string) {
    return `sess:${await tokenDigest(id)}`;
  }

  private ttlFor(record: SessionRecord, now: number): number {
    const idleEnd = now + this.timeouts.idleMinutes * 60_000;
    const absoluteEnd = record.createdAt + this.timeouts.absoluteHours * 3_600_000;
    return Math.min(idleEnd, absoluteEnd) - now;
  }

  async create(userId: string, methods: string[], now: Date): Promise<ActiveSession> {
    const t = now.getTime();
    const record: SessionRecord = { userId, methods, createdAt: t, authTime: t, lastSeenAt: t };
    const id = randomToken();
    await this.store.set(await this.key(id), JSON.stringify(record), this.ttlFor(record, t));
    return { id, record };
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
    if (!account || account.credentialsChangedAt.getTime() > record.authTime) {
      await this.store.delete(key);
      return null;
    }
    if (t - record.lastSeenAt >= TOUCH_INTERVAL_MS) {
      const touched = { ...record, lastSeenAt: t };
      await this.store.set(key, JSON.stringify(touched), this.ttlFor(touched, t));
      return { id, record: touched, user: account };
    }
    return { id, record, user: account };
  }

  async destroy(id: string | undefined): Promise<void> {
    if (id && id.length <= 100) await this.store.delete(await this.key(id));
  }
}
