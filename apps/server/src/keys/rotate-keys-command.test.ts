import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/load-config';
import { deviceKeysSpec } from './device-keys-spec';
import { loadOrCreateKeyFile } from './key-file';
import { oidcKeyRingSpec } from './oidc-key-ring-spec';
import { ROTATE_KEYS_USAGE, rotateKeysCommand } from './rotate-keys-command';

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

const NOW = new Date('2026-12-07T03:00:00Z');

function keyFiles() {
  const dir = scratchFolder('sesame-rotate-');
  const paths = { devices: join(dir, 'device-keys.json'), oidc: join(dir, 'oidc-keys.json') };
  const config = loadConfig({}, { 'devices.keysFile': paths.devices, 'oidc.keysFile': paths.oidc });
  return { dir, paths, config };
}

describe('npm run keys:rotate', () => {
  it('devices: a new vault key seals, the old one still opens, the offline signer is kept', () => {
    const { paths, config } = keyFiles();
    const before = loadOrCreateKeyFile(deviceKeysSpec, paths.devices, NOW).file;
    const line = rotateKeysCommand(['devices'], config, NOW);
    const after = JSON.parse(readFileSync(paths.devices, 'utf8')) as typeof before;
    expect(after.vault.currentKeyId).not.toBe(before.vault.currentKeyId);
    expect(after.vault.keys).toMatchObject(before.vault.keys);
    expect(after.signing).toEqual(before.signing);
    expect(line).toBe(
      `rotated ${paths.devices}: vault key ${after.vault.currentKeyId} now seals, 2 keys open; offline signer ${before.signing.kid} kept`,
    );
  });

  it('oidc: the published next generation starts signing', () => {
    const { paths, config } = keyFiles();
    const before = loadOrCreateKeyFile(oidcKeyRingSpec, paths.oidc, NOW).file;
    const line = rotateKeysCommand(['oidc'], config, NOW);
    const after = JSON.parse(readFileSync(paths.oidc, 'utf8')) as typeof before;
    expect(after.active).toEqual(before.next);
    expect(line).toContain(`rotated ${paths.oidc}: now signing with RS256 ${before.next.keys[0]?.kid}`);
  });

  it('refuses vapid with its reason, and anything else with the usage', () => {
    const { config } = keyFiles();
    expect(() => rotateKeysCommand(['vapid'], config, NOW)).toThrow(/a new VAPID key silences every app/);
    for (const args of [[], ['everything'], ['oidc', 'devices']]) {
      expect(() => rotateKeysCommand(args, config, NOW)).toThrow(ConfigError);
      expect(() => rotateKeysCommand(args, config, NOW)).toThrow(ROTATE_KEYS_USAGE);
    }
  });

  it('refuses a key file that does not exist yet rather than creating one', () => {
    const { config } = keyFiles();
    expect(() => rotateKeysCommand(['devices'], config, NOW)).toThrow(
      `${config.devices.keysFile}: no Sésame device key file to rotate`,
    );
  });
});
