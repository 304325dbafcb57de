import { describe, expect, it } from 'vitest';
import { requirementFor } from '../relying-apps/authentication-requirement';
import { relyingAppSchema } from '../relying-apps/relying-app';
import { type MethodInfo, mayStart, planPasswordStep, type PolicyInput } from './policy';
import { casTarget, MEDIUM_APP, METHOD_INFOS } from './testing/sign-in-fixtures';

const SUNSET = new Date('2026-07-01T00:00:00Z');
const BEFORE = new Date('2026-06-30T23:59:59Z');
const sms = (sunset: Date | null = SUNSET): MethodInfo => ({
  id: 'sms',
  wireName: 'PASSWORD_SMS',
  position: 'after-password',
  strengths: ['PASSWORD', 'PASSWORD_SMS'],
  retiring: { sunset },
});
const input = (over: Partial<PolicyInput> = {}): PolicyInput => ({
  purpose: 'sign-in',
  methods: [...METHOD_INFOS, sms()],
  now: BEFORE,
  ...over,
});

/** An application whose policy refuses SMS (as TRACES NT from 1 April 2025), as the configuration reads it. */
const refusing = relyingAppSchema.parse({
  id: 'traces-nt',
  name: 'TRACES NT',
  policy: { minimumLevel: 'MEDIUM', refuseSms: true },
});
const REFUSING_APP = casTarget(requirementFor(refusing));

describe('SMS on its way out (issue 13 point 4): the policy offers it before its sunset, where the app accepts it', () => {
  it('before the sunset: in the chooser after the authenticator app, on the portal and for a MEDIUM app', () => {
    expect(planPasswordStep(input()).chooser).toEqual(['app-push', 'app-qr', 'sms', 'password']);
    expect(planPasswordStep(input({ target: MEDIUM_APP })).chooser).toContain('sms');
    expect(mayStart('sms', input({ target: MEDIUM_APP }))).toBe(true);
    expect(planPasswordStep(input({ methods: [...METHOD_INFOS, sms(null)] })).chooser).toContain('sms');
  });

  it('from the sunset on: never offered, and a forced start is NOT_OFFERED', () => {
    expect(planPasswordStep(input({ now: SUNSET })).chooser).not.toContain('sms');
    expect(mayStart('sms', input({ now: SUNSET }))).toEqual({ code: 'NOT_OFFERED', method: 'sms' });
    // The method last used on this browser is not pre-selected once it is gone.
    expect(planPasswordStep(input({ now: SUNSET, lastUsed: 'PASSWORD_SMS', target: MEDIUM_APP })).preselected).toBe(
      'app-push',
    );
  });

  it('an application whose policy refuses SMS never offers it, whatever the date; the other factors still satisfy it', () => {
    expect(REFUSING_APP.requirement.acceptedStrengths).not.toContain('PASSWORD_SMS');
    expect(REFUSING_APP.requirement.acceptedStrengths).toContain('PASSWORD_MOBILE_APP');
    expect(planPasswordStep(input({ target: REFUSING_APP })).chooser).toEqual(['app-push', 'app-qr', 'password']);
    expect(mayStart('sms', input({ target: REFUSING_APP }))).toEqual({ code: 'NOT_OFFERED', method: 'sms' });
    // An app that lists its strengths refuses SMS by not naming it.
    const onlyApp = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_MOBILE_APP'] });
    expect(mayStart('sms', input({ target: onlyApp }))).toEqual({ code: 'NOT_OFFERED', method: 'sms' });
  });

  it('without a time to judge the sunset by, SMS is not offered (fails closed); other methods are', () => {
    expect(planPasswordStep(input({ now: undefined })).chooser).toEqual(['app-push', 'app-qr', 'password']);
    expect(mayStart('app-push', input({ now: undefined }))).toBe(true);
  });
});
