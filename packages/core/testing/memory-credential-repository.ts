import type { CredentialRecord, CredentialRepository } from '../src/ports';

/** Test helper: the CredentialRepository port in memory (`@sesame/core/testing`, never a production export). */
export function createMemoryCredentialRepository(): CredentialRepository & { all(): CredentialRecord[] } {
  const credentials = new Map<string, CredentialRecord>();
  const copy = (c: CredentialRecord): CredentialRecord => ({ ...c });
  const byAge = (a: CredentialRecord, b: CredentialRecord) =>
    a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    all: () => [...credentials.values()].map(copy),
    async create(credential) {
      if (credentials.has(credential.id)) throw new Error(`duplicate credential ${credential.id}`);
      const taken =
        credential.externalId !== null &&
        [...credentials.values()].some((c) => c.kind === credential.kind && c.externalId === credential.externalId);
      if (taken) return false;
      credentials.set(credential.id, copy(credential));
      return true;
    },
    async findById(id) {
      const c = credentials.get(id);
      return c ? copy(c) : null;
    },
    async listByUser(userId, kind) {
      return [...credentials.values()]
        .filter((c) => c.userId === userId && (kind === undefined || c.kind === kind))
        .sort(byAge)
        .map(copy);
    },
    async findByExternalId(kind, externalId) {
      const c = [...credentials.values()].find((x) => x.kind === kind && x.externalId === externalId);
      return c ? copy(c) : null;
    },
    // Synchronous between reading and writing: as atomic as the SQL stores' conditional UPDATE.
    async advanceCounter(id, expected, next, usedAt) {
      const c = credentials.get(id);
      if (!c || c.counter !== expected) return false;
      Object.assign(c, { counter: next, lastUsedAt: new Date(usedAt) });
      return true;
    },
    async activate(id, counter, at) {
      const c = credentials.get(id);
      if (!c || c.status !== 'pending') return false;
      Object.assign(c, { status: 'active', counter, lastUsedAt: new Date(at) });
      return true;
    },
    async rename(id, name) {
      const c = credentials.get(id);
      if (!c) return false;
      c.name = name;
      return true;
    },
    async delete(id) {
      return credentials.delete(id);
    },
    async deleteByUser(userId, kind) {
      let n = 0;
      for (const c of [...credentials.values()]) {
        if (c.userId === userId && (kind === undefined || c.kind === kind) && credentials.delete(c.id)) n++;
      }
      return n;
    },
    async deletePendingBefore(before, limit) {
      const batch = [...credentials.values()]
        .filter((c) => c.status === 'pending' && c.createdAt.getTime() < before.getTime())
        .sort(byAge)
        .slice(0, limit);
      for (const c of batch) credentials.delete(c.id);
      return batch.length;
    },
  };
}
