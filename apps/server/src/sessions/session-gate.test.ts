import type { ActiveSession, SessionParticipant, SessionRecord, UserRecord } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { createSessionGate, notifyParticipants, type ParticipantLogouts, type SessionGateDeps } from './session-gate';

const NOW = new Date('2026-12-07T10:00:00Z');
const record: SessionRecord = {
  userId: 'u1',
  strengths: ['PASSWORD'],
  mobileDevices: [],
  createdAt: NOW.getTime(),
  authTime: NOW.getTime(),
  lastSeenAt: NOW.getTime(),
};
const session: ActiveSession = { id: 's2', record };
const casApp: SessionParticipant = { appId: 'traces', protocol: 'cas', service: 'https://a.example/', ticket: 'ST-1' };
const oidcApp: SessionParticipant = { appId: 'rp', protocol: 'oidc', oidcSession: 'os1' };

function recorder() {
  const told: string[] = [];
  const warned: string[] = [];
  const logouts: ParticipantLogouts = {
    cas: async (participant, userId) => void told.push(`cas:${participant.appId}:${userId}`),
    oidc: async (participant, userId) => void told.push(`oidc:${participant.appId}:${userId}`),
  };
  const log = { warn: (details: object, message: string) => void warned.push(`${message} ${JSON.stringify(details)}`) };
  return { told, warned, logouts, log };
}

function fakeSessions(
  ended: { userId: string; participants: SessionParticipant[] } | null,
  destroyed: SessionParticipant[],
) {
  const calls: string[] = [];
  const sessions: SessionGateDeps['sessions'] = {
    load: async (id, user, now) => {
      calls.push(`load:${id}:${now.toISOString()}`);
      const found = await user('u1');
      return found ? { id: id ?? '', record, user: found } : null;
    },
    rotate: async (previous) => {
      calls.push(`rotate:${previous}`);
      return { session, ended };
    },
    destroy: async (id) => {
      calls.push(`destroy:${id}`);
      return destroyed;
    },
    addParticipant: async (_session, participant) => void calls.push(`add:${participant.appId}`),
  };
  return { sessions, calls };
}

const user = { id: 'u1', email: 'marie@example.eu' } as UserRecord;

describe('notifyParticipants', () => {
  it('tells every application of the session through its protocol', async () => {
    const { told, logouts, log } = recorder();
    await notifyParticipants(logouts, [casApp, oidcApp], 'u1', log);
    expect(told.sort()).toEqual(['cas:traces:u1', 'oidc:rp:u1']);
  });

  it('logs an application that fails and still tells the others (CAS 3.0 §2.3.3: best effort)', async () => {
    const { told, warned, log } = recorder();
    const logouts: ParticipantLogouts = {
      cas: async () => {
        throw new Error('no answer');
      },
      oidc: async (participant, userId) => void told.push(`oidc:${participant.appId}:${userId}`),
    };
    await expect(notifyParticipants(logouts, [casApp, oidcApp], 'u1', log)).resolves.toBeUndefined();
    expect(told).toEqual(['oidc:rp:u1']);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toContain('single logout failed');
  });
});

describe('SessionGate', () => {
  it('loads a session with its user', async () => {
    const { logouts, log } = recorder();
    const { sessions, calls } = fakeSessions(null, []);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    expect((await gate.load('s1', NOW))?.user).toBe(user);
    expect(calls).toEqual([`load:s1:${NOW.toISOString()}`]);
  });

  it('starts a fresh session and tells the applications of another user who was signed in', async () => {
    const { told, logouts, log } = recorder();
    const { sessions } = fakeSessions({ userId: 'u0', participants: [casApp] }, []);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    expect(await gate.start('s1', 'u1', ['PASSWORD'], [], NOW)).toBe(session);
    expect(told).toEqual(['cas:traces:u0']);
  });

  it('starts a session of the same user without telling anyone', async () => {
    const { told, logouts, log } = recorder();
    const { sessions } = fakeSessions(null, []);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    await gate.start('s1', 'u1', ['PASSWORD'], [], NOW);
    expect(told).toEqual([]);
  });

  it('ends a session and tells its applications', async () => {
    const { told, logouts, log } = recorder();
    const { sessions, calls } = fakeSessions(null, [casApp, oidcApp]);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    await gate.end('s1', 'u1');
    expect(calls).toEqual(['destroy:s1']);
    expect(told.sort()).toEqual(['cas:traces:u1', 'oidc:rp:u1']);
  });

  it('ends a session of no known user without telling anyone', async () => {
    const { told, logouts, log } = recorder();
    const { sessions } = fakeSessions(null, [casApp]);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    await gate.end('s1', null);
    expect(told).toEqual([]);
  });

  it('logs a failed logout with the logger of the request when given one', async () => {
    const { logouts: base, log } = recorder();
    const requestLog: string[] = [];
    const logouts: ParticipantLogouts = {
      ...base,
      cas: async () => {
        throw new Error('down');
      },
    };
    const { sessions } = fakeSessions(null, [casApp]);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    await gate.end('s1', 'u1', { warn: (_details, message) => void requestLog.push(message) });
    expect(requestLog).toEqual(['single logout failed']);
  });

  it('adds a participant to the session', async () => {
    const { logouts, log } = recorder();
    const { sessions, calls } = fakeSessions(null, []);
    const gate = createSessionGate({ sessions, findUser: async () => user, logouts, log });
    await gate.addParticipant(session, casApp, NOW);
    expect(calls).toEqual(['add:traces']);
  });
});
