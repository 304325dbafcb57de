import { DEFAULT_CLOCK_TOLERANCE_SECONDS, ProtocolError, type PushAnswer, type PushChallenge } from '@sesame/protocol';
import { DEVICE_API_PATHS } from '../api/http-contract';
import { signDeviceRequest } from '@sesame/protocol';
import { AuthenticatorError, isAuthenticatorError } from '../errors';
import { type AuthenticatorContext, epochSeconds } from './context';
import { type AccountRecord, loadEnrolledAccounts } from './state';

/**
 * One account's unanswered challenges, from its server, over a request signed with the device
 * key. The envelope carries no server signature in protocol v1: what vouches for it is the TLS
 * channel to the server the device registered with (the protocol's device/push-challenge.ts).
 * An envelope for another device or account is a server fault and is refused.
 */
export async function fetchChallenges(ctx: AuthenticatorContext, account: AccountRecord): Promise<PushChallenge[]> {
  const proof = await signDeviceRequest(account.deviceKey, {
    method: 'GET',
    path: DEVICE_API_PATHS.challenges,
    deviceId: account.deviceId,
    now: ctx.clock.now(),
  });
  const challenges = await ctx.deviceApi(account.server).challenges(proof);
  for (const challenge of challenges) {
    if (challenge.deviceId !== account.deviceId || challenge.account !== account.account) {
      throw new ProtocolError('ERR_MESSAGE_INVALID', { field: 'challenges.deviceId', reason: 'mismatch' });
    }
  }
  // Remembered until answered or expired (the map stays as small as the requests waiting).
  const now = ctx.clock.now();
  for (const [id, { challenge }] of ctx.shown) if (isExpired(challenge, now)) ctx.shown.delete(id);
  for (const challenge of challenges) ctx.shown.set(challenge.challengeId, { deviceId: account.deviceId, challenge });
  return challenges;
}

/** Past its expiry by more than the protocol's clock tolerance: the server would refuse any answer. */
export function isExpired(challenge: PushChallenge, now: Date): boolean {
  return epochSeconds(now) >= challenge.expiresAt + DEFAULT_CLOCK_TOLERANCE_SECONDS;
}

export interface FoundChallenge {
  account: AccountRecord;
  challenge: PushChallenge;
  /** Taken from what this app fetched before, not asked afresh (see sendAnswer). */
  remembered: boolean;
}

/**
 * Sends a signed answer to the challenge `found` names; it is then forgotten, whatever the
 * verdict (a second answer asks the server afresh). A remembered challenge that the server no
 * longer holds — answered from elsewhere, replaced, expired by the server's clock — is refused
 * by the server (404, 410): that is ERR_CHALLENGE_UNKNOWN, what asking afresh would have found.
 */
export async function sendAnswer(ctx: AuthenticatorContext, found: FoundChallenge, answer: PushAnswer) {
  ctx.shown.delete(answer.challengeId);
  try {
    return await ctx.deviceApi(found.account.server).answer(answer);
  } catch (error) {
    const status = isAuthenticatorError(error, 'ERR_SERVER') ? error.details.status : undefined;
    if (found.remembered && (status === 404 || status === 410)) {
      throw new AuthenticatorError('ERR_CHALLENGE_UNKNOWN', {}, { cause: error });
    }
    throw error;
  }
}

/**
 * The live challenge with this id and its account: the one this app already fetched (`pending`)
 * when it is still live and its account still enrolled — what the user was shown is what is
 * signed, and the server is not asked twice (issue 12: one round trip less per answer) — else
 * asked afresh from the servers. A challenge the server no longer holds (answered elsewhere,
 * replaced) is then refused by the server's answer route (404), as before by this lookup.
 */
export async function findChallenge(ctx: AuthenticatorContext, challengeId: string): Promise<FoundChallenge> {
  const accounts = await loadEnrolledAccounts(ctx.store);
  const shown = ctx.shown.get(challengeId);
  const shownAccount = shown && accounts.find((a) => a.deviceId === shown.deviceId);
  if (shown && shownAccount && !isExpired(shown.challenge, ctx.clock.now())) {
    return { account: shownAccount, challenge: shown.challenge, remembered: true };
  }
  for (const account of accounts) {
    const challenge = (await fetchChallenges(ctx, account)).find((c) => c.challengeId === challengeId);
    if (challenge === undefined) continue;
    if (isExpired(challenge, ctx.clock.now())) throw new AuthenticatorError('ERR_CHALLENGE_EXPIRED');
    return { account, challenge, remembered: false };
  }
  throw new AuthenticatorError('ERR_CHALLENGE_UNKNOWN');
}
