import type { AccountPolicy } from '../src/accounts/account-deps';

/**
 * The account policy core's tests sign in under: the configuration's defaults for the lock-out
 * (5 from one network, 20 everywhere, 15 minutes; docs/adr/0002, 0063) and the mail limits.
 */
export const TEST_ACCOUNT_POLICY: AccountPolicy = {
  password: { minLength: 12, maxLength: 128, blocklist: new Set() },
  linkTtlMinutes: 90,
  lockAfterFailures: 5,
  accountLockAfterFailures: 20,
  lockMinutes: 15,
  mailRequests: { perAddress: 5, perIp: 30, windowMinutes: 15 },
};
