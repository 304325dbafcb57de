import type { Strength } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import {
  decideContinuation,
  levelGap,
  type LevelGapInput,
  mayStart,
  methodReaches,
  passwordFallsShort,
  planPasswordStep,
  type PolicyInput,
  setUpAlternatives,
} from './policy';
import { BASIC_APP, casTarget, HIGH_APP, MEDIUM_APP, METHOD_INFOS } from './testing/sign-in-fixtures';

const input = (over: Partial<PolicyInput> = {}): PolicyInput => ({
  purpose: 'sign-in',
  methods: METHOD_INFOS,
  ...over,
});
const ONLY_QR = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_SOFTWARE_TOKEN'] });

describe('planPasswordStep: the chooser (login/sign-in-methods.ts, password-step-page.tsx)', () => {
  it('lists every method that is or follows the password, push, QR, password, whatever the target', () => {
    expect(planPasswordStep(input()).chooser).toEqual(['app-push', 'app-qr', 'password']);
    expect(planPasswordStep(input({ target: HIGH_APP })).chooser).toEqual(['app-push', 'app-qr', 'password']);
  });

  it('keeps the chooser order whatever the registration order', () => {
    expect(planPasswordStep(input({ methods: [...METHOD_INFOS].reverse() })).chooser).toEqual([
      'app-push',
      'app-qr',
      'password',
    ]);
  });

  it('pre-selects the password on the portal and for an application it reaches', () => {
    expect(planPasswordStep(input()).preselected).toBe('password');
    expect(planPasswordStep(input({ target: BASIC_APP })).preselected).toBe('password');
  });

  it('pre-selects the method last used when it reaches the target', () => {
    expect(planPasswordStep(input({ lastUsed: 'PASSWORD_SOFTWARE_TOKEN' })).preselected).toBe('app-qr');
    expect(planPasswordStep(input({ target: MEDIUM_APP, lastUsed: 'PASSWORD' })).preselected).toBe('app-push');
    expect(planPasswordStep(input({ lastUsed: 'MOBILE_APP' })).preselected).toBe('password');
    expect(planPasswordStep(input({ lastUsed: 'nonsense' })).preselected).toBe('password');
  });

  it('the method just chosen wins over the one last used', () => {
    expect(planPasswordStep(input({ chosen: 'PASSWORD_MOBILE_APP', lastUsed: 'PASSWORD' })).preselected).toBe(
      'app-push',
    );
    // A chosen value that is no method: the cookie is not consulted (chosen ?? cookie).
    expect(planPasswordStep(input({ chosen: 'nonsense', lastUsed: 'PASSWORD_SOFTWARE_TOKEN' })).preselected).toBe(
      'password',
    );
  });

  it('else the first method that reaches the target, else the password', () => {
    expect(planPasswordStep(input({ target: ONLY_QR })).preselected).toBe('app-qr');
    expect(planPasswordStep(input({ target: HIGH_APP })).preselected).toBe('password');
  });

  it('says whether the password is enough', () => {
    expect(planPasswordStep(input()).passwordIsEnough).toBe(true);
    expect(planPasswordStep(input({ target: BASIC_APP })).passwordIsEnough).toBe(true);
    expect(planPasswordStep(input({ target: MEDIUM_APP })).passwordIsEnough).toBe(false);
  });

  it('a re-authentication pre-selects the app and says the password is not enough', () => {
    const plan = planPasswordStep(input({ purpose: 'reauthenticate', lastUsed: 'PASSWORD' }));
    expect(plan.preselected).toBe('app-push');
    expect(plan.passwordIsEnough).toBe(false);
    // Re-rendered with the user's choice (a wrong password): the choice stays.
    expect(planPasswordStep(input({ purpose: 'reauthenticate', chosen: 'PASSWORD_SOFTWARE_TOKEN' })).preselected).toBe(
      'app-qr',
    );
  });

  it('offers "On mobile" instead of the password only when MOBILE_APP reaches the target', () => {
    expect(planPasswordStep(input()).insteadOfPassword).toEqual(['on-mobile']);
    expect(planPasswordStep(input({ target: MEDIUM_APP })).insteadOfPassword).toEqual(['on-mobile']);
    expect(planPasswordStep(input({ target: HIGH_APP })).insteadOfPassword).toEqual([]);
    expect(planPasswordStep(input({ target: ONLY_QR })).insteadOfPassword).toEqual([]);
  });
});

describe('methodReaches', () => {
  it('judges a method by the strength it is named after', () => {
    expect(methodReaches({ wireName: 'PASSWORD' }, undefined)).toBe(true);
    expect(methodReaches({ wireName: 'PASSWORD' }, MEDIUM_APP)).toBe(false);
    expect(methodReaches({ wireName: 'PASSWORD_MOBILE_APP' }, ONLY_QR)).toBe(false);
    expect(methodReaches({ wireName: 'PASSWORD_SOFTWARE_TOKEN' }, ONLY_QR)).toBe(true);
  });
});

describe('mayStart', () => {
  it('never refuses a method after the password at start (ADR 0007: the step-up page comes after)', () => {
    expect(mayStart('app-push', input({ target: HIGH_APP }))).toBe(true);
    expect(mayStart('app-qr', input({ target: HIGH_APP }))).toBe(true);
  });

  it('refuses "On mobile" below the target, and any method not deployed', () => {
    expect(mayStart('on-mobile', input({ target: MEDIUM_APP }))).toBe(true);
    expect(mayStart('on-mobile', input({ target: HIGH_APP }))).toEqual({ code: 'NOT_OFFERED', method: 'on-mobile' });
    expect(mayStart('app-push', input({ methods: [] }))).toEqual({ code: 'NOT_OFFERED', method: 'app-push' });
  });
});

describe('passwordFallsShort (routes/sign-in.tsx)', () => {
  it('only for an application sign-in the password does not reach', () => {
    expect(passwordFallsShort({ purpose: 'sign-in' })).toBe(false);
    expect(passwordFallsShort({ purpose: 'sign-in', target: BASIC_APP })).toBe(false);
    expect(passwordFallsShort({ purpose: 'sign-in', target: MEDIUM_APP })).toBe(true);
    expect(passwordFallsShort({ purpose: 'reauthenticate', target: MEDIUM_APP })).toBe(false);
  });
});

describe('decideContinuation (login/continue-login.tsx)', () => {
  const session: Strength[] = ['PASSWORD', 'PASSWORD_MOBILE_APP'];

  it('continues with the session strengths that reach the target', () => {
    expect(decideContinuation({ target: MEDIUM_APP, sessionStrengths: session, presented: [], fresh: false })).toEqual({
      action: 'continue',
      strengths: ['PASSWORD_MOBILE_APP'],
    });
  });

  it('a session below the target: the step-up', () => {
    expect(
      decideContinuation({ target: MEDIUM_APP, sessionStrengths: ['PASSWORD'], presented: ['PASSWORD'], fresh: true }),
    ).toEqual({ action: 'step-up' });
  });

  it('a forced re-authentication counts only what was presented now', () => {
    const forced = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: null }, true);
    expect(
      decideContinuation({ target: forced, sessionStrengths: session, presented: ['PASSWORD'], fresh: true }),
    ).toEqual({ action: 'step-up' });
    // Not fresh (an SSO hit): the session's strengths.
    expect(decideContinuation({ target: forced, sessionStrengths: session, presented: [], fresh: false })).toEqual({
      action: 'continue',
      strengths: ['PASSWORD_MOBILE_APP'],
    });
  });
});

describe('setUpAlternatives: what an agent without a phone may set up instead (issue 13)', () => {
  it('a MEDIUM application that accepts every second factor: a key first, then an authenticator app', () => {
    expect(setUpAlternatives(MEDIUM_APP.requirement)).toEqual(['security-key', 'authenticator-app']);
  });

  it('only what the application accepts: the app alone gives nothing else; a key alone gives the key', () => {
    const appOnly = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] });
    expect(setUpAlternatives(appOnly.requirement)).toEqual([]);
    const keyOnly = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_WEBAUTHN'] });
    expect(setUpAlternatives(keyOnly.requirement)).toEqual(['security-key']);
  });

  it('never SMS, on its way out, even where the application accepts it', () => {
    const sms = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_SMS', 'PASSWORD_TOTP'] });
    expect(setUpAlternatives(sms.requirement)).toEqual(['authenticator-app']);
  });
});

describe('levelGap (login/level-gap.ts)', () => {
  const MEDIUM = MEDIUM_APP.requirement;
  it.each([
    [HIGH_APP.requirement, true, true, 'high-key-needed'],
    [ONLY_QR.requirement, true, true, 'not-offered'],
    [MEDIUM, true, false, 'confirm-with-app'],
    [MEDIUM, false, true, 'set-up-app'],
    [MEDIUM, false, false, 'device-lost'],
  ] as const)('%j usable=%s mayAdd=%s → %s', (requirement, hasUsableDevice, mayAddDevice, expected) => {
    expect(levelGap({ requirement, hasUsableDevice, mayAddDevice })).toBe(expected);
  });

  it('a security key alone that reaches the level: confirm with the key; with an app too, its code', () => {
    const key = ['PASSWORD_WEBAUTHN'] as const;
    expect(levelGap({ requirement: MEDIUM, hasUsableDevice: false, mayAddDevice: false, otherFactors: key })).toBe(
      'confirm-with-key',
    );
    expect(
      levelGap({
        requirement: MEDIUM,
        hasUsableDevice: false,
        mayAddDevice: false,
        otherFactors: ['PASSWORD_WEBAUTHN', 'PASSWORD_TOTP'],
      }),
    ).toBe('confirm-with-code');
  });

  it('a phone number reaches MEDIUM (SMS, issue 13 point 4): confirm by SMS, while SMS may be used', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const base: LevelGapInput = {
      requirement: MEDIUM,
      hasUsableDevice: false,
      mayAddDevice: false,
      otherFactors: ['PASSWORD_SMS'],
    };
    expect(levelGap({ ...base, sms: { sunset: null, now } })).toBe('confirm-with-sms');
    expect(levelGap({ ...base, sms: { sunset: new Date('2026-07-01T00:00:00Z'), now } })).toBe('confirm-with-sms');
    // Past the sunset, or a deployment that texts nothing: the number is no way up.
    expect(levelGap({ ...base, sms: { sunset: now, now } })).toBe('device-lost');
    expect(levelGap(base)).toBe('device-lost');
    expect(levelGap({ ...base, mayAddDevice: true, sms: { sunset: now, now } })).toBe('set-up-app');
    // An application that refuses SMS (requirementFor leaves PASSWORD_SMS out): no way either.
    const refusing = { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP', 'PASSWORD_TOTP'] } as const;
    expect(
      levelGap({
        ...base,
        requirement: { ...refusing, acceptedStrengths: [...refusing.acceptedStrengths] },
        sms: { sunset: null, now },
      }),
    ).toBe('device-lost');
    // A key or an app first: SMS is on its way out.
    expect(levelGap({ ...base, otherFactors: ['PASSWORD_SMS', 'PASSWORD_WEBAUTHN'], sms: { sunset: null, now } })).toBe(
      'confirm-with-key',
    );
    expect(levelGap({ ...base, otherFactors: ['PASSWORD_SMS', 'PASSWORD_TOTP'], sms: { sunset: null, now } })).toBe(
      'confirm-with-code',
    );
    // HIGH: SMS never reaches it; a certified key does (docs/adr/0043 §3).
    expect(levelGap({ ...base, requirement: HIGH_APP.requirement, sms: { sunset: null, now } })).toBe(
      'high-key-needed',
    );
  });

  it('an authenticator app that reaches the level: confirm with its code, whatever the devices', () => {
    const totp = ['PASSWORD_TOTP'] as const;
    expect(levelGap({ requirement: MEDIUM, hasUsableDevice: false, mayAddDevice: false, otherFactors: totp })).toBe(
      'confirm-with-code',
    );
    expect(levelGap({ requirement: MEDIUM, hasUsableDevice: false, mayAddDevice: true, otherFactors: totp })).toBe(
      'confirm-with-code',
    );
    // The app's push first when a device can answer; a factor below the requirement is no way.
    expect(levelGap({ requirement: MEDIUM, hasUsableDevice: true, mayAddDevice: false, otherFactors: totp })).toBe(
      'confirm-with-app',
    );
    expect(
      levelGap({
        requirement: { minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] },
        hasUsableDevice: false,
        mayAddDevice: false,
        otherFactors: totp,
      }),
    ).toBe('device-lost');
  });
});
