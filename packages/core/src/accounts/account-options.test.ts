import { describe, expect, it } from 'vitest';
import { createMemoryCredentialRepository, createMemoryDeviceRepository } from '../../testing';
import { DEFAULT_ACCOUNT_OPTIONS, type CredentialRecord, type DeviceRecord } from '../ports';
import { accountFactors, changedOptions, checkOptionsChange, mayConfigureAccount } from './account-options';

const NOW = new Date('2026-12-07T09:00:00Z');
const { lastUsedMethod: _, ...DEFAULTS } = DEFAULT_ACCOUNT_OPTIONS;

const device = (over: Partial<DeviceRecord> = {}): DeviceRecord => ({
  id: 'dev-1',
  userId: 'u1',
  name: 'Pixel',
  installationId: 'inst-1',
  publicKeyJwk: '{}',
  secretKeyId: 'k1',
  secretCiphertext: 'x',
  pushSubscription: null,
  status: 'active',
  failedAnswers: 0,
  blockedUntil: null,
  blocks: 0,
  createdAt: NOW,
  activatedAt: NOW,
  lastUsedAt: null,
  ...over,
});
const credential = (over: Partial<CredentialRecord>): CredentialRecord => ({
  id: 'cred-1',
  userId: 'u1',
  kind: 'totp',
  name: 'Aegis',
  externalId: null,
  secret: null,
  data: '{}',
  counter: 0,
  status: 'active',
  createdAt: NOW,
  lastUsedAt: null,
  ...over,
});

describe('accountFactors: what the account has, by wire name', () => {
  it('an active, unblocked device gives PIN and QR; active credentials their method; a used recovery code nothing', async () => {
    const devices = createMemoryDeviceRepository();
    const credentials = createMemoryCredentialRepository();
    expect(await accountFactors({ devices, credentials }, 'u1', NOW)).toEqual([]);
    await devices.create(
      device({ id: 'blocked', installationId: 'i2', blockedUntil: new Date(NOW.getTime() + 60_000) }),
    );
    await credentials.create(credential({ id: 'pending', status: 'pending' }));
    await credentials.create(credential({ id: 'used', kind: 'recovery-code', counter: 1 }));
    expect(await accountFactors({ devices, credentials }, 'u1', NOW)).toEqual([]);
    await devices.create(device());
    await credentials.create(credential({ id: 'totp' }));
    await credentials.create(credential({ id: 'code', kind: 'recovery-code' }));
    expect((await accountFactors({ devices, credentials }, 'u1', NOW)).sort()).toEqual([
      'PASSWORD_MOBILE_APP',
      'PASSWORD_RECOVERY_CODE',
      'PASSWORD_SOFTWARE_TOKEN',
      'PASSWORD_TOTP',
    ]);
  });
});

describe('checkOptionsChange', () => {
  const on = { ...DEFAULTS, alwaysSecondFactor: true };

  it('"always" needs a second factor other than recovery codes', () => {
    expect(() => checkOptionsChange(DEFAULT_ACCOUNT_OPTIONS, on, [])).toThrow(
      expect.objectContaining({ details: { field: 'alwaysSecondFactor', reason: 'not_accepted' } }),
    );
    expect(() => checkOptionsChange(DEFAULT_ACCOUNT_OPTIONS, on, ['PASSWORD_RECOVERY_CODE'])).toThrow();
    expect(() => checkOptionsChange(DEFAULT_ACCOUNT_OPTIONS, on, ['PASSWORD_TOTP'])).not.toThrow();
    // Kept on (the factor lost since), or turned off: never refused here.
    expect(() => checkOptionsChange({ ...DEFAULT_ACCOUNT_OPTIONS, alwaysSecondFactor: true }, on, [])).not.toThrow();
  });

  it('a preferred method is one the account has, never the password nor a recovery code', () => {
    const prefer = (preferredMethod: string) => ({ ...DEFAULTS, preferredMethod });
    expect(() => checkOptionsChange(DEFAULT_ACCOUNT_OPTIONS, prefer('PASSWORD_TOTP'), ['PASSWORD_TOTP'])).not.toThrow();
    for (const method of ['PASSWORD_WEBAUTHN', 'PASSWORD', 'PASSWORD_RECOVERY_CODE', 'nonsense']) {
      expect(() =>
        checkOptionsChange(DEFAULT_ACCOUNT_OPTIONS, prefer(method), ['PASSWORD_TOTP', 'PASSWORD_RECOVERY_CODE']),
      ).toThrow(expect.objectContaining({ details: { field: 'preferredMethod', reason: 'not_accepted' } }));
    }
  });
});

describe('mayConfigureAccount: the second factor when the account has or had one', () => {
  it.each([
    ['no factor, never had one, password', [], null, ['PASSWORD'], true],
    ['a factor, password only', ['PASSWORD_TOTP'], NOW, ['PASSWORD'], false],
    ['a factor, presented', ['PASSWORD_TOTP'], NOW, ['PASSWORD', 'PASSWORD_TOTP'], true],
    ['had one (all lost), password only', [], NOW, ['PASSWORD'], false],
  ] as const)('%s → %s', (_, has, since, strengths, allowed) => {
    expect(mayConfigureAccount({ secondFactorSince: since }, has, strengths)).toBe(allowed);
  });
});

describe('changedOptions: the audit entry’s details', () => {
  it('names only what changed, with the new value; a cleared preference is "none"', () => {
    expect(changedOptions(DEFAULTS, DEFAULTS)).toEqual({});
    expect(
      changedOptions({ ...DEFAULTS, preferredMethod: 'PASSWORD_TOTP' }, { ...DEFAULTS, warnOnApplication: true }),
    ).toEqual({ warnOnApplication: true, preferredMethod: 'none' });
  });
});
