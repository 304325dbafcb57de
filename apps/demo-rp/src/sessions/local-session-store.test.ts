import { describe, expect, it } from 'vitest';
import type { SignedInUser } from '../signed-in-user';
import { LocalSessionStore, type SessionEnded } from './local-session-store';

function user(protocol: 'cas' | 'oidc', uid = 'n0025vuz'): SignedInUser {
  return {
    protocol,
    uid,
    name: null,
    email: null,
    organisation: null,
    level: 'BASIC',
    strengths: [],
    factors: [],
    sso: null,
    isFromNewLogin: null,
    authTime: null,
    signedInAt: new Date(0),
    received: {},
  };
}

function store(now = { t: 0 }) {
  const ended: SessionEnded[] = [];
  const sessions = new LocalSessionStore({ sessionMs: 60_000, now: () => now.t, onEnded: (e) => ended.push(e) });
  return { sessions, ended, now };
}

describe('LocalSessionStore', () => {
  it('gives each session a fresh 256-bit id and finds it again', () => {
    const { sessions } = store();
    const a = sessions.create({ user: user('cas') });
    const b = sessions.create({ user: user('cas') });
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.id).not.toBe(b.id);
    expect(sessions.get(a.id)).toBe(a);
    expect(sessions.get('unknown')).toBeNull();
    expect(sessions.get(undefined)).toBeNull();
  });

  it('ends a session after its absolute life', () => {
    const { sessions, ended, now } = store();
    const a = sessions.create({ user: user('cas') });
    now.t = 60_000;
    expect(sessions.get(a.id)).toBeNull();
    expect(ended).toEqual([{ protocol: 'cas', uid: 'n0025vuz', reason: 'expired' }]);
  });

  it('CAS single logout ends the session of that service ticket only', () => {
    const { sessions, ended } = store();
    const a = sessions.create({ user: user('cas'), casTicket: 'ST-1' });
    const b = sessions.create({ user: user('cas'), casTicket: 'ST-2' });
    expect(sessions.endByTicket('ST-1', 'cas-single-logout')).toBe(1);
    expect(sessions.endByTicket('ST-1', 'cas-single-logout')).toBe(0);
    expect(sessions.get(a.id)).toBeNull();
    expect(sessions.get(b.id)).not.toBeNull();
    expect(ended).toHaveLength(1);
  });

  it('back-channel logout: by sid when given (and sub must agree), else every session of sub', () => {
    const { sessions } = store();
    const s1 = sessions.create({ user: user('oidc'), oidcSid: 'sid-1', oidcSub: 'n0025vuz' });
    const s2 = sessions.create({ user: user('oidc'), oidcSid: 'sid-2', oidcSub: 'n0025vuz' });
    const other = sessions.create({ user: user('oidc', 'n0031kqe'), oidcSid: 'sid-3', oidcSub: 'n0031kqe' });
    expect(sessions.endByOidc({ sid: 'sid-3', sub: 'n0025vuz' }, 'oidc-backchannel-logout')).toBe(0);
    expect(sessions.endByOidc({ sid: 'sid-1', sub: 'n0025vuz' }, 'oidc-backchannel-logout')).toBe(1);
    expect(sessions.get(s2.id)).not.toBeNull();
    expect(sessions.endByOidc({ sid: null, sub: 'n0025vuz' }, 'oidc-backchannel-logout')).toBe(1);
    expect([sessions.get(s1.id), sessions.get(s2.id)]).toEqual([null, null]);
    expect(sessions.get(other.id)).not.toBeNull();
  });

  it('a pending OIDC sign-in is taken once, and not after 10 minutes', () => {
    const { sessions, now } = store();
    const { id } = sessions.startOidc({ state: 's', nonce: 'n', codeVerifier: 'v' });
    expect(sessions.takeOidc(id)).toEqual({ state: 's', nonce: 'n', codeVerifier: 'v', startedAt: 0 });
    expect(sessions.takeOidc(id)).toBeNull();
    const late = sessions.startOidc({ state: 's', nonce: 'n', codeVerifier: 'v' });
    now.t = 10 * 60_000;
    expect(sessions.takeOidc(late.id)).toBeNull();
  });

  it('remembers Logout Token ids until they expire', () => {
    const { sessions, now } = store();
    expect(sessions.rememberJti('j1', new Date(120_000))).toBe(true);
    expect(sessions.rememberJti('j1', new Date(120_000))).toBe(false);
    now.t = 200_000;
    expect(sessions.rememberJti('j1', new Date(320_000))).toBe(true);
  });
});
