import { sweepExpiredPendingDevices } from '@sesame/core';
import type { FastifyInstance } from 'fastify';
import type { DeviceApiContext } from './context';

/** How often the server deletes the pending devices whose enrolment can no longer end. */
export const PENDING_DEVICE_SWEEP_INTERVAL_MS = 60_000;

/**
 * Issue 10, finding 7: a device registered at enrolment stays 'pending' until the app accepts
 * it; one that never is (the user walked away, the app was closed) is deleted once it can no
 * longer become active (core sweepExpiredPendingDevices; startEnrolment also sweeps lazily).
 * The timer is unref'd (it never keeps the process alive) and stops when the app closes; a
 * store that does not answer is logged and tried again at the next tick.
 */
export function pendingDeviceSweeper(
  app: FastifyInstance,
  ctx: Pick<DeviceApiContext, 'devices' | 'clock'>,
  intervalMs = PENDING_DEVICE_SWEEP_INTERVAL_MS,
): void {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const sweep = async () => {
    try {
      const swept = await sweepExpiredPendingDevices(ctx.devices, ctx.clock.now());
      if (swept > 0) app.log.info({ swept }, 'expired pending devices deleted');
    } catch (error) {
      app.log.warn({ err: error }, 'pending devices: sweep failed');
    }
  };
  app.addHook('onReady', async () => {
    timer = setInterval(() => {
      running ??= sweep().finally(() => (running = undefined));
    }, intervalMs);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
    await running;
  });
}
