import type { DevicePatch, DeviceRecord, DeviceRepository } from '../src/ports';

/** Test helper: the DeviceRepository port in memory (`@sesame/core/testing`, never a production export). */
export function createMemoryDeviceRepository(): DeviceRepository & { all(): DeviceRecord[] } {
  const devices = new Map<string, DeviceRecord>();
  const copy = (d: DeviceRecord): DeviceRecord => ({ ...d });
  return {
    all: () => [...devices.values()].map(copy),
    async create(device) {
      if (devices.has(device.id)) throw new Error(`duplicate device ${device.id}`);
      devices.set(device.id, copy(device));
    },
    async findById(id) {
      const d = devices.get(id);
      return d ? copy(d) : null;
    },
    async listByUser(userId) {
      return [...devices.values()].filter((d) => d.userId === userId).map(copy);
    },
    async listByInstallation(installationId) {
      return [...devices.values()].filter((d) => d.installationId === installationId).map(copy);
    },
    async update(id, patch: DevicePatch) {
      const d = devices.get(id);
      if (!d) return false;
      devices.set(id, { ...d, ...patch });
      return true;
    },
    // Synchronous between reading and writing: as atomic as the SQL stores' conditional UPDATE.
    async reserveAnswer(id, blockAfter, now) {
      const d = devices.get(id);
      if (!d || d.status !== 'active' || d.failedAnswers >= blockAfter) return null;
      if (d.blockedUntil !== null && d.blockedUntil.getTime() > now.getTime()) return null;
      d.failedAnswers += 1;
      return { failedAnswers: d.failedAnswers, blocks: d.blocks };
    },
    async refundAnswer(id) {
      const d = devices.get(id);
      if (d) d.failedAnswers = Math.max(0, d.failedAnswers - 1);
    },
    async blockDevice(id, until, blockAfter) {
      const d = devices.get(id);
      if (!d) return;
      d.blockedUntil = new Date(until);
      d.blocks += 1;
      d.failedAnswers = Math.max(0, blockAfter - 1);
    },
    async recordRightAnswer(id, usedAt) {
      const d = devices.get(id);
      if (d) Object.assign(d, { failedAnswers: 0, blocks: 0, blockedUntil: null, lastUsedAt: new Date(usedAt) });
    },
    async delete(id) {
      return devices.delete(id);
    },
    async deleteAllOfUser(userId) {
      let n = 0;
      for (const d of [...devices.values()]) if (d.userId === userId && devices.delete(d.id)) n++;
      return n;
    },
    async deletePendingBefore(before) {
      let n = 0;
      for (const d of [...devices.values()]) {
        if (d.status === 'pending' && d.createdAt < before && devices.delete(d.id)) n++;
      }
      return n;
    },
  };
}
