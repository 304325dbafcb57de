import type { AccountOptionsRepository, ChallengeMac, Clock, Mailer, UserRecord, UserRepository } from '../ports';
import { browserKnowsAccount, readKnownBrowser, rememberAccount, writeKnownBrowser } from '../security/known-browser';

/**
 * "Sign-in from a new browser" (issue 13 point 5; EU Login's e-mail notifications, reference
 * eulogin-facts §4.7; docs/adr/0032 §2). Every completed sign-in marks its browser as known to the
 * account — whether the option is on or not, so that turning it on later does not make every
 * browser the user already uses "new". The mail goes only when the account turned the option on
 * (off by default: an account's first sign-in mails nothing) and the browser did not know the
 * account. The mailer failing never fails the sign-in.
 */
export interface NewBrowserDeps {
  readonly mac: ChallengeMac;
  readonly accountOptions: Pick<AccountOptionsRepository, 'get'>;
  readonly users: Pick<UserRepository, 'findById'>;
  readonly mailer: Mailer;
  readonly clock: Clock;
}

export interface SignInWhere {
  readonly ip: string;
  /** A short description of the browser and system (http/browser-label.ts). */
  readonly browser: string;
}

export interface BrowserRecognised {
  /** The cookie to set again (this account first, under the current key). */
  readonly cookie: string;
  /** The browser was new to the account. */
  readonly isNew: boolean;
  /** The owner was told (new browser, option on, the mailer took it). */
  readonly mailed: boolean;
}

/**
 * `account`: the account as the sign-in just read it, or its id. Known browsers read nothing; a new
 * one reads the account's options, and its owner only when the option is on and only when not
 * given (issue 12 point 5: every sign-in from a new browser read both).
 */
export async function recogniseBrowser(
  deps: NewBrowserDeps,
  account: string | UserRecord,
  cookie: string | undefined,
  where: SignInWhere,
  onMailError: (error: unknown) => void = () => {},
): Promise<BrowserRecognised> {
  const userId = typeof account === 'string' ? account : account.id;
  const browser = readKnownBrowser(deps.mac, cookie);
  const isNew = !browserKnowsAccount(browser, userId);
  const next = writeKnownBrowser(deps.mac, rememberAccount(browser, userId));
  if (!isNew) return { cookie: next, isNew, mailed: false };
  if (!(await deps.accountOptions.get(userId)).notifyNewBrowser) return { cookie: next, isNew, mailed: false };
  const owner = typeof account === 'string' ? await deps.users.findById(userId) : account;
  if (owner === null) return { cookie: next, isNew, mailed: false };
  const mailed = await deps.mailer
    .send({
      template: 'new-browser-sign-in',
      to: owner.email,
      locale: owner.emailLocale,
      params: { firstName: owner.firstName, at: deps.clock.now().toISOString(), ip: where.ip, browser: where.browser },
    })
    .then(
      () => true,
      (error: unknown) => {
        onMailError(error);
        return false;
      },
    );
  return { cookie: next, isNew, mailed };
}

/** The cookie marking `userId` known to this browser, without any mail (the options page, registration). */
export function markBrowserKnown(mac: ChallengeMac, userId: string, cookie: string | undefined): string {
  return writeKnownBrowser(mac, rememberAccount(readKnownBrowser(mac, cookie), userId));
}
