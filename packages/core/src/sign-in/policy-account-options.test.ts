import { describe, expect, it } from 'vitest';
import { type AccountChooserInput, planAccountChooser } from './policy';
import type { MethodInfo } from './policy';
import { BASIC_APP, casTarget, HIGH_APP, METHOD_INFOS } from './testing/sign-in-fixtures';

/** The deployment with issue 13's methods: an authenticator app, a security key, recovery codes. */
const METHODS: readonly MethodInfo[] = [
  ...METHOD_INFOS,
  { id: 'totp', wireName: 'PASSWORD_TOTP', position: 'after-password', strengths: ['PASSWORD', 'PASSWORD_TOTP'] },
  {
    id: 'webauthn',
    wireName: 'PASSWORD_WEBAUTHN',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_WEBAUTHN'],
  },
  {
    id: 'recovery-code',
    wireName: 'PASSWORD_RECOVERY_CODE',
    position: 'after-password',
    strengths: ['PASSWORD', 'PASSWORD_RECOVERY_CODE'],
    afterwards: 'set-up-factor',
  },
];
const APP = ['PASSWORD_MOBILE_APP', 'PASSWORD_SOFTWARE_TOKEN'] as const;

const chooser = (over: Partial<AccountChooserInput>) =>
  planAccountChooser({ methods: METHODS, has: [], preferred: null, lastUsed: null, ...over });

describe('planAccountChooser: the chooser after the password (issue 13 point 6)', () => {
  it('lists only the methods the account has, in the usual order', () => {
    expect(chooser({ has: ['PASSWORD_TOTP'] }).methods).toEqual(['totp']);
    expect(chooser({ has: [...APP, 'PASSWORD_TOTP', 'PASSWORD_WEBAUTHN'] }).methods).toEqual([
      'app-push',
      'app-qr',
      'webauthn',
      'totp',
    ]);
    expect(chooser({ has: [] }).methods).toEqual([]);
  });

  it('never lists the password, "On mobile", or a method the deployment does not run', () => {
    const has = ['PASSWORD', 'MOBILE_APP', 'PASSWORD_TOTP'] as const;
    expect(chooser({ has: [...has] }).methods).toEqual(['totp']);
    expect(chooser({ methods: METHOD_INFOS, has: ['PASSWORD_TOTP'] }).methods).toEqual([]);
  });

  it('offers a recovery code only as the "lost access" link, never as a main entry', () => {
    const plan = chooser({ has: ['PASSWORD_TOTP', 'PASSWORD_RECOVERY_CODE'], preferred: 'PASSWORD_RECOVERY_CODE' });
    expect(plan.methods).toEqual(['totp']);
    expect(plan.lostAccess).toBe('recovery-code');
    expect(chooser({ has: ['PASSWORD_TOTP'] }).lostAccess).toBeUndefined();
  });

  it('keeps only what the application accepts', () => {
    const onlyTotp = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_TOTP'] });
    expect(chooser({ has: [...APP, 'PASSWORD_TOTP'], target: onlyTotp }).methods).toEqual(['totp']);
    expect(chooser({ has: [...APP, 'PASSWORD_TOTP'], target: HIGH_APP }).methods).toEqual([]);
    expect(chooser({ has: [...APP, 'PASSWORD_TOTP'], target: BASIC_APP }).methods).toEqual([
      'app-push',
      'app-qr',
      'totp',
    ]);
  });

  it('opens on the last used method, and the preferred one wins over it', () => {
    const has = [...APP, 'PASSWORD_TOTP', 'PASSWORD_WEBAUTHN'] as const;
    expect(chooser({ has: [...has], lastUsed: 'PASSWORD_TOTP' }).methods[0]).toBe('totp');
    expect(chooser({ has: [...has], lastUsed: 'PASSWORD_TOTP', preferred: 'PASSWORD_WEBAUTHN' }).methods).toEqual([
      'webauthn',
      'totp',
      'app-push',
      'app-qr',
    ]);
  });

  it('ignores a preferred or last method the account no longer has or the application refuses', () => {
    expect(chooser({ has: [...APP], preferred: 'PASSWORD_TOTP', lastUsed: 'PASSWORD_WEBAUTHN' }).methods).toEqual([
      'app-push',
      'app-qr',
    ]);
    const onlyQr = casTarget({ minimumLevel: 'MEDIUM', acceptedStrengths: ['PASSWORD_SOFTWARE_TOKEN'] });
    expect(chooser({ has: [...APP], preferred: 'PASSWORD_MOBILE_APP', target: onlyQr }).methods).toEqual(['app-qr']);
  });
});
