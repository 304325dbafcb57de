import { describe, expect, it } from 'vitest';
import type { TicketRecord } from './cas-ticket-store';
import { checkTicket, type TicketExpectation } from './check-ticket';

const ST: TicketRecord = {
  kind: 'ST',
  appId: 'app',
  service: 'https://app.example.org/cas',
  userId: 'n0025vuz',
  sessionRef: 's',
  sessionEndsAt: 0,
  strengths: ['PASSWORD'],
  fromNewLogin: false,
  authTime: 0,
  proxies: [],
  rootRef: 'r',
};
const PT: TicketRecord = { ...ST, kind: 'PT', proxies: ['https://proxy.example.org/pgt'] };
const EXPECT: TicketExpectation = {
  service: ST.service,
  acceptProxyTickets: false,
  renew: false,
  requirement: { minimumLevel: 'BASIC', acceptedStrengths: null },
};

const codeOf = (expected: Partial<TicketExpectation>, ticket: TicketRecord | null) => {
  const verdict = checkTicket({ ...EXPECT, ...expected }, ticket);
  return verdict.valid ? 'OK' : verdict.failure.code;
};

describe('checkTicket: the rules of a validation, in the order they are reported', () => {
  it('valid: the strengths that satisfy the requirement', () => {
    expect(checkTicket(EXPECT, ST)).toEqual({ valid: true, strengths: ['PASSWORD'] });
  });

  it('no ticket: INVALID_TICKET, before anything else', () => {
    expect(codeOf({ service: 'https://elsewhere.example.org/', renew: true }, null)).toBe('INVALID_TICKET');
  });

  it('a proxy ticket where only service tickets are accepted: INVALID_TICKET_SPEC, before the service', () => {
    expect(codeOf({ service: 'https://elsewhere.example.org/' }, PT)).toBe('INVALID_TICKET_SPEC');
    expect(codeOf({ acceptProxyTickets: true }, PT)).toBe('OK');
  });

  it('another service: INVALID_SERVICE, before renew and the level', () => {
    expect(
      codeOf(
        { service: `${ST.service}/`, renew: true, requirement: { minimumLevel: 'HIGH', acceptedStrengths: null } },
        ST,
      ),
    ).toBe('INVALID_SERVICE');
  });

  it('the service is compared exactly (CAS 3.0 §3.1.1: the identifier given to /login)', () => {
    expect(codeOf({ service: 'https://APP.example.org/cas' }, ST)).toBe('INVALID_SERVICE');
    expect(codeOf({ service: `${ST.service}?x=1` }, ST)).toBe('INVALID_SERVICE');
  });

  it('renew and an SSO ticket: INVALID_TICKET, before the level', () => {
    expect(codeOf({ renew: true, requirement: { minimumLevel: 'HIGH', acceptedStrengths: null } }, ST)).toBe(
      'INVALID_TICKET',
    );
    expect(codeOf({ renew: true }, { ...ST, fromNewLogin: true })).toBe('OK');
  });

  it('below the level: INSUFFICIENT_AUTHENTICATION_LEVEL; at the level but not accepted: INVALID_STRENGTH', () => {
    expect(codeOf({ requirement: { minimumLevel: 'MEDIUM', acceptedStrengths: null } }, ST)).toBe(
      'INSUFFICIENT_AUTHENTICATION_LEVEL',
    );
    const medium: TicketRecord = { ...ST, strengths: ['PASSWORD', 'PASSWORD_SMS'] };
    expect(
      codeOf({ requirement: { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] } }, medium),
    ).toBe('INVALID_STRENGTH');
  });
});
