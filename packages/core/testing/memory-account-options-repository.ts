import { DEFAULT_ACCOUNT_OPTIONS, type AccountOptionsRepository, type StoredAccountOptions } from '../src/ports';

/**
 * Test helper: the AccountOptionsRepository port in memory (`@sesame/core/testing`). Every id is
 * an account unless `exists` says otherwise.
 */
export function createMemoryAccountOptionsRepository(
  exists: (userId: string) => boolean = () => true,
): AccountOptionsRepository {
  const rows = new Map<string, StoredAccountOptions>();
  const current = (userId: string) => rows.get(userId) ?? DEFAULT_ACCOUNT_OPTIONS;
  return {
    get: async (userId) => ({ ...current(userId) }),
    async set(userId, options) {
      if (!exists(userId)) return false;
      rows.set(userId, { ...options, lastUsedMethod: current(userId).lastUsedMethod });
      return true;
    },
    async recordMethodUsed(userId, wireName) {
      if (!exists(userId)) return false;
      rows.set(userId, { ...current(userId), lastUsedMethod: wireName });
      return true;
    },
  };
}
