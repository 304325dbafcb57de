import { fromV1, type LoginTransaction, type SignInState } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { flattenSignInState } from './login-transactions-facade';

const target = {
  kind: 'cas' as const,
  appId: 'traces',
  requirement: { minimumLevel: 'MEDIUM' as const, acceptedStrengths: null },
  forceAuthentication: false,
  data: { service: 'https://traces.example/' },
};

describe('flattenSignInState (the v1 view of the engine state)', () => {
  it.each<[string, LoginTransaction]>([
    ['step 1 with a return page', { returnTo: '/account/devices' }],
    ['the password step of a re-authentication', { email: 'a@example.eu', returnTo: '/account', reauthenticate: true }],
    ['an application sign-in', { email: 'a@example.eu', target }],
    ['a kept sign-in', { email: 'a@example.eu', target, stepUp: { userId: 'u1' } }],
    [
      'a pending push',
      {
        email: 'a@example.eu',
        secondFactor: { userId: 'u1', method: 'PASSWORD_MOBILE_APP', passwordAt: 1, shown: 42, expiresAt: 2 },
      },
    ],
    [
      'a pending QR code',
      {
        email: 'a@example.eu',
        secondFactor: { userId: 'u1', method: 'PASSWORD_SOFTWARE_TOKEN', passwordAt: 1, expiresAt: 2 },
      },
    ],
  ])('%s: the v1 record it was read from', (_name, v1) => {
    const state: SignInState = fromV1(v1);
    expect(flattenSignInState(state)).toEqual(v1);
  });
});
