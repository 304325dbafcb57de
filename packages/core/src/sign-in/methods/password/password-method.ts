import { z } from 'zod';
import type { AccountDeps } from '../../../accounts/account-deps';
import { authenticatePassword } from '../../../accounts/authenticate-password';
import type { UserRecord } from '../../../ports';
import type { SignInMeta } from '../../meta';
import type { SignInMethod } from '../../method';

export interface PasswordAnswer {
  readonly password: string | undefined;
}

/**
 * The password (design §4 step 2): the first method, checked by the engine itself
 * (`submitPassword`), never a pending challenge — so `start`, `settle` and `view` are not used.
 * The check is authenticatePassword's, unchanged: same error and cost for an unknown address
 * and a wrong password, the SignInGuard's locks (docs/adr/0010).
 */
export interface PasswordMethod extends SignInMethod<Readonly<Record<string, never>>, PasswordAnswer, null> {
  readonly id: 'password';
  /** The account whose password this is; throws INVALID_CREDENTIALS, ACCOUNT_LOCKED, a store fault. */
  check(email: string, answer: PasswordAnswer, meta: SignInMeta): Promise<UserRecord>;
}

function notAChallenge(): never {
  throw new Error('the password is checked by the engine (submitPassword), never as a challenge');
}

export function passwordMethod(accounts: AccountDeps): PasswordMethod {
  return {
    id: 'password',
    wireName: 'PASSWORD',
    position: 'first',
    strengths: ['PASSWORD'],
    dataSchema: z.record(z.string(), z.never()),
    parseAnswer: (fields) => ({ password: fields.password }),
    check: (email, answer, meta) => authenticatePassword(accounts, email, answer.password, meta),
    start: async () => notAChallenge(),
    settle: async () => notAChallenge(),
    view: async () => null,
  };
}
