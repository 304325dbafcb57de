import { STRENGTHS, type Strength } from '@sesame/protocol';
import { z } from 'zod';
import { EVICTABLE, type EphemeralStore } from '../ports';
import { tokenDigest } from '../security/random-token';
import { mobileDeviceFactor } from '../sessions/sso-session';
import { MAX_TICKET_LENGTH, newTicketId } from './ticket-ids';

/**
 * Lifetime of a service or proxy ticket. CAS 3.0 §3.1.1 recommends at most 5 minutes; the
 * relying application validates it on the back channel right after the browser's redirect, so
 * one minute covers a slow network (TRACES users often have one) while keeping the window of a
 * leaked URL short (Apereo uses 10 s; reference/security.md SEC-36: 10–60 s).
 */
export const SERVICE_TICKET_TTL_MS = 60_000;

/**
 * After a logout, how long a chain stays marked as ended: longer than any ticket of the chain
 * issued before the logout can live, so none of them can open the chain again.
 */
const ENDED_CHAIN_TTL_MS = 2 * SERVICE_TICKET_TTL_MS;
const CHAIN_OPEN = 'open';
const CHAIN_ENDED = 'ended';

const strength = z.enum(STRENGTHS as [Strength, ...Strength[]]);

/** What an authentication grants, as tickets carry it from /login to validation and along a proxy chain. */
const grant = z.object({
  userId: z.string(),
  /** Digest of the SSO session id: binds the ticket without keeping a live session id in the store. */
  sessionRef: z.string(),
  /** The SSO session's absolute end (ms since the epoch): no PGT outlives it (CAS 3.0 §3.3.1). */
  sessionEndsAt: z.number(),
  strengths: z.array(strength),
  /** The mobile devices that confirmed the session's authentications (EU Login's `mobileDevice` factors). */
  mobileDevices: z.array(mobileDeviceFactor).optional(),
  /** True when issued right after the user presented credentials (CAS 3.0 §2.5.1 renew, isFromNewLogin). */
  fromNewLogin: z.boolean(),
  authTime: z.number(),
  /** pgtUrls the authentication was proxied through, most recent first (CAS 3.0 §2.6.2); empty for an ST. */
  proxies: z.array(z.string()),
  /** Digest of the service ticket the chain started from: logging that participant out ends the chain's PGTs. */
  rootRef: z.string(),
});
export type TicketGrant = z.infer<typeof grant>;

const ticketRecord = grant.extend({
  kind: z.enum(['ST', 'PT']),
  /** The application and the exact service URL the ticket was issued for (CAS 3.0 §3.1.1). */
  appId: z.string(),
  service: z.string(),
});
export type TicketRecord = z.infer<typeof ticketRecord>;

const pgtRecord = grant.extend({
  /** The application that received the PGT: the one that proxies with it. */
  appId: z.string(),
});
export type PgtRecord = z.infer<typeof pgtRecord>;

function parse<T>(schema: z.ZodType<T>, raw: string | null): T | null {
  if (raw === null) return null;
  const parsed = schema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
}

/**
 * CAS tickets in the ephemeral store, under the SHA-256 of their id (a store dump reveals no
 * live ticket). Service and proxy tickets are taken atomically: whoever presents one consumes
 * it, whatever the outcome of the checks that follow (CAS 3.0 §3.1.1, §3.2.1). Proxy-granting
 * tickets are multi-use (§3.3.1) and live in another key space, so presenting one where a
 * service ticket is expected never consumes it.
 */
export class CasTicketStore {
  constructor(private readonly store: EphemeralStore) {}

  private static ticketKey(id: string) {
    return `cas:t:${tokenDigest(id)}`;
  }
  private static pgtKey(id: string) {
    return `cas:pgt:${tokenDigest(id)}`;
  }
  private static chainKey(rootRef: string) {
    return `cas:chain:${rootRef}`;
  }

  /** A service ticket for a login (CAS 3.0 §2.2.4). */
  async issueServiceTicket(
    issued: Omit<TicketRecord, 'kind' | 'proxies' | 'rootRef'>,
  ): Promise<{ ticket: string; record: TicketRecord }> {
    const ticket = newTicketId('ST');
    const record: TicketRecord = { ...issued, kind: 'ST', proxies: [], rootRef: tokenDigest(ticket) };
    // A ticket lost at the memory store's cap fails validation: the login starts again (docs/adr/0021).
    await this.store.set(CasTicketStore.ticketKey(ticket), JSON.stringify(record), SERVICE_TICKET_TTL_MS, EVICTABLE);
    return { ticket, record };
  }

  /** A proxy ticket for `service`, carrying the PGT's grant and proxy chain (CAS 3.0 §2.7). */
  async issueProxyTicket(pgt: PgtRecord, target: { appId: string; service: string }): Promise<string> {
    const ticket = newTicketId('PT');
    const record: TicketRecord = { ...pgt, kind: 'PT', appId: target.appId, service: target.service };
    await this.store.set(CasTicketStore.ticketKey(ticket), JSON.stringify(record), SERVICE_TICKET_TTL_MS, EVICTABLE);
    return ticket;
  }

  /** Consumes a service or proxy ticket: of concurrent callers, one gets it, and never twice. */
  async take(ticket: string): Promise<TicketRecord | null> {
    if (ticket.length === 0 || ticket.length > MAX_TICKET_LENGTH) return null;
    const record = parse(ticketRecord, await this.store.take(CasTicketStore.ticketKey(ticket)));
    if (!record) return null;
    // Bound to its SSO session (design §10): a ticket issued before a logout dies with it.
    return (await this.store.get(CasTicketStore.chainKey(record.rootRef))) === CHAIN_ENDED ? null : record;
  }

  /**
   * A proxy-granting ticket and its IOU (CAS 3.0 §3.3, §3.4: the IOU is random, not derived from
   * the PGT). It lives until the SSO session's absolute end, and the chain it belongs to is
   * marked open for as long; null when the session has ended or its chain was logged out.
   */
  async issueProxyGrantingTicket(record: PgtRecord, now: Date): Promise<{ pgt: string; pgtIou: string } | null> {
    const ttl = record.sessionEndsAt - now.getTime();
    if (ttl <= 0) return null;
    const chain = CasTicketStore.chainKey(record.rootRef);
    // Never overwritten: a logout's "ended" mark stays, and every PGT of a chain shares its end.
    if (!(await this.store.setIfAbsent(chain, CHAIN_OPEN, ttl)) && (await this.store.get(chain)) !== CHAIN_OPEN) {
      return null;
    }
    const pgt = newTicketId('PGT');
    // The chain's marks are never evictable (an "ended" mark lost would revive its PGTs); a PGT is.
    await this.store.set(CasTicketStore.pgtKey(pgt), JSON.stringify(record), ttl, EVICTABLE);
    return { pgt, pgtIou: newTicketId('PGTIOU') };
  }

  /** A live PGT: known, not expired, and its chain not ended by a logout. */
  async findProxyGrantingTicket(pgt: string): Promise<PgtRecord | null> {
    if (pgt.length === 0 || pgt.length > MAX_TICKET_LENGTH) return null;
    const record = parse(pgtRecord, await this.store.get(CasTicketStore.pgtKey(pgt)));
    if (!record) return null;
    // Fail closed: a chain marker that is gone (logout, store loss) ends the PGT.
    return (await this.store.get(CasTicketStore.chainKey(record.rootRef))) === CHAIN_OPEN ? record : null;
  }

  async revokeProxyGrantingTicket(pgt: string): Promise<void> {
    await this.store.delete(CasTicketStore.pgtKey(pgt));
  }

  /**
   * Ends every PGT obtained, directly or through proxies, from the login that produced
   * `serviceTicket` (CAS 3.0 §3.3.1: a PGT MUST expire when the client logs out).
   */
  async endChain(serviceTicket: string): Promise<void> {
    await this.store.set(CasTicketStore.chainKey(tokenDigest(serviceTicket)), CHAIN_ENDED, ENDED_CHAIN_TTL_MS);
  }
}
