import { EVICTABLE, type EphemeralStore } from '../ports';
import { randomToken, tokenDigest } from '../security/random-token';
import { createStateReader } from './state-reader';
import type { SignInState } from './state';

/** A sign-in not finished within 30 minutes starts again (v1 LOGIN_TRANSACTION_TTL_MS). */
export const SIGN_IN_STATE_TTL_MS = 30 * 60_000;

/** A handle longer than this is not one we made: never looked up, never reused. */
const MAX_HANDLE_LENGTH = 100;

function usable(handle: string | undefined): handle is string {
  return handle !== undefined && handle !== '' && handle.length <= MAX_HANDLE_LENGTH;
}

/**
 * The browser's sign-in, persisted under its handle (docs/adr/0026 §2.1). Same keys as v1's
 * LoginTransactions (`ltx:<digest>`), so a record written by a node not yet restarted is found and
 * read (state-schema.ts); only the handle's digest is stored, never the handle itself.
 */
export class SignInStateStore {
  /** The stored texts already checked (state-reader.ts): a sign-in is read back several times unchanged. */
  private readonly read = createStateReader();

  constructor(private readonly store: EphemeralStore) {}

  private key(handle: string): string {
    return `ltx:${tokenDigest(handle)}`;
  }

  /** Saves `state` under `handle`, or under a new random handle when none usable is given. */
  async save(handle: string | undefined, state: SignInState): Promise<string> {
    const id = usable(handle) ? handle : randomToken();
    // Lost at the memory store's cap, the sign-in starts again (docs/adr/0021).
    await this.store.set(this.key(id), JSON.stringify(state), SIGN_IN_STATE_TTL_MS, EVICTABLE);
    return id;
  }

  /** The state under `handle`; null when absent, expired or malformed. */
  async load(handle: string | undefined): Promise<SignInState | null> {
    if (!usable(handle)) return null;
    const raw = await this.store.get(this.key(handle));
    return raw === null ? null : this.read(raw);
  }

  /**
   * The state under `handle`, taken (atomic read-and-delete: of two concurrent callers, one gets
   * it — SEC-23); null when absent, already taken, expired or malformed.
   */
  async take(handle: string | undefined): Promise<SignInState | null> {
    if (!usable(handle)) return null;
    const raw = await this.store.take(this.key(handle));
    return raw === null ? null : this.read(raw);
  }

  async delete(handle: string | undefined): Promise<void> {
    if (usable(handle)) await this.store.delete(this.key(handle));
  }
}
