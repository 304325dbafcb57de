import { describe, expect, it } from 'vitest';
import { readSignInState } from './state-schema';
import {
  challengeStep,
  choosingStep,
  EMAIL,
  identifyStep,
  keptStep,
  MEDIUM_APP,
  passwordStep,
  SIGN_IN,
  T0,
} from './testing/sign-in-fixtures';

const read = (value: unknown) => readSignInState(JSON.stringify(value));
const factor = (method: string, extra: Record<string, unknown> = {}) => ({
  userId: 'u1',
  method,
  passwordAt: T0,
  expiresAt: T0 + 120_000,
  ...extra,
});

describe('readSignInState: v2 records', () => {
  it.each([
    ['identify', identifyStep()],
    ['password', passwordStep({ purpose: 'reauthenticate', returnTo: '/account/devices' })],
    ['challenge', challengeStep()],
    ['challenge (step-up)', challengeStep({ stepUp: true, ctx: keptStep().ctx })],
    ['challenge (decoy)', challengeStep({ method: 'on-mobile', userId: null, presented: [] })],
    ['kept', keptStep()],
    ['choosing', choosingStep({ lastUsed: null })],
  ])('%s reads back as written', (_, state) => {
    expect(read(state)).toEqual(state);
  });

  it.each([
    ['not JSON', '{'],
    ['an unknown step', JSON.stringify({ v: 2, step: 'authenticated', ctx: SIGN_IN })],
    ['a kept sign-in without a target', JSON.stringify({ ...keptStep(), ctx: SIGN_IN })],
    ['an unknown method', JSON.stringify(challengeStep({ method: 'carrier-pigeon' as never }))],
    ['an unknown strength', JSON.stringify(challengeStep({ presented: ['MAGIC' as never] }))],
    ['a v1 record of the wrong shape', JSON.stringify({ email: 42 })],
  ])('%s reads as null', (_, raw) => {
    expect(readSignInState(raw)).toBeNull();
  });
});

describe('readSignInState: v1 LoginTransaction records (rolling restart, docs/adr/0026 §2.2)', () => {
  it('{} → identify', () => {
    expect(read({})).toEqual(identifyStep());
  });

  it('{returnTo} → identify with returnTo', () => {
    expect(read({ returnTo: '/account/devices' })).toEqual(
      identifyStep({ purpose: 'sign-in', returnTo: '/account/devices' }),
    );
  });

  it('{target} → identify for the application', () => {
    expect(read({ target: MEDIUM_APP })).toEqual(identifyStep({ purpose: 'sign-in', target: MEDIUM_APP }));
  });

  it('{email} → password', () => {
    expect(read({ email: EMAIL })).toEqual(passwordStep());
  });

  it('{email, target} → password for the application', () => {
    expect(read({ email: EMAIL, target: MEDIUM_APP })).toEqual(
      passwordStep({ purpose: 'sign-in', target: MEDIUM_APP }),
    );
  });

  it('{email, returnTo, reauthenticate} → password of a re-authentication', () => {
    expect(read({ email: EMAIL, returnTo: '/account/devices', reauthenticate: true })).toEqual(
      passwordStep({ purpose: 'reauthenticate', returnTo: '/account/devices' }),
    );
  });

  it('secondFactor PASSWORD_MOBILE_APP → app-push challenge, `shown` kept, passwordAt as since', () => {
    expect(read({ email: EMAIL, secondFactor: factor('PASSWORD_MOBILE_APP', { shown: 42 }) })).toEqual(challengeStep());
  });

  it('secondFactor PASSWORD_SOFTWARE_TOKEN → app-qr challenge, no data', () => {
    expect(read({ email: EMAIL, target: MEDIUM_APP, secondFactor: factor('PASSWORD_SOFTWARE_TOKEN') })).toEqual(
      challengeStep({ method: 'app-qr', data: {}, ctx: { purpose: 'sign-in', target: MEDIUM_APP } }),
    );
  });

  it('secondFactor MOBILE_APP → on-mobile challenge, nothing presented', () => {
    expect(read({ email: EMAIL, secondFactor: factor('MOBILE_APP', { shown: 12 }) })).toEqual(
      challengeStep({ method: 'on-mobile', presented: [], data: { shown: 12 } }),
    );
  });

  it('secondFactor MOBILE_APP of the decoy (`none:` user) → on-mobile challenge bound to no account', () => {
    expect(read({ email: EMAIL, secondFactor: factor('MOBILE_APP', { userId: 'none:abc', shown: 3 }) })).toMatchObject({
      step: 'challenge',
      method: 'on-mobile',
      userId: null,
    });
  });

  it('secondFactor of a re-authentication keeps its purpose and returnTo', () => {
    expect(
      read({ email: EMAIL, returnTo: '/account', reauthenticate: true, secondFactor: factor('PASSWORD_MOBILE_APP') }),
    ).toMatchObject({ step: 'challenge', ctx: { purpose: 'reauthenticate', returnTo: '/account' } });
  });

  it('{email, target, stepUp} → kept', () => {
    expect(read({ email: EMAIL, target: MEDIUM_APP, stepUp: { userId: 'u1' } })).toEqual(keptStep());
  });

  it("{email, target, stepUp, secondFactor} → the step-up's challenge, which ends back in kept", () => {
    expect(
      read({ email: EMAIL, target: MEDIUM_APP, stepUp: { userId: 'u1' }, secondFactor: factor('PASSWORD_MOBILE_APP') }),
    ).toEqual(challengeStep({ ctx: keptStep().ctx, data: {}, stepUp: true }));
  });

  it('{email, stepUp} without a target → password (v1 only kept with a target)', () => {
    expect(read({ email: EMAIL, stepUp: { userId: 'u1' } })).toEqual(passwordStep());
  });
});
