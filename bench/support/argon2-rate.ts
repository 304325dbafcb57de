import { hash } from '@node-rs/argon2';
import type { Argon2Parameters } from '@sesame/server';
import { forDuration } from './load';

/** The baseline of a sign-in rate: raw argon2id in this process, nothing around it. */
export interface Argon2Rate {
  hashesPerSecond: number;
  /** This process's CPU milliseconds per hash. */
  cpuMsPerHash: number;
}

/**
 * Raw argon2id hashes for `seconds` with `concurrency` in flight: the same library and
 * parameters as the server (security/argon2-hasher.ts), in this process.
 */
export async function rawArgon2Rate(
  params: Argon2Parameters,
  seconds: number,
  concurrency: number,
): Promise<Argon2Rate> {
  const cpuStart = process.cpuUsage();
  const hashes = await forDuration(seconds * 1000, concurrency, async () => {
    await hash('correct horse battery staple', {
      algorithm: 2,
      memoryCost: params.memoryKiB,
      timeCost: params.iterations,
      parallelism: params.parallelism,
    });
  });
  const used = process.cpuUsage(cpuStart);
  return { hashesPerSecond: hashes / seconds, cpuMsPerHash: (used.user + used.system) / 1000 / hashes };
}
