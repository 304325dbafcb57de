import { computeTotp, computeTotpAtStep, fromBase32, toBase64Url, totpStep } from '@sesame/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeviceKit, type DeviceKit, enrolTotp, MFA_SESSION } from '../../testing';
import { type ErrorCode, isSesameError } from '../errors';
import { NO_ACTOR } from '../devices/device-deps';
import { deleteCredential, listCredentials, renameCredential } from './credential-management';
import { confirmTotpEnrolment, startTotpEnrolment } from './totp-enrolment';

let kit: DeviceKit;
afterEach(() => kit?.close());

const USER = 'n0025vuz';
const code = (c: ErrorCode) => (error: unknown) => isSesameError(error, c);
const mismatch = (error: unknown) =>
  isSesameError(error, 'INVALID_INPUT') && error.details.field === 'code' && error.details.reason === 'mismatch';

async function start(name: string | undefined = 'Aegis', strengths: readonly string[] = MFA_SESSION) {
  return startTotpEnrolment(
    kit.deps,
    kit.users.get(USER)!,
    { name, issuer: 'Sésame' },
    strengths as typeof MFA_SESSION,
    kit.now(),
  );
}
const seedOf = (uri: string) => fromBase32(new URL(uri).searchParams.get('secret')!);
const confirm = (id: string, typed: string, strengths: readonly string[] = MFA_SESSION) =>
  confirmTotpEnrolment(kit.deps, USER, id, typed, strengths as typeof MFA_SESSION, NO_ACTOR, kit.now());

describe('TOTP enrolment (issue 13 point 2; docs/adr/0027)', () => {
  it('start: a pending credential, a 160-bit seed sealed at rest (SEC-21), the otpauth URI and the seed as text', async () => {
    kit = await createDeviceKit();
    const started = await start();
    const uri = new URL(started.otpauthUri);
    expect(uri.protocol).toBe('otpauth:');
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/S%C3%A9same:n0025vuz%40example\.org\?secret=[A-Z2-7]{32}&/);
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({ algorithm: 'SHA1', digits: '6', period: '30' });
    const seed = seedOf(started.otpauthUri);
    expect(seed).toHaveLength(20);
    expect(started.secret.replace(/ /g, '')).toBe(uri.searchParams.get('secret'));
    expect(started.secret).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);

    const stored = (await kit.deps.durable.credentials.findById(started.credentialId))!;
    expect(stored).toMatchObject({ userId: USER, kind: 'totp', name: 'Aegis', status: 'pending', counter: 0 });
    expect(JSON.parse(stored.data)).toEqual({ algorithm: 'SHA1', digits: 6, period: 30 });
    // The store holds ciphertext only: neither the seed's bytes nor its base32.
    const dump = JSON.stringify(stored);
    expect(dump).not.toContain(toBase64Url(seed));
    expect(dump).not.toContain(uri.searchParams.get('secret'));
    expect(stored.secret?.keyId).toBe('k1');
  });

  it('start: the name is required (INVALID_INPUT); a second start drops the first pending one', async () => {
    kit = await createDeviceKit();
    await expect(start('  ')).rejects.toSatisfy(
      (e: unknown) => isSesameError(e, 'INVALID_INPUT') && e.details.field === 'name',
    );
    const first = await start();
    const second = await start('Authy');
    expect(await kit.deps.durable.credentials.findById(first.credentialId)).toBeNull();
    expect(await kit.deps.durable.credentials.findById(second.credentialId)).toMatchObject({ name: 'Authy' });
  });

  it('start: an account that has a second factor needs one in this session (SEC-27); a first factor does not', async () => {
    kit = await createDeviceKit();
    await kit.enrol(USER);
    await expect(start('Aegis', ['PASSWORD'])).rejects.toSatisfy(code('SECOND_FACTOR_REQUIRED'));
    await expect(
      startTotpEnrolment(
        kit.deps,
        kit.users.get('x0099abc')!,
        { name: 'Aegis', issuer: 'Sésame' },
        ['PASSWORD'],
        kit.now(),
      ),
    ).resolves.toMatchObject({ credentialId: expect.any(String) });
  });

  it('confirm: the first right code activates, records its step, marks the second factor and the history (SEC-31)', async () => {
    kit = await createDeviceKit();
    const started = await start();
    const typed = await computeTotp(seedOf(started.otpauthUri), kit.now());
    const confirmed = await confirm(started.credentialId, typed.replace(/(...)/, '$1 '));
    expect(confirmed).toMatchObject({ status: 'active', counter: totpStep(kit.now()) });
    expect(await kit.deps.durable.credentials.findById(started.credentialId)).toMatchObject({
      status: 'active',
      counter: totpStep(kit.now()),
      lastUsedAt: kit.now(),
    });
    expect(kit.users.get(USER)!.secondFactorSince).toEqual(kit.now());
    expect(kit.audit).toMatchObject([
      {
        type: 'credential.enrolled',
        userId: USER,
        details: { credentialId: started.credentialId, kind: 'totp', name: 'Aegis' },
      },
    ]);
    // Confirmed once: again, nothing pending.
    await expect(confirm(started.credentialId, typed)).rejects.toSatisfy(code('NOT_FOUND'));
  });

  it('confirm: ±1 step is accepted, 2 steps is a wrong code (INVALID_INPUT mismatch); bad input is not counted', async () => {
    kit = await createDeviceKit();
    const started = await start();
    const seed = seedOf(started.otpauthUri);
    const now = totpStep(kit.now());
    await expect(confirm(started.credentialId, await computeTotpAtStep(seed, now + 2))).rejects.toSatisfy(mismatch);
    await expect(confirm(started.credentialId, '12345')).rejects.toSatisfy(
      (e: unknown) => isSesameError(e, 'INVALID_INPUT') && e.details.reason === 'malformed',
    );
    await expect(confirm(started.credentialId, await computeTotpAtStep(seed, now - 1))).resolves.toMatchObject({
      counter: now - 1,
    });
  });

  it('confirm: 5 wrong codes, then TOO_MANY_REQUESTS without a check, even for the right one', async () => {
    kit = await createDeviceKit();
    const started = await start();
    for (let i = 0; i < 5; i++) await expect(confirm(started.credentialId, '000000')).rejects.toSatisfy(mismatch);
    const right = await computeTotp(seedOf(started.otpauthUri), kit.now());
    await expect(confirm(started.credentialId, right)).rejects.toSatisfy(code('TOO_MANY_REQUESTS'));
  });

  it('confirm: someone else’s credential is NOT_FOUND', async () => {
    kit = await createDeviceKit();
    const started = await start();
    const typed = await computeTotp(seedOf(started.otpauthUri), kit.now());
    await expect(
      confirmTotpEnrolment(kit.deps, 'x0099abc', started.credentialId, typed, MFA_SESSION, NO_ACTOR, kit.now()),
    ).rejects.toSatisfy(code('NOT_FOUND'));
  });
});

describe('managing authenticator apps', () => {
  it('lists the active ones only, renames (audited), deletes with a second factor only (SEC-27)', async () => {
    kit = await createDeviceKit();
    const { credentialId } = await enrolTotp(kit);
    await start('Pending');
    expect(await listCredentials(kit.deps, USER, 'totp')).toEqual([
      expect.objectContaining({ id: credentialId, kind: 'totp', name: 'Aegis', status: 'active' }),
    ]);
    expect((await listCredentials(kit.deps, USER, 'totp'))[0]).not.toHaveProperty('secret');

    await renameCredential(kit.deps, USER, 'totp', credentialId, 'Mon téléphone', NO_ACTOR, kit.now());
    expect(await listCredentials(kit.deps, USER, 'totp')).toMatchObject([{ name: 'Mon téléphone' }]);
    await expect(
      renameCredential(kit.deps, 'x0099abc', 'totp', credentialId, 'x', NO_ACTOR, kit.now()),
    ).rejects.toSatisfy(code('NOT_FOUND'));

    await expect(
      deleteCredential(kit.deps, USER, 'totp', credentialId, NO_ACTOR, kit.now(), ['PASSWORD']),
    ).rejects.toSatisfy(code('SECOND_FACTOR_REQUIRED'));
    await deleteCredential(kit.deps, USER, 'totp', credentialId, NO_ACTOR, kit.now(), ['PASSWORD', 'PASSWORD_TOTP']);
    expect(await listCredentials(kit.deps, USER, 'totp')).toEqual([]);
    expect(kit.audit.map((e) => e.type)).toEqual(['credential.enrolled', 'credential.renamed', 'credential.deleted']);
    // The account had a second factor: from now on the password alone may not add one.
    expect(kit.users.get(USER)!.secondFactorSince).not.toBeNull();
  });
});
