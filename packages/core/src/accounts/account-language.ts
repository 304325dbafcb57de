import type { Locale } from '@sesame/protocol';
import type { Clock, DurableStore, UserRecord } from '../ports';

/**
 * The account's language (docs/adr/0055): one preference, as Keycloak's `locale` user attribute —
 * the language of the e-mails Sésame sends and, once its owner chose it, of the portal's pages
 * when signed in (below the user's explicit choice on that browser and the application's wish,
 * ADR 0045 §1). The language chooser, used while signed in, writes it here and marks it chosen.
 * Returns the account as it now is.
 */
export async function rememberAccountLanguage(
  deps: { readonly durable: Pick<DurableStore, 'users'>; readonly clock: Clock },
  user: UserRecord,
  locale: Locale,
): Promise<UserRecord> {
  if (user.emailLocale === locale && user.languageChosenAt) return user;
  const languageChosenAt = deps.clock.now();
  await deps.durable.users.update(user.id, { emailLocale: locale, languageChosenAt });
  return { ...user, emailLocale: locale, languageChosenAt };
}

/**
 * The account's language as a source of the pages' (ADR 0045 §1, slot 3): only once its owner
 * chose it. A language set for them (an import's column, an administrator) says nothing of the
 * language they read: their browser's says more.
 */
export function chosenAccountLanguage(user: Pick<UserRecord, 'emailLocale' | 'languageChosenAt'>): Locale | undefined {
  return user.languageChosenAt ? user.emailLocale : undefined;
}
