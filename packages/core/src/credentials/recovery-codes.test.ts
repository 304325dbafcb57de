import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKit,
  createTestHasher,
  type DeviceKit,
  enrolTotp,
  giveRecoveryCodes,
  recoveryCodeDeps,
} from '../../testing';
import { NO_ACTOR } from '../devices/device-deps';
import { type ErrorCode, isSesameError } from '../errors';
import { parseRecoveryCode } from './recovery-code-format';
import { useRecoveryCode } from './recovery-code-use';
import {
  generateRecoveryCodes,
  hasFactorToRecover,
  RECOVERY_CODE_COUNT,
  remainingRecoveryCodes,
  shouldOfferRecoveryCodes,
} from './recovery-codes';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const ACTOR = { ip: '192.0.2.10', userAgent: 'Firefox 128 on Windows' };

/** A kit whose user has an active device (a factor to recover). */
async function world() {
  kit = await createDeviceKit();
  await kit.enrol(USER);
  const hasher = createTestHasher();
  return { hasher, deps: recoveryCodeDeps(kit, hasher) };
}

const stored = () => kit.deps.durable.credentials.listByUser(USER, 'recovery-code');

describe('recovery codes: generation (issue 13 point 3; docs/adr/0028)', () => {
  it('ten distinct codes of the format, one active unused credential each, scoped ids', async () => {
    const { hasher } = await world();
    const codes = await giveRecoveryCodes(kit, hasher);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(10);
    const parts = codes.map((c) => parseRecoveryCode(c));
    expect(new Set(parts.map((p) => p.id)).size).toBe(10);
    const records = await stored();
    expect(records).toHaveLength(10);
    for (const r of records) {
      expect(r).toMatchObject({ kind: 'recovery-code', name: '', status: 'active', counter: 0, secret: null });
    }
    expect(records.map((r) => r.externalId).sort()).toEqual(parts.map((p) => `${USER}:${p.id}`).sort());
  });

  it('no code is stored in clear: only a salted hash of its secret (NIST SP 800-63B rev 4 §3.1.2.2)', async () => {
    const { hasher } = await world();
    const codes = await giveRecoveryCodes(kit, hasher);
    const everything = JSON.stringify(await stored()) + JSON.stringify(kit.audit) + JSON.stringify(kit.mails);
    for (const c of codes) {
      const { secret } = parseRecoveryCode(c);
      expect(everything).not.toContain(secret);
      expect(everything).not.toContain(c);
    }
    const hashes = (await stored()).map((r) => JSON.parse(r.data).hash as string);
    expect(hashes.every((h) => h.startsWith('test$'))).toBe(true);
    expect(new Set(hashes).size).toBe(10);
    expect(hasher.calls.hash).toBe(10);
  });

  it('regenerating replaces the set: the old codes no longer work; audited and mailed with the count replaced', async () => {
    const { hasher, deps } = await world();
    const old = await giveRecoveryCodes(kit, hasher);
    const fresh = await giveRecoveryCodes(kit, hasher);
    expect(await stored()).toHaveLength(10);
    expect(await useRecoveryCode(deps, USER, parseRecoveryCode(old[0]), kit.now())).toEqual({ result: 'wrong' });
    expect(await useRecoveryCode(deps, USER, parseRecoveryCode(fresh[0]), kit.now())).toMatchObject({
      result: 'used',
    });
    const enrolled = kit.audit.filter((e) => e.type === 'credential.enrolled' && e.details.kind === 'recovery-code');
    expect(enrolled.map((e) => e.details)).toEqual([
      { kind: 'recovery-code', count: 10, replaced: 0 },
      { kind: 'recovery-code', count: 10, replaced: 10 },
    ]);
    const mails = kit.mails.filter((m) => m.template === 'recovery-codes-generated');
    expect(mails.map((m) => m.params)).toMatchObject([
      { count: 10, replaced: 0 },
      { count: 10, replaced: 10 },
    ]);
  });

  it('needs a second factor in the session (SEC-27): a password alone is SECOND_FACTOR_REQUIRED, nothing made', async () => {
    const { deps } = await world();
    await expect(generateRecoveryCodes(deps, USER, ['PASSWORD'], ACTOR, kit.now())).rejects.toSatisfy(
      code('SECOND_FACTOR_REQUIRED'),
    );
    expect(await stored()).toEqual([]);
  });

  it('an account with no factor to recover gets none (NO_ACTIVE_DEVICE): codes are not a first factor', async () => {
    kit = await createDeviceKit();
    const deps = recoveryCodeDeps(kit);
    expect(await hasFactorToRecover(deps, USER)).toBe(false);
    await expect(
      generateRecoveryCodes(deps, USER, ['PASSWORD', 'PASSWORD_MOBILE_APP'], NO_ACTOR, kit.now()),
    ).rejects.toSatisfy(code('NO_ACTIVE_DEVICE'));
  });

  it('an authenticator app is a factor to recover too', async () => {
    kit = await createDeviceKit();
    await enrolTotp(kit);
    expect(await hasFactorToRecover(recoveryCodeDeps(kit), USER)).toBe(true);
  });

  it('offered after the first factor, until the account has codes; remaining counts the unused', async () => {
    kit = await createDeviceKit();
    const hasher = createTestHasher();
    const deps = recoveryCodeDeps(kit, hasher);
    expect(await shouldOfferRecoveryCodes(deps, USER)).toBe(false);
    await kit.enrol(USER);
    expect(await shouldOfferRecoveryCodes(deps, USER)).toBe(true);
    const codes = await giveRecoveryCodes(kit, hasher);
    expect(await shouldOfferRecoveryCodes(deps, USER)).toBe(false);
    expect(await remainingRecoveryCodes(deps, USER)).toBe(10);
    await useRecoveryCode(deps, USER, parseRecoveryCode(codes[3]), kit.now());
    expect(await remainingRecoveryCodes(deps, USER)).toBe(9);
  });
});

describe('recovery codes: use (SEC-29: single use)', () => {
  it('a right code is used once, with its use time; a second use is already-used', async () => {
    const { hasher, deps } = await world();
    const [first] = await giveRecoveryCodes(kit, hasher);
    const used = await useRecoveryCode(deps, USER, parseRecoveryCode(first), kit.now());
    expect(used).toMatchObject({ result: 'used' });
    expect(await kit.deps.durable.credentials.findById((used as { credentialId: string }).credentialId)).toMatchObject({
      counter: 1,
      lastUsedAt: kit.now(),
    });
    expect(await useRecoveryCode(deps, USER, parseRecoveryCode(first), kit.now())).toEqual({
      result: 'already-used',
    });
  });

  it("a right id with a wrong secret, an unknown id, another user's code: wrong (the secret checked every time)", async () => {
    const { hasher, deps } = await world();
    const [first] = await giveRecoveryCodes(kit, hasher);
    const { id, secret } = parseRecoveryCode(first);
    const otherSecret = secret.startsWith('0') ? `1${secret.slice(1)}` : `0${secret.slice(1)}`;
    const before = hasher.calls.verify;
    expect(await useRecoveryCode(deps, USER, { id, secret: otherSecret }, kit.now())).toEqual({ result: 'wrong' });
    expect(await useRecoveryCode(deps, USER, { id: id === 'ZZZZ' ? 'YYYY' : 'ZZZZ', secret }, kit.now())).toEqual({
      result: 'wrong',
    });
    expect(await useRecoveryCode(deps, 'x0099abc', { id, secret }, kit.now())).toEqual({ result: 'wrong' });
    expect(hasher.calls.verify - before).toBe(3);
    expect(await remainingRecoveryCodes(deps, USER)).toBe(10);
  });

  it('ten parallel uses of one code: exactly one is used', async () => {
    const { hasher, deps } = await world();
    const [first] = await giveRecoveryCodes(kit, hasher);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => useRecoveryCode(deps, USER, parseRecoveryCode(first), kit.now())),
    );
    expect(results.filter((r) => r.result === 'used')).toHaveLength(1);
    expect(results.filter((r) => r.result === 'already-used')).toHaveLength(9);
  });
});
