import type { DevicePatch, DeviceRecord, DeviceRepository } from '../ports';

/** Test helper: the DeviceRepository port in memory (not exported by the package). */
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
    async recordFailedAnswer(id, blockAfter) {
      const d = devices.get(id);
      if (!d) return null;
      d.failedAnswers += 1;
      if (d.failedAnswers >= blockAfter) d.status = 'blocked';
      return { failedAnswers: d.failedAnswers, status: d.status };
    },
    async resetFailedAnswers(id) {
      const d = devices.get(id);
      if (d) d.failedAnswers = 0;
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
