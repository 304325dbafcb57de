import {
  type KeyGeneration,
  type KeyRing,
  oidcKeyRingSpec,
  type PrivateJwk,
  rotateKeyRing,
} from '../keys/oidc-key-ring-spec';
import { loadOrCreateKeyFile, memoryKeyFile, parseKeyFile, rotateKeyFile, writeKeyFile } from '../keys/key-file';

/**
 * The OpenID Provider's key ring as oidc-provider takes it. The file (content, creation, the
 * rotation that never leaves a token unverifiable) is keys/oidc-key-ring-spec.ts, read and
 * written through keys/key-file.ts; the functions below keep their names for their callers.
 */
export type { KeyGeneration, KeyRing, PrivateJwk };
export { rotateKeyRing };

export const createKeyRing = (now: Date): KeyRing => memoryKeyFile(oidcKeyRingSpec, now);

/**
 * The keys as oidc-provider takes them (private; it publishes their public halves). Only the
 * active generation may sign: the others carry `key_ops: ["verify"]` (RFC 7517 §4.3), which
 * oidc-provider honours when it picks a signing key and relying parties honour when verifying.
 */
export function providerJwks(ring: KeyRing): { keys: PrivateJwk[] } {
  const verifyOnly = [ring.next, ...ring.retired].flatMap((generation) =>
    generation.keys.map((key) => ({ ...key, key_ops: ['verify'] })),
  );
  return { keys: [...ring.active.keys, ...verifyOnly] };
}

export const parseKeyRing = (raw: string, source: string): KeyRing => parseKeyFile(oidcKeyRingSpec, raw, source);

export const saveKeyRing = (path: string, ring: KeyRing): void => writeKeyFile(path, ring);

/** The key ring at `path`, created there when the file does not exist yet. */
export function loadOrCreateKeyRing(path: string, now: Date): { ring: KeyRing; created: boolean } {
  const { file, created } = loadOrCreateKeyFile(oidcKeyRingSpec, path, now);
  return { ring: file, created };
}

/** Rotates the key ring file in place (tools/rotate-keys.ts); nodes use it once restarted. */
export const rotateKeyRingFile = (path: string, now: Date): KeyRing => rotateKeyFile(oidcKeyRingSpec, path, now);
