import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { ConfigError } from '../config/load-config';

/**
 * One lifecycle for the server's key files (ADR 0026 §2.10): the device keys, the OIDC key ring
 * and the VAPID pair are each a JSON file every node reads, created at first start, checked at
 * every start, and (for the first two) rotated in place by tools/rotate-keys.ts. What differs
 * between them is a spec; how a file is read, written and refused is here, once.
 */
export interface KeyFileSpec<F> {
  /** What the file is, in the error naming a file that is not one: "Sésame device key file". */
  readonly name: string;
  readonly schema: z.ZodType<F>;
  /** Fresh keys, for a first start or a test. */
  create(now: Date): F;
  /** The next keys; absent when a file has no rotation, */
  rotate?(file: F, now: Date): F;
  /** … and then why, for the operator who asks for one. */
  readonly noRotation?: string;
  /** Checks the schema cannot express (a public key that is the private key's); throws a message. */
  check?(file: F): void;
  /** The start-up warning once a file has been created: an operator must guard and share it. */
  createdWarning(path: string): string;
}

/** The file's text as a spec's keys, or a ConfigError naming the file (start-up stops, exit 2). */
export function parseKeyFile<F>(spec: KeyFileSpec<F>, raw: string, source: string): F {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`${source} is not a ${spec.name}: ${(error as Error).message}`);
  }
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) throw new ConfigError(`${source} is not a ${spec.name}: ${z.prettifyError(parsed.error)}`);
  try {
    spec.check?.(parsed.data);
  } catch (error) {
    throw new ConfigError(`${source}: ${(error as Error).message}`);
  }
  return parsed.data;
}

/**
 * Written whole to a temporary file then renamed over `path` (rename is atomic on one file
 * system), so a node reading at the same time never sees half a file; readable by the owner
 * only (0600): these are private keys. A failed write leaves the previous file as it was.
 */
export function writeKeyFile(path: string, file: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
    // A stale temporary file of a crashed run keeps its mode through writeFileSync: set it again.
    chmodSync(temporary, 0o600);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** The file at `path`, created there when it does not exist yet (`created` calls for the warning). */
export function loadOrCreateKeyFile<F>(spec: KeyFileSpec<F>, path: string, now: Date): { file: F; created: boolean } {
  if (existsSync(path)) return { file: parseKeyFile(spec, readFileSync(path, 'utf8'), path), created: false };
  const file = spec.create(now);
  writeKeyFile(path, file);
  return { file, created: true };
}

/**
 * Rotates the file in place; every node uses the new keys once restarted with it. A file that
 * cannot be read is left untouched (parseKeyFile throws before anything is written).
 */
export function rotateKeyFile<F>(spec: KeyFileSpec<F>, path: string, now: Date): F {
  if (spec.rotate === undefined) {
    throw new ConfigError(`a ${spec.name} is not rotated: ${spec.noRotation ?? 'it has no rotation'}`);
  }
  if (!existsSync(path)) {
    throw new ConfigError(`${path}: no ${spec.name} to rotate (the server creates it at its first start)`);
  }
  const file = spec.rotate(parseKeyFile(spec, readFileSync(path, 'utf8'), path), now);
  writeKeyFile(path, file);
  return file;
}

/** Fresh keys that never touch the disk (tests, a portal built without key files). */
export function memoryKeyFile<F>(spec: KeyFileSpec<F>, now: Date): F {
  return spec.create(now);
}
