/** Recovery codes on a device kit's account, for the recovery-code tests (core and the sign-in method). */
import { generateRecoveryCodes } from '../src/credentials/recovery-codes';
import { NO_ACTOR } from '../src/devices/device-deps';
import type { PasswordHasher } from '../src/ports';
import type { DeviceKit } from './device-kit';
import { MFA_SESSION } from './totp-kit';

const hex = (bytes: ArrayBuffer) => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A salted SHA-256 stand-in for the server's argon2id (fast, for tests only): `test$salt$digest`,
 * so a test can prove that no code is stored in clear. Counts its calls.
 */
export function createTestHasher(): PasswordHasher & { readonly calls: { hash: number; verify: number } } {
  const calls = { hash: 0, verify: 0 };
  const digest = async (salt: string, secret: string) =>
    hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}:${secret}`)));
  return {
    calls,
    async hash(secret) {
      calls.hash += 1;
      const salt = hex(crypto.getRandomValues(new Uint8Array(16)).buffer);
      return `test$${salt}$${await digest(salt, secret)}`;
    },
    async verify(hash, secret) {
      calls.verify += 1;
      const [scheme, salt, expected] = hash.split('$');
      return scheme === 'test' && salt !== undefined && expected === (await digest(salt, secret));
    },
  };
}

/** The kit's deps with a test hasher: what the recovery-code functions and method take. */
export function recoveryCodeDeps(kit: DeviceKit, hasher: PasswordHasher = createTestHasher()) {
  return { ...kit.deps, hasher };
}

/** Ten codes for `userId` (who must have an active device), made from a session with a second factor. */
export async function giveRecoveryCodes(kit: DeviceKit, hasher: PasswordHasher, userId = 'n0025vuz') {
  const { codes } = await generateRecoveryCodes(
    recoveryCodeDeps(kit, hasher),
    userId,
    MFA_SESSION,
    NO_ACTOR,
    kit.now(),
  );
  return codes;
}
