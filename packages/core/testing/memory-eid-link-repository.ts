import type { EidLinkRecord, EidLinkRepository } from '../src/ports';

/** Test helper: the EidLinkRepository port in memory (`@sesame/core/testing`, never a production export). */
export function createMemoryEidLinkRepository(): EidLinkRepository & { all(): EidLinkRecord[] } {
  const links = new Map<string, EidLinkRecord>();
  const copy = (l: EidLinkRecord): EidLinkRecord => ({ ...l });
  return {
    all: () => [...links.values()].map(copy),
    async create(link) {
      const taken = [...links.values()].some((l) => l.issuer === link.issuer && l.subject === link.subject);
      if (taken || links.has(link.id)) return false;
      links.set(link.id, copy(link));
      return true;
    },
    async findBySubject(issuer, subject) {
      const found = [...links.values()].find((l) => l.issuer === issuer && l.subject === subject);
      return found ? copy(found) : null;
    },
    async listByUser(userId) {
      return [...links.values()]
        .filter((l) => l.userId === userId)
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
        .map(copy);
    },
    async touch(id, at) {
      const link = links.get(id);
      if (!link) return false;
      link.lastUsedAt = new Date(at);
      return true;
    },
    async delete(id, userId) {
      const link = links.get(id);
      if (!link || link.userId !== userId) return false;
      return links.delete(id);
    },
    async deleteByUser(userId) {
      let n = 0;
      for (const [id, link] of links) if (link.userId === userId && links.delete(id)) n++;
      return n;
    },
  };
}
