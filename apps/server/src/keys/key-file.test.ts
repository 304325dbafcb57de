import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError } from '../config/load-config';
import { deviceKeysSpec } from './device-keys-spec';
import { type KeyFileSpec, loadOrCreateKeyFile, memoryKeyFile, rotateKeyFile, writeKeyFile } from './key-file';
import { oidcKeyRingSpec } from './oidc-key-ring-spec';
import { vapidKeysSpec } from './vapid-keys-spec';

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
const LATER = new Date('2026-12-08T03:00:00Z');

/** A counter file: enough to see each step of the lifecycle without generating real keys. */
interface Counter {
  version: 1;
  generation: number;
  createdAt: string;
}
const counterSpec: KeyFileSpec<Counter> = {
  name: 'test counter file',
  schema: z.object({ version: z.literal(1), generation: z.number().int(), createdAt: z.string() }),
  create: (now) => ({ version: 1, generation: 1, createdAt: now.toISOString() }),
  rotate: (file, now) => ({ version: 1, generation: file.generation + 1, createdAt: now.toISOString() }),
  check: (file) => {
    if (file.generation > 99) throw new Error('generation out of range');
  },
  createdWarning: (path) => `counter created at ${path}`,
};

const temporaryDir = () => scratchFolder('sesame-key-file-');

describe('key file lifecycle', () => {
  it('creates the file (and its directory) once, then reads it back unchanged', () => {
    const path = join(temporaryDir(), 'nested', 'counter.json');
    const created = loadOrCreateKeyFile(counterSpec, path, NOW);
    expect(created).toEqual({ file: { version: 1, generation: 1, createdAt: NOW.toISOString() }, created: true });
    expect(loadOrCreateKeyFile(counterSpec, path, LATER)).toEqual({ file: created.file, created: false });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(created.file);
  });

  it('writes private keys readable by their owner only (0600), on creation and on rotation', () => {
    const path = join(temporaryDir(), 'counter.json');
    loadOrCreateKeyFile(counterSpec, path, NOW);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    rotateKeyFile(counterSpec, path, LATER);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses a file that is not JSON, not of the schema, or fails the check: a ConfigError naming the path', () => {
    const dir = temporaryDir();
    const cases = { 'garbled.json': '{"version":', 'schema.json': '{"version":2}', 'check.json': '' };
    writeFileSync(join(dir, 'check.json'), JSON.stringify({ version: 1, generation: 100, createdAt: 'x' }));
    for (const [name, text] of Object.entries(cases)) {
      const path = join(dir, name);
      if (text) writeFileSync(path, text);
      const attempt = () => loadOrCreateKeyFile(counterSpec, path, NOW);
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(path);
    }
    expect(() => loadOrCreateKeyFile(counterSpec, join(dir, 'schema.json'), NOW)).toThrow(
      `${join(dir, 'schema.json')} is not a test counter file`,
    );
    expect(() => loadOrCreateKeyFile(counterSpec, join(dir, 'check.json'), NOW)).toThrow(/generation out of range/);
    // A refused file is left as it was: the operator decides.
    expect(readFileSync(join(dir, 'garbled.json'), 'utf8')).toBe('{"version":');
  });

  it('rotates in place, and leaves a file it cannot read untouched', () => {
    const dir = temporaryDir();
    const path = join(dir, 'counter.json');
    loadOrCreateKeyFile(counterSpec, path, NOW);
    expect(rotateKeyFile(counterSpec, path, LATER)).toEqual({
      version: 1,
      generation: 2,
      createdAt: LATER.toISOString(),
    });
    expect(loadOrCreateKeyFile(counterSpec, path, LATER).file.generation).toBe(2);

    writeFileSync(path, 'not json');
    expect(() => rotateKeyFile(counterSpec, path, LATER)).toThrow(ConfigError);
    expect(readFileSync(path, 'utf8')).toBe('not json');
  });

  it('is atomic: a write that fails leaves neither a partial file nor its temporary file', () => {
    const dir = temporaryDir();
    // A directory where the file should go: the final rename fails after the temporary file is written.
    const path = join(dir, 'counter.json');
    mkdirSync(join(path, 'occupied'), { recursive: true });
    expect(() => writeKeyFile(path, counterSpec.create(NOW))).toThrow();
    expect(readdirSync(dir)).toEqual(['counter.json']);
    expect(statSync(path).isDirectory()).toBe(true);
    // A successful write leaves only the file.
    const other = join(dir, 'other.json');
    writeKeyFile(other, counterSpec.create(NOW));
    expect(readdirSync(dir).sort()).toEqual(['counter.json', 'other.json']);
  });

  it('has a memory form that never touches the disk', () => {
    expect(memoryKeyFile(counterSpec, NOW)).toEqual({ version: 1, generation: 1, createdAt: NOW.toISOString() });
  });

  it('refuses to rotate a file without rotation, saying why', () => {
    const path = join(temporaryDir(), 'vapid-keys.json');
    loadOrCreateKeyFile(vapidKeysSpec, path, NOW);
    const before = readFileSync(path, 'utf8');
    expect(() => rotateKeyFile(vapidKeysSpec, path, LATER)).toThrow(ConfigError);
    expect(() => rotateKeyFile(vapidKeysSpec, path, LATER)).toThrow(/a new VAPID key silences every app/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });
});

describe('key file specs', () => {
  it('device keys: a rotation makes a new vault key current, keeps the old ones to open, keeps the signer', () => {
    const file = deviceKeysSpec.create(NOW);
    const rotated = deviceKeysSpec.rotate!(file, LATER);
    expect(rotated.vault.currentKeyId).not.toBe(file.vault.currentKeyId);
    expect(rotated.vault.keys).toMatchObject(file.vault.keys);
    expect(Object.keys(rotated.vault.keys)).toHaveLength(2);
    expect(rotated.signing).toEqual(file.signing);
    expect(deviceKeysSpec.schema.safeParse(rotated).success).toBe(true);
  });

  it('OIDC key ring: a rotation promotes the published next generation', () => {
    const ring = oidcKeyRingSpec.create(NOW);
    const rotated = oidcKeyRingSpec.rotate!(ring, LATER);
    expect(rotated.active).toEqual(ring.next);
    expect(rotated.retired).toEqual([ring.active]);
  });

  it('VAPID keys: a pair whose public key is not the private key is refused', () => {
    const good = vapidKeysSpec.create(NOW);
    const other = vapidKeysSpec.create(NOW);
    expect(() => vapidKeysSpec.check!(good)).not.toThrow();
    expect(() => vapidKeysSpec.check!({ ...good, publicKey: other.publicKey })).toThrow(/not the private key's/);
  });

  it('each names the created file in its warning', () => {
    for (const spec of [deviceKeysSpec, oidcKeyRingSpec, vapidKeysSpec] as KeyFileSpec<unknown>[]) {
      expect(spec.createdWarning('/srv/keys.json')).toContain('/srv/keys.json');
    }
  });
});
