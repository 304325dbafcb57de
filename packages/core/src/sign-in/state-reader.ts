import { readSignInState } from './state-schema';
import type { SignInState } from './state';

/** Distinct stored texts remembered: sign-ins read in the last moments, each a few hundred bytes. */
export const DEFAULT_STATE_READER_SIZE = 512;

/**
 * readSignInState remembered by the stored text (issue 12 point 5): a sign-in is read back several
 * times unchanged — the waiting page, its event stream, the continuation — and checking it
 * against the schema cost ~0.1 ms each time on the server. The text is the whole record, so the
 * same text reads as the same state; a state that changed is a new text, checked afresh. What is
 * handed out is frozen (states are values: a transition makes a new one), so no reader can change
 * what another reads. Least recently used first out past `maxEntries`; a malformed text is not
 * remembered.
 */
export function createStateReader(maxEntries = DEFAULT_STATE_READER_SIZE): (json: string) => SignInState | null {
  const read = new Map<string, SignInState>();
  return (json) => {
    const known = read.get(json);
    if (known !== undefined) {
      // A Map iterates in insertion order: moving a hit to the end keeps the oldest first.
      read.delete(json);
      read.set(json, known);
      return known;
    }
    const state = readSignInState(json);
    if (state === null) return null;
    read.set(json, deepFreeze(state));
    if (read.size > maxEntries) read.delete(read.keys().next().value!);
    return state;
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
