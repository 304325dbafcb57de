/**
 * "Configure my account" (issue 13 point 5; EU Login's options, reference eulogin-facts §4.7;
 * docs/adr/0031): what each account chose, and the sign-in method it used last (point 6: the
 * chooser after the password opens on it). One row per account, absent until the account changes
 * something or signs in with a second factor: an absent row reads as DEFAULT_ACCOUNT_OPTIONS.
 */
export interface AccountOptions {
  /** "Always require a second factor": the password alone never opens a session (policy.ts). */
  readonly alwaysSecondFactor: boolean;
  /** "Warn me each time an application asks for my identity": an interstitial before CAS/OIDC. */
  readonly warnOnApplication: boolean;
  /** Mail when the account signs in from a browser not seen before. */
  readonly notifyNewBrowser: boolean;
  /** A sign-in method's wire name (PASSWORD_TOTP…): the chooser opens on it; null: none. */
  readonly preferredMethod: string | null;
}

export interface StoredAccountOptions extends AccountOptions {
  /** The wire name of the second factor that last completed a sign-in of the account; null: none yet. */
  readonly lastUsedMethod: string | null;
}

/** What an account that never changed its options has: the mails it always had, nothing more. */
export const DEFAULT_ACCOUNT_OPTIONS: StoredAccountOptions = Object.freeze({
  alwaysSecondFactor: false,
  warnOnApplication: false,
  notifyNewBrowser: false,
  preferredMethod: null,
  lastUsedMethod: null,
});

export interface AccountOptionsRepository {
  /** The account's options; DEFAULT_ACCOUNT_OPTIONS when it never changed them (or does not exist). */
  get(userId: string): Promise<StoredAccountOptions>;
  /** Replaces every option in one write (the last used method is kept). False when no such account. */
  set(userId: string, options: AccountOptions): Promise<boolean>;
  /** Remembers the method that completed a sign-in (the options are kept). False when no such account. */
  recordMethodUsed(userId: string, wireName: string): Promise<boolean>;
}
