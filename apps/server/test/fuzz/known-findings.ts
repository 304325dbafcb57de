import type { FuzzRoute, GeneratedRequest } from './request-arbitraries';

/**
 * Findings of issue 10 that another change fixes, kept out of the CI run until it lands so the
 * suite stays green: each one narrow, with the finding it waits for. Delete an entry once its
 * fix is merged — the suite must then pass without it. (SESAME_FUZZ_KNOWN=1 runs them anyway.)
 *
 * None today: finding 3 (a `return_to` with a control character or a character past U+00FF gave
 * a 500 after the session was made) is fixed by apps/server/src/http/safe-redirect.ts.
 */
export function isKnownFinding(_route: FuzzRoute, _request: GeneratedRequest): boolean {
  return false;
}
