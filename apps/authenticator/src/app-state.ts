/** The app's own keys in the KeyValueStore, apart from the core's (installation, accounts). */
export const APP_KEYS = {
  /** "Initialize" then "Continue" done (annex step 4): the next start opens the scanner. */
  welcomed: 'app.welcomed',
  /** The language chosen with the FR/EN switch; absent, the browser's. */
  locale: 'app.locale',
} as const;
