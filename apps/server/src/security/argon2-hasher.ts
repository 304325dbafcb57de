import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@sesame/core';
import { availableParallelism } from 'node:os';
import { concurrencyLimit } from './concurrency-limit';

export interface Argon2Parameters {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * argon2id (RFC 9106) in PHC string format. @node-rs/argon2 runs each hash on libuv's thread
 * pool, off the event loop. Defaults follow OWASP's Password Storage Cheat Sheet (19 MiB, t=2,
 * p=1); the parameters are stored in each hash, so raising them later only affects new hashes.
 *
 * At most `maxConcurrent` hashes run at once (default: the cores this process may use), the others
 * wait in this process (issue 12 points 5–6, docs/adr/0024): each hash in flight holds m KiB
 * (19 MiB by default) for as long as it runs, and more hashes than cores only share the cores
 * while holding their memory longer. The bound was one more than the cores, measured faster
 * against a raw rate run with 8 hashes in flight over libuv's 4 threads; against a raw rate with
 * the same bound (bench/support/argon2-rate.ts) the cores alone cost the same server CPU per
 * sign-in, the ratios moved both ways within the noise (three runs), and the RSS peak under load
 * is one hash's memory lower.
 */
export function createArgon2Hasher(
  params: Argon2Parameters,
  { maxConcurrent = availableParallelism() }: { maxConcurrent?: number } = {},
): PasswordHasher {
  const limited = concurrencyLimit(maxConcurrent);
  const options = {
    algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under verbatimModuleSyntax */ as const,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
  };
  return {
    hash: (password) => limited(() => hash(password, options)),
    verify: async (stored, password) => {
      try {
        return await limited(() => verify(stored, password));
      } catch {
        // A malformed stored hash is a failed verification, never a bypass.
        return false;
      }
    },
  };
}
