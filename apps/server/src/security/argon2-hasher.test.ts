import { describe, expect, it } from 'vitest';
import { createArgon2Hasher } from './argon2-hasher';

describe('argon2id hasher', () => {
  const hasher = createArgon2Hasher({ memoryKiB: 19456, iterations: 2, parallelism: 1 });

  it('produces salted argon2id PHC strings with the configured parameters', async () => {
    const a = await hasher.hash('correct horse battery staple');
    const b = await hasher.hash('correct horse battery staple');
    expect(a).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(a).not.toBe(b);
  });

  it('verifies the right password only', async () => {
    const stored = await hasher.hash('correct horse battery staple');
    expect(await hasher.verify(stored, 'correct horse battery staple')).toBe(true);
    expect(await hasher.verify(stored, 'correct horse battery stapl')).toBe(false);
  });

  it('treats a malformed hash as a failure', async () => {
    expect(await hasher.verify('not a hash', 'anything')).toBe(false);
  });
});

describe('argon2id hasher, bounded', () => {
  it('still hashes and verifies when more are asked at once than it runs', async () => {
    const bounded = createArgon2Hasher({ memoryKiB: 8192, iterations: 1, parallelism: 1 }, { maxConcurrent: 1 });
    const hashes = await Promise.all(['a', 'b', 'c'].map((p) => bounded.hash(`pass phrase ${p}`)));
    expect(await Promise.all(hashes.map((h, i) => bounded.verify(h, `pass phrase ${'abc'[i]}`)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(await bounded.verify(hashes[0]!, 'pass phrase b')).toBe(false);
  });
});
