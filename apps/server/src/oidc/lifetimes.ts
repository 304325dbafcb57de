/** Lifetimes of the provider's records, in seconds (oidc-provider's unit). */
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Refresh tokens asked with offline_access outlive the session (OIDC Core §11); two weeks. */
export const OFFLINE_TTL = 14 * DAY;
