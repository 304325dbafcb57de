import { faultReason, isStoreFault, type StoreName } from '@sesame/storage';

/**
 * A store that cannot be opened at start. main.ts prints its message — one readable line — and
 * exits with STORE_STARTUP_EXIT_CODE, never a raw stack.
 */
export class StoreStartupError extends Error {
  override readonly name = 'StoreStartupError';
}

/** Distinct from a configuration error (2), so that a supervisor can tell them apart. */
export const STORE_STARTUP_EXIT_CODE = 3;

/** The URL as an operator may read it in a log: without the password. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = '';
    return parsed.toString();
  } catch {
    // Not a URL with a host (sqlite:path): nothing secret in it.
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1@');
  }
}

export interface StartupRetry {
  store: StoreName;
  url: string;
  /** How long to keep trying (config storeStartupTimeoutSeconds). */
  timeoutSeconds: number;
  /** Told before each wait, for a "still waiting" line. */
  onRetry?: (reason: string, waitMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const FIRST_WAIT_MS = 500;
const LONGEST_WAIT_MS = 5_000;

/**
 * Runs `open` until it succeeds. A store that does not answer (isStoreFault) is tried again with
 * growing waits (0.5 s, 1 s, 2 s… at most 5 s) until `timeoutSeconds` have passed; another
 * failure (a wrong password, a missing database) is not retried. Either way the failure is one
 * StoreStartupError naming the store and its URL without password.
 */
export async function openWithRetry<T>(open: () => Promise<T>, retry: StartupRetry): Promise<T> {
  const now = retry.now ?? Date.now;
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const deadline = now() + retry.timeoutSeconds * 1000;
  const what = `the ${retry.store === 'database' ? 'database' : 'Redis server'} at ${redactUrl(retry.url)}`;
  let wait = FIRST_WAIT_MS;
  for (;;) {
    try {
      return await open();
    } catch (error) {
      const reason = faultReason(error);
      if (!isStoreFault(error)) {
        throw new StoreStartupError(`Sésame cannot start: ${what} refused the connection (${reason}).`, {
          cause: error,
        });
      }
      const left = deadline - now();
      if (left <= 0) {
        throw new StoreStartupError(
          `Sésame cannot start: ${what} did not answer for ${retry.timeoutSeconds} s (${reason}); check that it runs and that the URL is right.`,
          { cause: error },
        );
      }
      const ms = Math.min(wait, left);
      retry.onRetry?.(reason, ms);
      await sleep(ms);
      wait = Math.min(wait * 2, LONGEST_WAIT_MS);
    }
  }
}
