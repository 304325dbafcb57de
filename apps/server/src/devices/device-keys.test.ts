import { hmacChallengeMac, issueStatelessChallenge, openStatelessChallenge } from '@sesame/core';
import {
  fromBase64Url,
  generateOcraQuestion,
  importEs256PublicKey,
  SESAME_OFFLINE_OCRA_SUITE,
  verifyOfflineChallenge,
} from '@sesame/protocol';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createDeviceKeyFile,
  type DeviceKeys,
  loadOrCreateDeviceKeyFile,
  memoryDeviceKeys,
  openDeviceKeys,
} from './device-keys';

/** The scratch folders made here, removed after each test even when it fails (nothing left behind). */
const scratchFolders: string[] = [];
function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}
afterEach(() => {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const tempPath = () => join(scratchFolder('sesame-device-keys-'), 'nested', 'device-keys.json');

async function signsVerifiably(keys: DeviceKeys): Promise<boolean> {
  const issuedAt = Math.floor(Date.now() / 1000);
  const challenge = await keys.signer.sign({
    type: 'offline-challenge',
    kid: keys.signer.kid,
    account: 'n0025vuz',
    relyingApp: 'TRACES NT (démo)',
    question: generateOcraQuestion(SESAME_OFFLINE_OCRA_SUITE),
    issuedAt,
    expiresAt: issuedAt + 300,
  });
  const [published] = keys.serverKeys;
  expect(published!.kid).toBe(keys.signer.kid);
  return verifyOfflineChallenge(await importEs256PublicKey(published!), challenge);
}

describe('device key file', () => {
  it('is created once, readable by its owner only, and read back the same', () => {
    const path = tempPath();
    const created = loadOrCreateDeviceKeyFile(path, new Date());
    expect(created.created).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(loadOrCreateDeviceKeyFile(path, new Date())).toEqual({ file: created.file, created: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(created.file);
  });

  it('opens into a vault and a signer whose signatures verify with the published key (no private part)', async () => {
    const keys = await openDeviceKeys(createDeviceKeyFile(new Date()));
    expect(Object.keys(keys.serverKeys[0]!).sort()).toEqual(['alg', 'crv', 'kid', 'kty', 'use', 'x', 'y']);
    expect(await signsVerifiably(keys)).toBe(true);
    const secret = crypto.getRandomValues(new Uint8Array(32));
    expect(await keys.vault.open('device-1', await keys.vault.seal('device-1', secret))).toEqual(secret);
  });

  it('is rotation-ready: a secret sealed under a retired key opens and reseals under the current one', async () => {
    const old = createDeviceKeyFile(new Date());
    const oldKeys = await openDeviceKeys(old);
    const sealed = await oldKeys.vault.seal('device-1', new Uint8Array(32).fill(7));
    const rotated = {
      ...old,
      vault: { currentKeyId: 'k2', keys: { ...old.vault.keys, k2: Buffer.alloc(32, 1).toString('base64url') } },
    };
    const keys = await openDeviceKeys(rotated);
    const resealed = await keys.vault.reseal('device-1', sealed);
    expect(resealed?.keyId).toBe('k2');
    expect(await keys.vault.open('device-1', resealed!)).toEqual(new Uint8Array(32).fill(7));
    // The passkey challenges' MAC (docs/adr/0029 §8) follows the ring: a challenge made before
    // the rotation still opens after it, and is MAC'd under a sub-key, never the sealing key.
    const now = new Date();
    const challenge = issueStatelessChallenge(oldKeys.challengeMac, 'p', now, 60_000);
    expect(openStatelessChallenge(keys.challengeMac, 'p', challenge, now)).not.toBeNull();
    expect(keys.challengeMac.currentKeyId).toBe('k2');
    const vaultKey = fromBase64Url(old.vault.keys[old.vault.currentKeyId]!);
    expect(
      openStatelessChallenge(
        hmacChallengeMac(old.vault.currentKeyId, { [old.vault.currentKeyId]: vaultKey }),
        'p',
        challenge,
        now,
      ),
    ).toBeNull();
  });

  it('refuses a file that is not a device key file, naming it', () => {
    const path = tempPath().replace('nested/', '');
    writeFileSync(path, JSON.stringify({ version: 1, vault: { currentKeyId: 'k9', keys: {} } }));
    expect(() => loadOrCreateDeviceKeyFile(path, new Date())).toThrow(`${path} is not a Sésame device key file`);
  });

  it('has an in-memory form for tests that works like the opened one', async () => {
    const keys = memoryDeviceKeys(new Date());
    expect(await signsVerifiably(keys)).toBe(true);
    const secret = new Uint8Array(32).fill(3);
    expect(await keys.vault.open('device-2', await keys.vault.seal('device-2', secret))).toEqual(secret);
  });
});
