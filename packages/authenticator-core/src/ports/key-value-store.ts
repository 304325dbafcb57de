/**
 * Where the app keeps its state. Values, not strings: in the browser the adapter is IndexedDB,
 * whose structured clone stores a non-extractable CryptoKey as it is — the key never exists
 * outside the browser's key store, and no script (ours included) can read it back.
 */
export interface KeyValueStore {
  /**
   * False when the backend must serialise keys (the CLI's JSON file): the device key is then
   * generated extractable so it can be written out. True for IndexedDB and memory.
   */
  readonly keepsNonExtractableKeys: boolean;
  get<T>(key: string): Promise<T | undefined>;
  /** `value` must be structured-cloneable (plain objects, arrays, Uint8Array, CryptoKey, …). */
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}
