import { terminateOwnChildren } from './leftover-children';

/** What a bench must undo on the way out, undone in reverse order: servers, then databases. */
export const cleanups: Array<() => Promise<void>> = [];

/** Undoes every clean-up, last in first out; one that fails is reported and the others still run. */
export async function cleanUp(): Promise<void> {
  for (let undo = cleanups.pop(); undo; undo = cleanups.pop()) {
    await undo().catch((error: unknown) => console.error('clean-up:', error));
  }
}

/** On Ctrl+C or SIGTERM: the clean-ups, then the bench's own children still running, then exit 130. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(
      signal,
      () =>
        void cleanUp().finally(() => {
          terminateOwnChildren();
          process.exit(130);
        }),
    );
  }
}
