import type { UserRecord } from '../ports';

/**
 * The password hash of an invited account until its owner sets one from the mailed link: no
 * argon2 PHC string, so every verification fails (argon2-hasher.ts answers false for a malformed
 * hash) and the account cannot be signed into with any password (docs/adr/0035).
 */
export const INVITED_PASSWORD_HASH = '!invited';

/** True when the account was invited and its owner has not set a password yet. */
export function invitationPending(user: Pick<UserRecord, 'passwordHash'>): boolean {
  return user.passwordHash === INVITED_PASSWORD_HASH;
}
