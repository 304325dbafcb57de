import { createOfflineChallenge, type LoginTransaction } from '@sesame/core';
import type { SignInRoutesContext } from './context';
import { askingAppName } from './asking-app';

/**
 * "Sésame app with QR code", after a right password (design §5 "QR code"; issue #5): a challenge
 * signed with the server key the apps hold, bound to this browser's login transaction, for the
 * app to read without network. Returns the transaction as saved, the second factor pending.
 */
export async function sendOfflineChallenge(
  ctx: SignInRoutesContext,
  handle: string,
  transaction: LoginTransaction,
  userId: string,
  passwordAt: number,
): Promise<LoginTransaction> {
  const created = await createOfflineChallenge(
    ctx.methods.devices,
    ctx.methods.offlineSigner,
    { userId, loginTransactionId: handle, relyingAppName: askingAppName(ctx, transaction) },
    ctx.clock.now(),
  );
  const next: LoginTransaction = {
    ...transaction,
    secondFactor: { userId, method: 'PASSWORD_SOFTWARE_TOKEN', passwordAt, expiresAt: created.expiresAt.getTime() },
  };
  await ctx.methods.transactions.save(handle, next);
  return next;
}
