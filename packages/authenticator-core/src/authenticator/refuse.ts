import { type PushDecision, signPushAnswer, type UnsignedPushAnswer } from '@sesame/protocol';
import type { AnswerVerdict } from '../ports/device-api';
import { findChallenge, sendAnswer } from './challenges';
import type { AuthenticatorContext } from './context';

/** "Deny" or "this wasn't me" (`report`): signed, no PIN — nobody should need a PIN to say no. */
export async function refuse(
  ctx: AuthenticatorContext,
  challengeId: string,
  decision: Exclude<PushDecision, 'approve'>,
): Promise<AnswerVerdict> {
  const found = await findChallenge(ctx, challengeId);
  const { account, challenge } = found;
  const answer: UnsignedPushAnswer = { type: 'push-answer', deviceId: account.deviceId, challengeId, decision };
  return sendAnswer(ctx, found, await signPushAnswer(account.deviceKey, answer, challenge));
}
