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

/** What the app holds already (context.ts, `shown`): live, oldest first; the expired ones forgotten. */
export function remembered(ctx: AuthenticatorContext): PushChallenge[] {
  const now = ctx.clock.now();
  const live: PushChallenge[] = [];
  for (const [id, { challenge }] of ctx.shown) {
    if (isExpired(challenge, now)) ctx.shown.delete(id);
    else live.push(challenge);
  }
  return live.sort((a, b) => a.issuedAt - b.issuedAt);
}
