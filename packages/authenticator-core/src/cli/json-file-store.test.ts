import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEs256KeyPair } from '@sesame/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { keyValueStoreConformance } from '../test-fixtures';
import { JsonFileStore } from './json-file-store';

const dir = await mkdtemp(join(tmpdir(), 'sesame-store-'));
afterAll(() => rm(dir, { recursive: true, force: true }));
let files = 0;

keyValueStoreConformance('JsonFileStore', async () => new JsonFileStore(join(dir, `${files++}.json`)));

describe('JsonFileStore', () => {
  it('writes mode 0600, the key as PKCS#8 and bytes as base64url', async () => {
    const path = join(dir, 'layout.json');
    const store = new JsonFileStore(path);
    const { privateKey } = await generateEs256KeyPair(true);
    await store.set('k', { key: privateKey, bytes: new Uint8Array([1, 2, 3]) });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      k: { key: { $pkcs8: expect.any(String) }, bytes: { $bytes: 'AQID' } },
    });
  });

  it('cannot write a non-extractable key (hence keepsNonExtractableKeys = false)', async () => {
    const store = new JsonFileStore(join(dir, 'refused.json'));
    expect(store.keepsNonExtractableKeys).toBe(false);
    const { privateKey } = await generateEs256KeyPair();
    await expect(store.set('k', privateKey)).rejects.toThrow();
  });
});
