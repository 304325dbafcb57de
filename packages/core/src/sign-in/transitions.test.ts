import { describe, expect, it } from 'vitest';
import type { SignInEvent } from './events';
import type { SignInState } from './state';
import {
  BASIC_APP,
  challengeStep,
  choosingStep,
  EMAIL,
  HIGH_APP,
  identifyStep,
  keptStep,
  MEDIUM_APP,
  METHOD_INFOS,
  passwordStep,
  SIGN_IN,
  T0,
} from './testing/sign-in-fixtures';
import { RENEW_WINDOW_MS, transition } from './transitions';

const policy = { methods: METHOD_INFOS };
const NOW = T0 + 60_000;

const EVENTS = {
  AddressGiven: { type: 'AddressGiven', email: 'bob@example.eu' },
  AddressCleared: { type: 'AddressCleared' },
  ReturnRequested: { type: 'ReturnRequested', returnTo: '/account/devices' },
  ReauthRequested: { type: 'ReauthRequested', email: EMAIL, returnTo: '/account/devices' },
  AppRequested: { type: 'AppRequested', target: BASIC_APP },
  PasswordAccepted: { type: 'PasswordAccepted', userId: 'u1', chosen: 'password', at: NOW },
  ChooserOpened: { type: 'ChooserOpened', userId: 'u1', presented: ['PASSWORD'], at: NOW, lastUsed: null },
  ChallengeStarted: {
    type: 'ChallengeStarted',
    method: 'app-push',
    userId: 'u1',
    presented: ['PASSWORD'],
    at: NOW,
    expiresAt: NOW + 120_000,
    data: { shown: 7 },
  },
  ChallengeRenewed: { type: 'ChallengeRenewed', expiresAt: NOW + 120_000, data: { shown: 9 }, at: NOW },
  AnswerAccepted: {
    type: 'AnswerAccepted',
    userId: 'u1',
    mobileDevices: [{ id: 'd1', name: 'Pixel' }],
    credentialsChangedAt: T0 - 1,
    strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
  },
  PasskeyAccepted: { type: 'PasskeyAccepted', userId: 'u1', strengths: ['WEBAUTHN_PASSKEY'] },
  EidAccepted: { type: 'EidAccepted', userId: 'u1', strengths: ['EIDAS'] },
  AnswerRefused: { type: 'AnswerRefused' },
  ChallengeEnded: { type: 'ChallengeEnded', reason: 'denied' },
  Kept: { type: 'Kept', userId: 'u1', email: EMAIL, target: MEDIUM_APP },
} as const satisfies Record<SignInEvent['type'], SignInEvent>;

const STATES = {
  none: null,
  identify: identifyStep(),
  password: passwordStep(),
  choosing: choosingStep(),
  challenge: challengeStep(),
  kept: keptStep(),
} as const satisfies Record<string, SignInState | null>;

type From = keyof typeof STATES;
type Outcome = SignInState['step'] | 'authenticated' | 'WRONG_STEP';

/** ADR 0026 §2.3 (+ kept): the step each (state, event) pair leads to; WRONG_STEP for every other pair. */
const TABLE: Record<keyof typeof EVENTS, Record<From, Outcome>> = {
  AddressGiven: {
    none: 'password',
    identify: 'password',
    password: 'password',
    choosing: 'password',
    challenge: 'password',
    kept: 'password',
  },
  AddressCleared: {
    none: 'WRONG_STEP',
    identify: 'identify',
    password: 'identify',
    choosing: 'identify',
    challenge: 'identify',
    kept: 'identify',
  },
  ReturnRequested: {
    none: 'identify',
    identify: 'identify',
    password: 'password',
    choosing: 'password',
    challenge: 'password',
    kept: 'password',
  },
  ReauthRequested: {
    none: 'password',
    identify: 'password',
    password: 'password',
    choosing: 'password',
    challenge: 'password',
    kept: 'password',
  },
  AppRequested: {
    none: 'identify',
    identify: 'identify',
    password: 'identify',
    choosing: 'identify',
    challenge: 'identify',
    kept: 'identify',
  },
  PasswordAccepted: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'authenticated',
    choosing: 'authenticated',
    challenge: 'authenticated',
    kept: 'authenticated',
  },
  ChallengeStarted: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'challenge',
    choosing: 'challenge',
    challenge: 'challenge',
    kept: 'challenge',
  },
  ChallengeRenewed: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'WRONG_STEP',
    choosing: 'WRONG_STEP',
    challenge: 'challenge',
    kept: 'WRONG_STEP',
  },
  AnswerAccepted: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'WRONG_STEP',
    choosing: 'WRONG_STEP',
    challenge: 'authenticated',
    kept: 'WRONG_STEP',
  },
  PasskeyAccepted: {
    none: 'WRONG_STEP',
    identify: 'authenticated',
    password: 'authenticated',
    choosing: 'WRONG_STEP',
    challenge: 'WRONG_STEP',
    kept: 'WRONG_STEP',
  },
  // docs/adr/0042: as a passkey, from the first screen or the password's; docs/adr/0053: and the
  // level page's step-up of the kept sign-in of the same account.
  EidAccepted: {
    none: 'WRONG_STEP',
    identify: 'authenticated',
    password: 'authenticated',
    choosing: 'WRONG_STEP',
    challenge: 'WRONG_STEP',
    kept: 'authenticated',
  },
  AnswerRefused: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'WRONG_STEP',
    choosing: 'WRONG_STEP',
    challenge: 'challenge',
    kept: 'WRONG_STEP',
  },
  ChallengeEnded: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'WRONG_STEP',
    choosing: 'password',
    challenge: 'password',
    kept: 'WRONG_STEP',
  },
  ChooserOpened: {
    none: 'WRONG_STEP',
    identify: 'WRONG_STEP',
    password: 'choosing',
    choosing: 'choosing',
    challenge: 'choosing',
    kept: 'WRONG_STEP',
  },
  Kept: {
    none: 'kept',
    identify: 'WRONG_STEP',
    password: 'kept',
    choosing: 'WRONG_STEP',
    challenge: 'kept',
    kept: 'WRONG_STEP',
  },
};

const ROWS = Object.entries(TABLE).flatMap(([event, row]) =>
  Object.entries(row).map(([from, outcome]) => [event as keyof typeof EVENTS, from as From, outcome] as const),
);

describe('transition: the table of docs/adr/0026 §2.3, every (state, event) pair', () => {
  it.each(ROWS)('%s from %s → %s', (event, from, outcome) => {
    const state = STATES[from];
    const result = transition(state, EVENTS[event], NOW, policy);
    if (outcome === 'WRONG_STEP') {
      expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_STEP', actual: state?.step ?? 'none' } });
    } else {
      expect(result).toMatchObject({ ok: true, state: { step: outcome } });
    }
  });
});

describe('transition: each row', () => {
  const run = (state: SignInState | null, event: SignInEvent, now = NOW) => {
    const result = transition(state, event, now, policy);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.error)}`);
    return result.state;
  };

  it('AddressGiven keeps the context and drops a pending challenge', () => {
    const ctx = { purpose: 'sign-in' as const, target: MEDIUM_APP };
    expect(run(challengeStep({ ctx }), EVENTS.AddressGiven)).toEqual({
      v: 2,
      step: 'password',
      ctx,
      email: 'bob@example.eu',
    });
  });

  it('AddressCleared forgets the address, keeps the context', () => {
    const ctx = { purpose: 'sign-in' as const, returnTo: '/account' };
    expect(run(passwordStep(ctx), EVENTS.AddressCleared)).toEqual(identifyStep(ctx));
  });

  it('ReturnRequested replaces an application sign-in by the portal page, keeping the address', () => {
    expect(run(challengeStep({ ctx: { purpose: 'sign-in', target: MEDIUM_APP } }), EVENTS.ReturnRequested)).toEqual({
      v: 2,
      step: 'password',
      ctx: { purpose: 'sign-in', returnTo: '/account/devices' },
      email: EMAIL,
    });
    expect(run(null, { type: 'ReturnRequested', returnTo: '/account', email: 'c@example.eu' })).toMatchObject({
      step: 'password',
      email: 'c@example.eu',
    });
  });

  it('ReauthRequested: the password step of a re-authentication, the target dropped', () => {
    expect(run(keptStep(), EVENTS.ReauthRequested)).toEqual({
      v: 2,
      step: 'password',
      ctx: { purpose: 'reauthenticate', returnTo: '/account/devices' },
      email: EMAIL,
    });
  });

  it('AppRequested: the password step when the address is known, a fresh context', () => {
    expect(run(passwordStep({ purpose: 'reauthenticate' }), { ...EVENTS.AppRequested, knownEmail: EMAIL })).toEqual({
      v: 2,
      step: 'password',
      ctx: { purpose: 'sign-in', target: BASIC_APP },
      email: EMAIL,
    });
  });

  it('PasswordAccepted alone authenticates with PASSWORD; with a method chosen, the state waits for its start', () => {
    expect(run(passwordStep(), EVENTS.PasswordAccepted)).toEqual({
      step: 'authenticated',
      ctx: SIGN_IN,
      userId: 'u1',
      method: 'password',
      strengths: ['PASSWORD'],
      mobileDevices: [],
    });
    expect(run(passwordStep(), { ...EVENTS.PasswordAccepted, chosen: 'app-push' })).toEqual(passwordStep());
  });

  it('ChallengeStarted after the password holds what the method gave', () => {
    expect(run(passwordStep(), EVENTS.ChallengeStarted)).toEqual({
      v: 2,
      step: 'challenge',
      ctx: SIGN_IN,
      email: EMAIL,
      method: 'app-push',
      userId: 'u1',
      presented: ['PASSWORD'],
      since: NOW,
      expiresAt: NOW + 120_000,
      data: { shown: 7 },
    });
  });

  it("ChooserOpened: the account's chooser after the password, nothing started; a challenge picked from it keeps the password's instant", () => {
    const choosing = run(passwordStep({ purpose: 'sign-in', target: MEDIUM_APP }), {
      ...EVENTS.ChooserOpened,
      lastUsed: 'PASSWORD_TOTP',
    });
    expect(choosing).toEqual({
      v: 2,
      step: 'choosing',
      ctx: { purpose: 'sign-in', target: MEDIUM_APP },
      email: EMAIL,
      userId: 'u1',
      presented: ['PASSWORD'],
      since: NOW,
      lastUsed: 'PASSWORD_TOTP',
    });
    const started = run(choosing as SignInState, { ...EVENTS.ChallengeStarted, method: 'totp', at: NOW });
    expect(started).toMatchObject({ step: 'challenge', method: 'totp', since: NOW, lastUsed: 'PASSWORD_TOTP' });
    // Never from a step-up's challenge: it goes back to the kept sign-in, not to a chooser.
    expect(transition(challengeStep({ stepUp: true }), EVENTS.ChooserOpened, NOW, policy)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP' },
    });
  });

  it('ChallengeStarted from a kept sign-in is its step-up (the app push only); a step-up stays one', () => {
    const presented = ['PASSWORD'] as const;
    const state = run(keptStep(), { ...EVENTS.ChallengeStarted, presented });
    expect(state).toMatchObject({ step: 'challenge', stepUp: true, presented, ctx: keptStep().ctx });
    expect(run(challengeStep({ stepUp: true }), EVENTS.ChallengeStarted)).toMatchObject({ stepUp: true });
    expect(transition(keptStep(), { ...EVENTS.ChallengeStarted, method: 'app-qr' }, NOW, policy)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP' },
    });
  });

  it('ChallengeStarted "On mobile": offered when MOBILE_APP reaches the target, NOT_OFFERED else or when not deployed', () => {
    const onMobile = { ...EVENTS.ChallengeStarted, method: 'on-mobile', userId: null, presented: [] } as const;
    expect(run(passwordStep({ purpose: 'sign-in', target: MEDIUM_APP }), onMobile)).toMatchObject({
      step: 'challenge',
      method: 'on-mobile',
      userId: null,
    });
    expect(run(challengeStep(), onMobile)).toMatchObject({ method: 'on-mobile' });
    const refused = { ok: false, error: { code: 'NOT_OFFERED', method: 'on-mobile' } };
    expect(transition(passwordStep({ purpose: 'sign-in', target: HIGH_APP }), onMobile, NOW, policy)).toEqual(refused);
    expect(transition(passwordStep(), onMobile, NOW, { methods: [] })).toEqual(refused);
  });

  it('ChallengeRenewed keeps `since`, takes the new expiry and data', () => {
    expect(run(challengeStep(), EVENTS.ChallengeRenewed)).toEqual(
      challengeStep({ expiresAt: NOW + 120_000, data: { shown: 9 } }),
    );
  });

  it('ChallengeRenewed past the renew window: back to the password (too-old), or to the kept sign-in', () => {
    const late = T0 + RENEW_WINDOW_MS + 1;
    expect(run(challengeStep(), EVENTS.ChallengeRenewed, late)).toEqual(passwordStep());
    expect(run(challengeStep(), EVENTS.ChallengeRenewed, T0 + RENEW_WINDOW_MS)).toMatchObject({ step: 'challenge' });
    expect(run(challengeStep({ stepUp: true, ctx: keptStep().ctx }), EVENTS.ChallengeRenewed, late)).toEqual(
      keptStep(),
    );
  });

  it('the last used method read at the password step goes with the challenge, another method, and the end (issue 12 point 5)', () => {
    const started = run(passwordStep(), { ...EVENTS.ChallengeStarted, lastUsed: 'PASSWORD_TOTP' }) as SignInState;
    expect(started).toMatchObject({ step: 'challenge', lastUsed: 'PASSWORD_TOTP' });
    const other = run(started, { ...EVENTS.ChallengeStarted, method: 'totp' }) as SignInState;
    expect(other).toMatchObject({ method: 'totp', lastUsed: 'PASSWORD_TOTP' });
    expect(run(other, EVENTS.ChallengeRenewed)).toMatchObject({ lastUsed: 'PASSWORD_TOTP' });
    expect(run(other, EVENTS.AnswerAccepted)).toMatchObject({ step: 'authenticated', lastUsed: 'PASSWORD_TOTP' });
    const none = run(passwordStep(), { ...EVENTS.ChallengeStarted, lastUsed: null }) as SignInState;
    expect(run(none, EVENTS.AnswerAccepted)).toMatchObject({
      lastUsed: null,
    });
    expect(run(challengeStep(), EVENTS.AnswerAccepted)).not.toHaveProperty('lastUsed');
  });

  it('AnswerAccepted authenticates with the method and what it proves', () => {
    expect(run(challengeStep(), EVENTS.AnswerAccepted)).toEqual({
      step: 'authenticated',
      ctx: SIGN_IN,
      userId: 'u1',
      method: 'app-push',
      strengths: ['PASSWORD', 'PASSWORD_MOBILE_APP'],
      mobileDevices: [{ id: 'd1', name: 'Pixel' }],
    });
    expect(run(challengeStep(), { ...EVENTS.AnswerAccepted, credentialsChangedAt: T0 })).toMatchObject({
      step: 'authenticated',
    });
  });

  it('AnswerAccepted after a credentials change, or for another account: back to the password (design §10)', () => {
    expect(run(challengeStep(), { ...EVENTS.AnswerAccepted, credentialsChangedAt: T0 + 1 })).toEqual(passwordStep());
    expect(run(challengeStep(), { ...EVENTS.AnswerAccepted, userId: 'u2' })).toEqual(passwordStep());
  });

  it('AnswerAccepted never ends "On mobile"\'s decoy (no account bound)', () => {
    expect(transition(challengeStep({ method: 'on-mobile', userId: null }), EVENTS.AnswerAccepted, NOW)).toMatchObject({
      ok: false,
      error: { code: 'WRONG_STEP', actual: 'challenge' },
    });
  });

  it("AnswerRefused keeps the challenge, with the method's new data when given", () => {
    expect(run(challengeStep(), EVENTS.AnswerRefused)).toEqual(challengeStep());
    expect(run(challengeStep(), { type: 'AnswerRefused', data: { tries: 2 } })).toEqual(
      challengeStep({ data: { tries: 2 } }),
    );
  });

  it('ChallengeEnded: back to the password, or to the kept sign-in of a step-up', () => {
    expect(run(challengeStep({ ctx: { purpose: 'reauthenticate' } }), EVENTS.ChallengeEnded)).toEqual(
      passwordStep({ purpose: 'reauthenticate' }),
    );
    expect(run(challengeStep({ stepUp: true, ctx: keptStep().ctx }), EVENTS.ChallengeEnded)).toEqual(keptStep());
  });

  it('Kept binds the sign-in to the user, for the application only', () => {
    expect(run(passwordStep({ purpose: 'sign-in', returnTo: '/x' }), EVENTS.Kept)).toEqual(keptStep());
  });
});

describe('the eID step-up of a kept sign-in (docs/adr/0053 §2)', () => {
  it('ends the kept sign-in of the same account with the eID’s strength and keeps its target', () => {
    const result = transition(keptStep(HIGH_APP), { type: 'EidAccepted', userId: 'u1', strengths: ['EIDAS_HIGH'] }, T0);
    expect(result).toMatchObject({
      ok: true,
      state: {
        step: 'authenticated',
        userId: 'u1',
        method: 'eid',
        strengths: ['EIDAS_HIGH'],
        ctx: { target: HIGH_APP },
      },
    });
  });

  it('never another account’s: the kept sign-in is bound to its user', () => {
    const result = transition(keptStep(), { type: 'EidAccepted', userId: 'u2', strengths: ['EIDAS'] }, T0);
    expect(result).toMatchObject({ ok: false, error: { code: 'WRONG_STEP' } });
  });
});
