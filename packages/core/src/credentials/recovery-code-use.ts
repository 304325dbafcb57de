import type { DeviceDeps } from '../devices/device-deps';
import type { PasswordHasher } from '../ports';
import type { RecoveryCodeParts } from './recovery-code-format';
import { recoveryCodeExternalId, recoveryCodeHash } from './recovery-codes';

/**
 * What a typed code proves:
 * - `used`: it was one of the user's unused codes and is now used up (this call took it);
 * - `already-used`: right, but used before — or by a parallel submit that took it first;
 * - `wrong`: no code of the user with that id and secret.
 */
export type RecoveryCodeUse =
  | { readonly result: 'used'; readonly credentialId: string }
  | {
      readonly result: 'already-used' | 'wrong';
    };

/**
 * The secret of an unknown id is still checked, against this hash of a random secret, so that
 * the time taken does not tell which public ids the user has.
 */
const decoys = new WeakMap<PasswordHasher, Promise<string>>();
function decoyHash(hasher: PasswordHasher): Promise<string> {
  let decoy = decoys.get(hasher);
  if (decoy === undefined) {
    decoy = hasher.hash(crypto.randomUUID());
    decoys.set(hasher, decoy);
  }
  return decoy;
}

/**
 * Checks `code` against the user's codes and uses it up (SEC-29: single use). The id finds the
 * one credential; the secret is verified with the password hasher; then advanceCounter(0 → 1) is
 * the ONE conditional write that takes it, so of parallel submits of one code exactly one is
 * `used` (the store's single-use primitive, docs/adr/0027).
 */
export async function useRecoveryCode(
  deps: Pick<DeviceDeps, 'durable'> & { readonly hasher: PasswordHasher },
  userId: string,
  code: RecoveryCodeParts,
  now: Date,
): Promise<RecoveryCodeUse> {
  const credentials = deps.durable.credentials;
  const found = await credentials.findByExternalId('recovery-code', recoveryCodeExternalId(userId, code.id));
  const credential = found?.userId === userId && found.status === 'active' ? found : null;
  if (credential === null) {
    await deps.hasher.verify(await decoyHash(deps.hasher), code.secret);
    return { result: 'wrong' };
  }
  const hash = recoveryCodeHash(credential);
  if (hash === '' || !(await deps.hasher.verify(hash, code.secret))) return { result: 'wrong' };
  if (credential.counter !== 0 || !(await credentials.advanceCounter(credential.id, 0, 1, now))) {
    return { result: 'already-used' };
  }
  return { result: 'used', credentialId: credential.id };
}
