import { describe, expect, it } from 'vitest';
import type { AuthenticationRequirement } from '../relying-apps/authentication-requirement';
import { decideCasLogin } from './login-decision';

const BASIC: AuthenticationRequirement = { minimumLevel: 'BASIC', acceptedStrengths: null };
const MEDIUM: AuthenticationRequirement = { minimumLevel: 'MEDIUM', acceptedStrengths: null };

describe('/cas/login: renew × gateway × SSO session (CAS 3.0 §2.1.1, reference/security.md SEC-38)', () => {
  const cases = [
    // [renew, gateway, session, requirement, expected]
    [false, false, null, BASIC, { action: 'authenticate', again: false }],
    [false, false, ['PASSWORD'], BASIC, { action: 'issue' }],
    [false, false, ['PASSWORD'], MEDIUM, { action: 'step-up' }],
    [true, false, null, BASIC, { action: 'authenticate', again: false }],
    [true, false, ['PASSWORD'], BASIC, { action: 'authenticate', again: true }],
    [false, true, null, BASIC, { action: 'return-without-ticket' }],
    [false, true, ['PASSWORD'], BASIC, { action: 'issue' }],
    [false, true, ['PASSWORD'], MEDIUM, { action: 'return-without-ticket' }],
    // Both set: renew wins (the RECOMMENDED reading).
    [true, true, null, BASIC, { action: 'authenticate', again: false }],
    [true, true, ['PASSWORD'], BASIC, { action: 'authenticate', again: true }],
  ] as const;

  it.each(cases)(
    'renew=%s gateway=%s session=%j requirement=%j → %j',
    (renew, gateway, session, requirement, expected) => {
      expect(
        decideCasLogin({
          renew,
          gateway,
          sessionStrengths: session ? [...session] : null,
          requirement,
        }),
      ).toEqual(expected);
    },
  );

  it('serves a stronger session to an application that accepts a level below it', () => {
    expect(
      decideCasLogin({
        renew: false,
        gateway: false,
        sessionStrengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
        requirement: MEDIUM,
      }),
    ).toEqual({ action: 'issue' });
  });
});
