import type { CookieSerializeOptions } from '@fastify/cookie';

/**
 * Cookie names carry the `__Host-` prefix (RFC 6265bis §4.1.3.2): Secure, Path=/, no Domain,
 * so neither a sibling sub-domain nor plain HTTP can set or read them. Browsers treat
 * http://localhost as a secure context, so this also holds in development.
 */
export const COOKIES = {
  session: '__Host-sesame-session',
  csrf: '__Host-sesame-csrf',
  login: '__Host-sesame-login',
  locale: '__Host-sesame-lang',
  /** The language the relying application asked for (CAS `locale`, OIDC `ui_locales`), for its sign-in (docs/adr/0045). */
  appLocale: '__Host-sesame-app-lang',
  link: '__Host-sesame-link',
  /** The verification method last used on this browser, pre-selected next time (design §4 step 2). */
  method: '__Host-sesame-method',
  /** The browser that confirmed an account recovery's link: the grant is its own (issue 10). */
  recovery: '__Host-sesame-recovery',
  /** The single-use pass of the page after an SMS sign-in before the sunset (docs/adr/0030). */
  smsSunset: '__Host-sesame-sms-sunset',
  /** The accounts that signed in on this browser, signed (docs/adr/0032 §2: "sign-in from a new browser"). */
  knownBrowser: '__Host-sesame-browser',
  /** Binds an eID flow to the browser that started it (docs/adr/0042 §4: no answer carried to another). */
  eid: '__Host-sesame-eid',
  /** The pass of an eID no account has linked, waiting to make or find one (docs/adr/0047). */
  eidNewcomer: '__Host-sesame-eid-new',
} as const;

export const baseCookie: CookieSerializeOptions = {
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
};

/**
 * The known-browser cookie lives a year, renewed at each sign-in (browsers cap a cookie's life at
 * 400 days, RFC 6265bis §5.5): a browser unused for a year is new again.
 */
export const KNOWN_BROWSER_MAX_AGE = 365 * 86400;
