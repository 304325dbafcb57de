import type { RequestMeta } from '../accounts/account-deps';

/** Who is signing in, as the HTTP edge saw it: audit, throttles and what the app shows. */
export interface SignInMeta extends RequestMeta {
  /** e.g. "Firefox 128 on Windows" (the label the app shows beside the request). */
  readonly browser: string;
}
