import type { LoginTransaction } from '@sesame/core';
import { fitRelyingAppName } from '@sesame/protocol';
import type { SignInRoutesContext } from './context';

/**
 * The name the app shows as "who asks" (design §5: the relying app's name in every challenge):
 * the application that started this sign-in, or Sésame itself for the portal. Cut to what the
 * push and offline challenges carry (RELYING_APP_NAME_MAX_BYTES, between two characters, with
 * "…"): a configured name may be longer, and must not make "PIN code" or "QR code" fail (ADR 0011).
 */
export function askingAppName(ctx: Pick<SignInRoutesContext, 'registry'>, transaction: LoginTransaction): string {
  const app = transaction.target ? ctx.registry.byId(transaction.target.appId) : undefined;
  return fitRelyingAppName(app?.name ?? 'Sésame');
}
