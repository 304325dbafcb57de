import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_POLICY } from './device-deps';
import { blockMinutes, deviceStatusAt, isUsableDevice } from './device-blocking';
import { createMemoryDeviceRepository } from '../../testing';

const NOW = new Date('2025-03-01T08:00:00.000Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

describe('device blocks are temporary, with a growing back-off (issue 10)', () => {
  it('lasts 15 minutes, then 4 times longer each time, capped at 24 hours', () => {
    expect([0, 1, 2, 3, 4, 5, 30].map((blocks) => blockMinutes(blocks, DEFAULT_DEVICE_POLICY))).toEqual([
      15, 60, 240, 960, 1440, 1440, 1440,
    ]);
    expect(blockMinutes(1, { blockMinutes: 5, blockMaxMinutes: 30 })).toBe(20);
    expect(blockMinutes(2, { blockMinutes: 5, blockMaxMinutes: 30 })).toBe(30);
  });

  it('computes the effective status from blockedUntil and now', () => {
    const device = { status: 'active' as const, blockedUntil: later(15) };
    expect(deviceStatusAt(device, NOW)).toBe('blocked');
    expect(isUsableDevice(device, NOW)).toBe(false);
    expect(deviceStatusAt(device, later(15))).toBe('active');
    expect(isUsableDevice({ status: 'active', blockedUntil: null }, NOW)).toBe(true);
    expect(deviceStatusAt({ status: 'pending', blockedUntil: null }, NOW)).toBe('pending');
  });
});

describe('the memory repository reserves answers before the check (issue 10)', () => {
  const device = (failedAnswers = 0) => ({
    id: 'dev-a',
    userId: 'u',
    name: 'P',
    installationId: 'i',
    publicKeyJwk: '{}',
    secretKeyId: 'k',
    secretCiphertext: 'c',
    pushSubscription: null,
    status: 'active' as const,
    failedAnswers,
    blockedUntil: null,
    blocks: 0,
    createdAt: NOW,
    activatedAt: NOW,
    lastUsedAt: null,
  });

  it('grants exactly blockAfter of 50 parallel reservations', async () => {
    const repo = createMemoryDeviceRepository();
    await repo.create(device());
    const results = await Promise.all(Array.from({ length: 50 }, () => repo.reserveAnswer('dev-a', 5, NOW)));
    expect(results.filter((r) => r !== null).map((r) => r!.failedAnswers)).toEqual([1, 2, 3, 4, 5]);
  });

  it('blocks until a time, then allows one more reservation; a refund gives one back; a reset clears all', async () => {
    const repo = createMemoryDeviceRepository();
    await repo.create(device(5));
    await repo.blockDevice('dev-a', later(15), 5);
    expect(await repo.reserveAnswer('dev-a', 5, later(14))).toBeNull();
    expect(await repo.reserveAnswer('dev-a', 5, later(15))).toEqual({ failedAnswers: 5, blocks: 1 });
    expect(await repo.reserveAnswer('dev-a', 5, later(15))).toBeNull();
    await repo.refundAnswer('dev-a');
    expect((await repo.findById('dev-a'))!.failedAnswers).toBe(4);
    await repo.recordRightAnswer('dev-a', later(16));
    expect(await repo.findById('dev-a')).toMatchObject({
      failedAnswers: 0,
      blocks: 0,
      blockedUntil: null,
      lastUsedAt: later(16),
    });
  });
});
