import { DEFAULT_CLOCK_TOLERANCE_SECONDS, ProtocolError, type PushChallenge } from '@sesame/protocol';
import { DEVICE_API_PATHS } from '../api/http-contract';
import { signDeviceRequest } from '@sesame/protocol';
import { AuthenticatorError } from '../errors';
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
  return challenges;
}

/** Past its expiry by more than the protocol's clock tolerance: the server would refuse any answer. */
export function isExpired(challenge: PushChallenge, now: Date): boolean {
  return epochSeconds(now) >= challenge.expiresAt + DEFAULT_CLOCK_TOLERANCE_SECONDS;
}

/** The live challenge with this id and its account, asked afresh from the servers. */
export async function findChallenge(
  ctx: AuthenticatorContext,
  challengeId: string,
): Promise<{ account: AccountRecord; challenge: PushChallenge }> {
  for (const account of await loadEnrolledAccounts(ctx.store)) {
    const challenge = (await fetchChallenges(ctx, account)).find((c) => c.challengeId === challengeId);
    if (challenge === undefined) continue;
    if (isExpired(challenge, ctx.clock.now())) throw new AuthenticatorError('ERR_CHALLENGE_EXPIRED');
    return { account, challenge };
  }
  throw new AuthenticatorError('ERR_CHALLENGE_UNKNOWN');
}
