import type { KeyValueStore } from '../ports/key-value-store';

/** In-process store for tests and the load generator. Values are kept by reference. */
export class MemoryStore implements KeyValueStore {
  readonly keepsNonExtractableKeys = true;
  readonly #values = new Map<string, unknown>();

  async get<T>(key: string): Promise<T | undefined> {
    return this.#values.get(key) as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    this.#values.set(key, value);
  }

  async delete(key: string): Promise<void> {
    this.#values.delete(key);
  }
}
