import {
  computeOcra,
  pushOcraQuestion,
  SESAME_PUSH_OCRA_SUITE,
  signPushAnswer,
  type UnsignedPushAnswer,
} from '@sesame/protocol';
import { AuthenticatorError } from '../errors';
import type { AnswerVerdict } from '../ports/device-api';
import { checkPin, withSecret } from '../secret/sealed-secret';
import { findChallenge, sendAnswer } from './challenges';
import type { AuthenticatorContext } from './context';

/**
 * "PIN code" (design §5): the picked number and OCRA(SESAME_PUSH_OCRA_SUITE, secret,
 * pushOcraQuestion(challenge, number)), signed with the device key. The secret comes from the
 * PIN: a wrong PIN gives a wrong secret, hence a wrong response, and nothing here notices —
 * the server's verdict (`accepted: false`) is the only place a wrong PIN shows.
 */
export async function approve(
  ctx: AuthenticatorContext,
  challengeId: string,
  pickedNumber: number,
  pin: string,
): Promise<AnswerVerdict> {
  checkPin(pin);
  const found = await findChallenge(ctx, challengeId);
  const { account, challenge } = found;
  if (!challenge.candidates.includes(pickedNumber)) throw new AuthenticatorError('ERR_NUMBER_NOT_OFFERED');
  const question = await pushOcraQuestion(challenge, pickedNumber);
  const ocraResponse = await withSecret(account.secret, pin, (secret) =>
    computeOcra(SESAME_PUSH_OCRA_SUITE, secret, { question }),
  );
  const answer: UnsignedPushAnswer = {
    type: 'push-answer',
    deviceId: account.deviceId,
    challengeId,
    decision: 'approve',
    pickedNumber,
    ocraResponse,
  };
  return sendAnswer(ctx, found, await signPushAnswer(account.deviceKey, answer, challenge));
}
