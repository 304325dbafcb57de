import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '@sesame/core';

export interface Argon2Parameters {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/**
 * argon2id (RFC 9106) in PHC string format. @node-rs/argon2 runs each hash on libuv's thread
 * pool, off the event loop. Defaults follow OWASP's Password Storage Cheat Sheet (19 MiB, t=2,
 * p=1); the parameters are stored in each hash, so raising them later only affects new hashes.
 */
export function createArgon2Hasher(params: Argon2Parameters): PasswordHasher {
  const options = {
    algorithm: 2 /* Algorithm.Argon2id: a const enum, not importable under verbatimModuleSyntax */ as const,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
  };
  return {
    hash: (password) => hash(password, options),
    verify: async (stored, password) => {
      try {
        return await verify(stored, password);
      } catch {
        // A malformed stored hash is a failed verification, never a bypass.
        return false;
      }
    },
  };
}
