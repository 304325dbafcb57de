import type { Strength } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import type { AccountRecovery, DeviceStatus } from '../ports';
import { mayChangeAuthenticators } from './authenticator-change-policy';

const NOW = new Date('2025-03-02T08:00:00.000Z');
const BEFORE = new Date('2025-03-01T08:00:00.000Z');
const AFTER = new Date('2025-03-03T08:00:00.000Z');
const recovery = (readyAt: Date): AccountRecovery => ({ startedAt: BEFORE, readyAt });

const BASIC: Strength[] = ['PASSWORD'];
const MEDIUM: Strength[] = ['PASSWORD', 'PASSWORD_SOFTWARE_TOKEN'];

/** Issue 10 (SEC-27): who may add, delete or replace an authenticator. */
describe('mayChangeAuthenticators', () => {
  it.each<{
    case: string;
    devices: DeviceStatus[];
    since: Date | null;
    recovery: AccountRecovery | null;
    strengths: Strength[];
    here?: boolean;
    verdict: string;
  }>([
    {
      case: 'first enrolment, password only',
      devices: [],
      since: null,
      recovery: null,
      strengths: BASIC,
      verdict: 'first_enrolment',
    },
    {
      case: 'only a pending device, password only',
      devices: ['pending'],
      since: null,
      recovery: null,
      strengths: BASIC,
      verdict: 'first_enrolment',
    },
    {
      case: 'an active device, password only',
      devices: ['active'],
      since: BEFORE,
      recovery: null,
      strengths: BASIC,
      verdict: 'second_factor_required',
    },
    {
      case: 'a blocked device, password only (the bypass)',
      devices: ['blocked'],
      since: BEFORE,
      recovery: null,
      strengths: BASIC,
      verdict: 'second_factor_required',
    },
    {
      case: 'a blocked device, no marker yet (before the migration)',
      devices: ['blocked'],
      since: null,
      recovery: null,
      strengths: BASIC,
      verdict: 'second_factor_required',
    },
    {
      case: 'had a device (PANIC, last one deleted), password only',
      devices: [],
      since: BEFORE,
      recovery: null,
      strengths: BASIC,
      verdict: 'second_factor_required',
    },
    {
      case: 'no session strength at all',
      devices: ['active'],
      since: BEFORE,
      recovery: null,
      strengths: [],
      verdict: 'second_factor_required',
    },
    {
      case: 'an active device, second factor presented',
      devices: ['active'],
      since: BEFORE,
      recovery: null,
      strengths: MEDIUM,
      verdict: 'second_factor',
    },
    {
      case: 'a blocked device, second factor presented',
      devices: ['blocked'],
      since: BEFORE,
      recovery: null,
      strengths: MEDIUM,
      verdict: 'second_factor',
    },
    {
      case: 'recovery still waiting, password only',
      devices: [],
      since: BEFORE,
      recovery: recovery(AFTER),
      strengths: BASIC,
      verdict: 'second_factor_required',
    },
    {
      case: 'recovery ready, password only, in the browser that confirmed it',
      devices: ['blocked'],
      since: BEFORE,
      recovery: recovery(NOW),
      strengths: BASIC,
      here: true,
      verdict: 'recovery',
    },
    {
      case: 'recovery ready, password only, in another browser',
      devices: ['blocked'],
      since: BEFORE,
      recovery: recovery(NOW),
      strengths: BASIC,
      here: false,
      verdict: 'second_factor_required',
    },
  ])('$case → $verdict', ({ devices, since, recovery, strengths, here, verdict }) => {
    const result = mayChangeAuthenticators({
      user: { secondFactorSince: since, recovery },
      devices: devices.map((status) => ({ status })),
      sessionStrengths: strengths,
      recoveryConfirmedHere: here,
      now: NOW,
    });
    expect(result.allowed ? result.via : result.reason).toBe(verdict);
  });
});
