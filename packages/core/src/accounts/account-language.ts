import { levelOf, type Locale, type Strength } from '@sesame/protocol';
import { hasOrHadSecondFactor } from '../devices/authenticator-change-policy';
import type { Clock, DurableStore, UserRecord } from '../ports';
import type { RequestMeta } from './account-deps';

/**
 * The account's language (docs/adr/0055): one preference, as Keycloak's `locale` user attribute —
 * the language of the e-mails Sésame sends and, once its owner chose it, of the portal's pages
 * when signed in (below the user's explicit choice on that browser and the application's wish,
 * ADR 0045 §1). The language chooser, used while signed in, writes it here and marks it chosen;
 * a change is audited (`account.language_changed`, docs/adr/0062), in the same transaction.
 * Returns the account as it now is.
 */
export async function rememberAccountLanguage(
  deps: { readonly durable: Pick<DurableStore, 'transaction'>; readonly clock: Clock },
  user: UserRecord,
  locale: Locale,
  meta: Pick<RequestMeta, 'ip' | 'userAgent'>,
): Promise<UserRecord> {
  if (user.emailLocale === locale && user.languageChosenAt) return user;
  const languageChosenAt = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.users.update(user.id, { emailLocale: locale, languageChosenAt });
    // Choosing the language the account already has only marks it chosen: nothing the mails or
    // the owner would notice, no line.
    if (user.emailLocale === locale) return;
    await tx.audit.append({
      type: 'account.language_changed',
      userId: user.id,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at: languageChosenAt,
      details: { from: user.emailLocale, to: locale, source: 'chooser' },
    });
  });
  return { ...user, emailLocale: locale, languageChosenAt };
}

/**
 * May this session change the account's language (docs/adr/0062)? The security mails go out in
 * it: on an account that has or had a second factor, a session opened with the password alone
 * (below the account's usual level) changes this browser's language only, as for its address
 * (email-change.ts mayChangeEmail): whoever holds only the password cannot make the owner's next
 * warnings unreadable to them.
 */
export async function mayChangeAccountLanguage(
  deps: { readonly durable: Pick<DurableStore, 'devices'> },
  user: Pick<UserRecord, 'id' | 'secondFactorSince'>,
  sessionStrengths: readonly Strength[],
): Promise<boolean> {
  const level = levelOf(sessionStrengths);
  if (level !== null && level !== 'BASIC') return true;
  return !hasOrHadSecondFactor(user, await deps.durable.devices.listByUser(user.id));
}

/**
 * The account's language as a source of the pages' (ADR 0045 §1, slot 3): only once its owner
 * chose it. A language set for them (an import's column, an administrator) says nothing of the
 * language they read: their browser's says more.
 */
export function chosenAccountLanguage(user: Pick<UserRecord, 'emailLocale' | 'languageChosenAt'>): Locale | undefined {
  return user.languageChosenAt ? user.emailLocale : undefined;
}
