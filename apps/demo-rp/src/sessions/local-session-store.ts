import { randomBytes } from 'node:crypto';
import type { SignedInUser, SignInProtocol } from '../signed-in-user';

/** A sign-in to the demo app, in memory: what the user's cookie points at. */
export interface LocalSession {
  id: string;
  user: SignedInUser;
  expiresAt: number;
  /** CAS: the service ticket validated, the SessionIndex of a later single-logout request. */
  casTicket?: string | undefined;
  /** OIDC: the provider's session id and subject (back-channel logout), and the ID Token (logout hint). */
  oidcSid?: string | undefined;
  oidcSub?: string | undefined;
  idToken?: string | undefined;
}

/** An OpenID Connect sign-in in progress: the checks the callback must find again (single use). */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  startedAt: number;
}

export type SessionEndReason = 'sign-out' | 'cas-single-logout' | 'oidc-backchannel-logout' | 'replaced' | 'expired';

export interface SessionEnded {
  protocol: SignInProtocol;
  uid: string;
  reason: SessionEndReason;
}

const PENDING_MS = 10 * 60_000;

/** 256 bits from the CSPRNG, base64url: unguessable local session ids and handles. */
export function randomId(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Local sessions of the demo app, in memory (one process; a restart signs everyone out). Indexes
 * from the CAS service ticket and from the OIDC `sid` / `sub` let a single-logout or back-channel
 * logout request end the right sessions without knowing their ids.
 */
export class LocalSessionStore {
  private readonly sessions = new Map<string, LocalSession>();
  private readonly pending = new Map<string, PendingOidcSignIn & { expiresAt: number }>();
  private readonly byTicket = new Map<string, string>();
  private readonly bySid = new Map<string, Set<string>>();
  private readonly bySub = new Map<string, Set<string>>();
  /** Logout Token `jti`s already used, until they expire (OIDC Back-Channel Logout §2.6 step 7). */
  private readonly seenJti = new Map<string, number>();

  constructor(
    private readonly options: {
      sessionMs: number;
      now?: () => number;
      onEnded?: ((event: SessionEnded) => void) | undefined;
    },
  ) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  create(data: Omit<LocalSession, 'id' | 'expiresAt'>): LocalSession {
    this.sweep();
    const session: LocalSession = { ...data, id: randomId(), expiresAt: this.now() + this.options.sessionMs };
    this.sessions.set(session.id, session);
    if (session.casTicket) this.byTicket.set(session.casTicket, session.id);
    if (session.oidcSid) add(this.bySid, session.oidcSid, session.id);
    if (session.oidcSub) add(this.bySub, session.oidcSub, session.id);
    return session;
  }

  get(id: string | undefined): LocalSession | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (session.expiresAt <= this.now()) {
      this.end(id, 'expired');
      return null;
    }
    return session;
  }

  /** Ends one session; false when there was none. */
  end(id: string | undefined, reason: SessionEndReason): boolean {
    const session = id ? this.sessions.get(id) : undefined;
    if (!session) return false;
    this.sessions.delete(session.id);
    if (session.casTicket) this.byTicket.delete(session.casTicket);
    if (session.oidcSid) remove(this.bySid, session.oidcSid, session.id);
    if (session.oidcSub) remove(this.bySub, session.oidcSub, session.id);
    this.options.onEnded?.({ protocol: session.user.protocol, uid: session.user.uid, reason });
    return true;
  }

  /** CAS single logout: the session that validated this service ticket. */
  endByTicket(ticket: string, reason: SessionEndReason): number {
    return this.end(this.byTicket.get(ticket), reason) ? 1 : 0;
  }

  /**
   * OIDC back-channel logout (§2.7): with a `sid`, the sessions of that provider session; with
   * only a `sub`, every session of that user.
   */
  endByOidc(logout: { sid: string | null; sub: string | null }, reason: SessionEndReason): number {
    const ids = logout.sid ? this.bySid.get(logout.sid) : logout.sub ? this.bySub.get(logout.sub) : undefined;
    let ended = 0;
    for (const id of [...(ids ?? [])]) {
      const session = this.sessions.get(id);
      // A sid names one provider session; when sub is also given it must be that session's user.
      if (logout.sid && logout.sub && session?.oidcSub && session.oidcSub !== logout.sub) continue;
      if (this.end(id, reason)) ended++;
    }
    return ended;
  }

  startOidc(checks: Omit<PendingOidcSignIn, 'startedAt'>): { id: string; pending: PendingOidcSignIn } {
    this.sweep();
    const id = randomId();
    const now = this.now();
    const pending = { ...checks, startedAt: now };
    this.pending.set(id, { ...pending, expiresAt: now + PENDING_MS });
    return { id, pending };
  }

  /** The pending sign-in, removed (single use: a replayed callback finds nothing). */
  takeOidc(id: string | undefined): PendingOidcSignIn | null {
    if (!id) return null;
    const pending = this.pending.get(id);
    this.pending.delete(id);
    if (!pending || pending.expiresAt <= this.now()) return null;
    const { expiresAt: _expiresAt, ...checks } = pending;
    return checks;
  }

  /** Remembers a Logout Token id; false when it was already used (a replay). */
  rememberJti(jti: string, expiresAt: Date): boolean {
    this.sweep();
    if (this.seenJti.has(jti)) return false;
    this.seenJti.set(jti, expiresAt.getTime());
    return true;
  }

  get size(): number {
    return this.sessions.size;
  }

  /** Drops what has expired (called on writes: no timer to keep the process alive). */
  private sweep(): void {
    const now = this.now();
    for (const [id, session] of this.sessions) if (session.expiresAt <= now) this.end(id, 'expired');
    for (const [id, pending] of this.pending) if (pending.expiresAt <= now) this.pending.delete(id);
    for (const [jti, expiresAt] of this.seenJti) if (expiresAt + 60_000 <= now) this.seenJti.delete(jti);
  }
}

function add(index: Map<string, Set<string>>, key: string, id: string) {
  const ids = index.get(key) ?? new Set<string>();
  ids.add(id);
  index.set(key, ids);
}

function remove(index: Map<string, Set<string>>, key: string, id: string) {
  const ids = index.get(key);
  ids?.delete(id);
  if (ids?.size === 0) index.delete(key);
}
