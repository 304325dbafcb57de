import type { KeyValueStore } from '../ports/key-value-store';

const DATABASE = 'sesame-authenticator';
const OBJECT_STORE = 'kv';
const VERSION = 1;

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/**
 * The app's KeyValueStore (authenticator-core ports/key-value-store.ts) over IndexedDB. Values
 * go through the structured clone algorithm (HTML §2.7), which stores a non-extractable CryptoKey
 * as it is (Web Crypto §14.4, [Serializable]): the device key never exists outside the browser's
 * key store, and no script, ours included, can export it (design §5).
 */
export class IdbStore implements KeyValueStore {
  readonly keepsNonExtractableKeys = true;

  private constructor(private readonly db: IDBDatabase) {}

  static async open(name = DATABASE, factory: IDBFactory = indexedDB): Promise<IdbStore> {
    const request = factory.open(name, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(OBJECT_STORE)) request.result.createObjectStore(OBJECT_STORE);
    };
    return new IdbStore(await settled(request));
  }

  async get<T>(key: string): Promise<T | undefined> {
    const transaction = this.db.transaction(OBJECT_STORE, 'readonly');
    return (await settled(transaction.objectStore(OBJECT_STORE).get(key))) as T | undefined;
  }

  async set(key: string, value: unknown): Promise<void> {
    const transaction = this.db.transaction(OBJECT_STORE, 'readwrite');
    transaction.objectStore(OBJECT_STORE).put(value, key);
    await done(transaction);
  }

  async delete(key: string): Promise<void> {
    const transaction = this.db.transaction(OBJECT_STORE, 'readwrite');
    transaction.objectStore(OBJECT_STORE).delete(key);
    await done(transaction);
  }

  close(): void {
    this.db.close();
  }
}
