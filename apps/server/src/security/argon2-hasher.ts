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
 * At most `maxConcurrent` hashes run at once (default: one more than the cores this process may
 * use), the others wait in this process (issue 12 point 5, docs/adr/0024): libuv's pool has 4
 * threads, and on 2 cores 4 hashes in flight only share the cores, each holding its memory (m KiB)
 * longer. One more than the cores, not exactly the cores: a hash is ready on its thread when
 * another ends, so no core waits for the event loop to hand the next one over (measured: the
 * cores alone lowered sign-ins/s).
 */
export function createArgon2Hasher(
  params: Argon2Parameters,
  { maxConcurrent = availableParallelism() + 1 }: { maxConcurrent?: number } = {},
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
