import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCasKit, SESSION_LIFE_MS, USER, type CasKit } from '../../testing';
import { SERVICE_TICKET_TTL_MS, type PgtRecord } from './cas-ticket-store';
import { newTicketId } from './ticket-ids';

describe('ticket identifiers', () => {
  it('start with their prefix and use only A-Z, a-z, 0-9 and "-" (CAS 3.0 §3.1.1, §3.7)', () => {
    for (let i = 0; i < 200; i++) {
      expect(newTicketId('ST')).toMatch(/^ST-[A-Za-z0-9-]{28}$/);
      expect(newTicketId('PT')).toMatch(/^PT-[A-Za-z0-9-]{28}$/);
      expect(newTicketId('PGT')).toMatch(/^PGT-[A-Za-z0-9-]{43}$/);
      expect(newTicketId('PGTIOU')).toMatch(/^PGTIOU-[A-Za-z0-9-]{43}$/);
    }
  });

  it('fit the lengths every client accepts: 32 for ST/PT, 64 for PGT/PGTIOU (§3.1.1, §3.3.1, §3.4.1)', () => {
    expect(newTicketId('ST').length).toBeLessThanOrEqual(32);
    expect(newTicketId('PT').length).toBeLessThanOrEqual(32);
    expect(newTicketId('PGT').length).toBeLessThanOrEqual(64);
    expect(newTicketId('PGTIOU').length).toBeLessThanOrEqual(64);
  });

  it('carry at least 128 random bits: no two alike', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => newTicketId('ST')));
    expect(ids.size).toBe(2000);
  });
});

describe('CasTicketStore', () => {
  let kit: CasKit;
  beforeEach(() => {
    kit = createCasKit();
  });
  afterEach(() => kit.store.close());

  it('keeps only the digest of a ticket: its id is not a key of the store', async () => {
    const ticket = await kit.issue();
    expect(await kit.store.get(`cas:t:${ticket}`)).toBeNull();
  });

  it('gives a service ticket once (CAS 3.0 §3.1.1)', async () => {
    const ticket = await kit.issue();
    const first = await kit.tickets.take(ticket);
    expect(first).toMatchObject({ kind: 'ST', userId: USER.id, proxies: [] });
    expect(await kit.tickets.take(ticket)).toBeNull();
  });

  it('gives it to one of many concurrent takers only', async () => {
    const ticket = await kit.issue();
    const taken = await Promise.all(Array.from({ length: 10 }, () => kit.tickets.take(ticket)));
    expect(taken.filter(Boolean)).toHaveLength(1);
  });

  it(`expires an unvalidated ticket after ${SERVICE_TICKET_TTL_MS / 1000} s, under the 5 minutes of §3.1.1`, async () => {
    expect(SERVICE_TICKET_TTL_MS).toBeLessThanOrEqual(5 * 60_000);
    const kept = await kit.issue();
    const lost = await kit.issue();
    kit.advance(SERVICE_TICKET_TTL_MS - 1);
    expect(await kit.tickets.take(kept)).not.toBeNull();
    kit.advance(1);
    expect(await kit.tickets.take(lost)).toBeNull();
  });

  it('refuses identifiers that cannot be ours without touching the store', async () => {
    expect(await kit.tickets.take('')).toBeNull();
    expect(await kit.tickets.take(`ST-${'a'.repeat(300)}`)).toBeNull();
  });

  describe('proxy-granting tickets', () => {
    const pgtRecord = (kit: CasKit, rootRef = 'root'): PgtRecord => ({
      appId: 'app',
      userId: USER.id,
      sessionRef: 'session-digest',
      sessionEndsAt: kit.now().getTime() + SESSION_LIFE_MS,
      strengths: ['PASSWORD'],
      fromNewLogin: true,
      authTime: kit.now().getTime(),
      proxies: ['https://app.example.org/pgt'],
      rootRef,
    });

    it('are multi-use and live until the SSO session ends (§3.3.1)', async () => {
      const issued = await kit.tickets.issueProxyGrantingTicket(pgtRecord(kit), kit.now());
      expect(issued?.pgt).toMatch(/^PGT-/);
      expect(issued?.pgtIou).toMatch(/^PGTIOU-/);
      kit.advance(SESSION_LIFE_MS - 1);
      expect(await kit.tickets.findProxyGrantingTicket(issued!.pgt)).not.toBeNull();
      expect(await kit.tickets.findProxyGrantingTicket(issued!.pgt)).not.toBeNull();
      kit.advance(1);
      expect(await kit.tickets.findProxyGrantingTicket(issued!.pgt)).toBeNull();
    });

    it('are not issued for a session that has ended', async () => {
      const record = { ...pgtRecord(kit), sessionEndsAt: kit.now().getTime() };
      expect(await kit.tickets.issueProxyGrantingTicket(record, kit.now())).toBeNull();
    });

    it('die with the logout of the login they come from, and the chain cannot be reopened (§3.3.1)', async () => {
      const st = await kit.issue();
      const root = (await kit.tickets.take(st))!.rootRef;
      const first = await kit.tickets.issueProxyGrantingTicket(pgtRecord(kit, root), kit.now());
      const other = await kit.tickets.issueProxyGrantingTicket(pgtRecord(kit, 'another-login'), kit.now());
      await kit.tickets.endChain(st);
      expect(await kit.tickets.findProxyGrantingTicket(first!.pgt)).toBeNull();
      expect(await kit.tickets.findProxyGrantingTicket(other!.pgt)).not.toBeNull();
      // A ticket of the chain validated after the logout gets no new PGT.
      expect(await kit.tickets.issueProxyGrantingTicket(pgtRecord(kit, root), kit.now())).toBeNull();
      kit.advance(10 * 60_000);
      expect(await kit.tickets.findProxyGrantingTicket(first!.pgt)).toBeNull();
    });

    it('live in their own key space: presenting a PGT as a service ticket neither works nor consumes it', async () => {
      const issued = await kit.tickets.issueProxyGrantingTicket(pgtRecord(kit), kit.now());
      expect(await kit.tickets.take(issued!.pgt)).toBeNull();
      expect(await kit.tickets.findProxyGrantingTicket(issued!.pgt)).not.toBeNull();
    });
  });
});
