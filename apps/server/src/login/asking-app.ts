import type { LoginTransaction } from '@sesame/core';
import type { Services } from '../services';

/**
 * The name the app shows as "who asks" (design §5: the relying app's name in every challenge):
 * the application that started this sign-in, or Sésame itself for the portal.
 */
export function askingAppName(services: Services, transaction: LoginTransaction): string {
  const app = transaction.target ? services.registry.byId(transaction.target.appId) : undefined;
  return app?.name ?? 'Sésame';
}
