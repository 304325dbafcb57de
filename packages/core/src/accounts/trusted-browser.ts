import { toBase64Url, type Strength } from '@sesame/protocol';
import { type ChallengeMac, type EphemeralStore, EVICTABLE, type UserRecord } from '../ports';
import { browserKnowsAccount, readKnownBrowser } from '../security/known-browser';
import { safeEqual, tokenDigest } from '../security/random-token';
import type { AccountPolicy } from './account-deps';
import { SignInGuard } from './sign-in-guard';

/**
 * Browsers that signed in to an account with its password (OWASP's "device cookies";
 * docs/adr/0065). The known-browser cookie (security/known-browser.ts) says which accounts signed
 * in there, whatever the method; the guard's exemption asks more, recorded here, server-side:
 * - the sign-in presented the account's CURRENT password: the record holds a digest of the
 *   password's hash, so a new password (reset, change, helpdesk) ends every trust at once, and
 *   cookies gathered with an old password are worth nothing;
 * - within TRUSTED_BROWSER_DAYS of that sign-in (each password sign-in there renews it): a cookie
 *   kept past it, or copied long ago, is only a known browser, not a trusted one.
 * The record's key is a digest of the account and the cookie's salt (its browser's random id).
 */
export const TRUSTED_BROWSER_DAYS = 90;

export interface TrustedBrowserDeps {
  readonly ephemeral: EphemeralStore;
  readonly mac: ChallengeMac;
  readonly policy: AccountPolicy;
}

function trustKey(userId: string, salt: Uint8Array): string {
  return `signin:trusted:${tokenDigest(`trusted-browser:${userId}\n${toBase64Url(salt)}`)}`;
}

function passwordMark(user: Pick<UserRecord, 'passwordHash'>): string {
  return tokenDigest(`trusted-browser-password:${user.passwordHash}`);
}

/**
 * The guard's id of this browser for `user` (SignInGuard.reserve's `browser`) when the cookie is
 * ours, names the account, and the browser signed in there with the current password within
 * TRUSTED_BROWSER_DAYS; otherwise undefined. A store that does not answer throws (a 503, never an
 * exemption granted or refused by default).
 */
export async function trustedBrowser(
  deps: Pick<TrustedBrowserDeps, 'ephemeral' | 'mac'>,
  user: Pick<UserRecord, 'id' | 'passwordHash'>,
  cookie: string | undefined,
): Promise<string | undefined> {
  if (!cookie) return undefined;
  const browser = readKnownBrowser(deps.mac, cookie);
  if (!browserKnowsAccount(browser, user.id)) return undefined;
  const mark = await deps.ephemeral.get(trustKey(user.id, browser.salt));
  const current = passwordMark(user);
  if (mark === null || !safeEqual(mark, current)) return undefined;
  // Per account, browser and password: a new password starts the browser's own count again.
  return tokenDigest(`${user.id}\n${toBase64Url(browser.salt)}\n${current}`);
}

/**
 * After a completed sign-in, with the known-browser cookie as it is set again (naming the
 * account): a sign-in with the password trusts this browser (docs/adr/0065); an eID sign-in,
 * which proves the account, starts its consecutive password failures again and lifts its lock
 * everywhere, as the right password does (docs/adr/0047, 0053, 0063).
 */
export async function rememberSignIn(
  deps: TrustedBrowserDeps,
  user: UserRecord,
  strengths: readonly Strength[],
  cookie: string,
): Promise<void> {
  if (strengths.some((strength) => strength === 'EIDAS' || strength === 'EIDAS_BASIC' || strength === 'EIDAS_HIGH')) {
    await new SignInGuard(deps.ephemeral, deps.policy).provedElsewhere(user.email);
  }
  if (!strengths.includes('PASSWORD')) return;
  const browser = readKnownBrowser(deps.mac, cookie);
  if (!browserKnowsAccount(browser, user.id)) return;
  // Evictable (docs/adr/0065): one record per browser and account lives 90 days, so a node's
  // bounded memory store (ADR 0021) must be able to drop one rather than refuse every write once
  // full. Dropping one only takes an exemption away (the guard's ordinary limits apply): it never
  // grants one.
  await deps.ephemeral.set(
    trustKey(user.id, browser.salt),
    passwordMark(user),
    TRUSTED_BROWSER_DAYS * 86_400_000,
    EVICTABLE,
  );
}
