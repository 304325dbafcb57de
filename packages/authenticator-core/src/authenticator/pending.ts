import type { PushChallenge } from '@sesame/protocol';
import { fetchChallenges, isExpired } from './challenges';
import type { AuthenticatorContext } from './context';
import { loadEnrolledAccounts } from './state';

/** The push requests waiting for the user, every account together, oldest first; expired ones are dropped. */
export async function pending(ctx: AuthenticatorContext): Promise<PushChallenge[]> {
  const accounts = await loadEnrolledAccounts(ctx.store);
  const lists = await Promise.all(accounts.map((account) => fetchChallenges(ctx, account)));
  const now = ctx.clock.now();
  return lists
    .flat()
    .filter((challenge) => !isExpired(challenge, now))
    .sort((a, b) => a.issuedAt - b.issuedAt);
}
