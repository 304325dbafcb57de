import { isUsableDevice } from '../../../devices/device-blocking';
import { loginTransactionChannel, type PushVerdict } from '../../../devices/device-channels';
import type { DeviceDeps } from '../../../devices/device-deps';
import { readPushVerdict, takePushVerdict } from '../../../devices/push-challenges';
import type { Settled } from '../../method';
import type { MethodData } from '../../state';

/**
 * What a push's verdict proves for this sign-in: the browser's side of "PIN code" and "On mobile"
 * (design §4 step 3, §5), shared by the two push methods (on-mobile imports it from here).
 */

const VERDICTS: ReadonlySet<string> = new Set<PushVerdict>(['approved', 'denied', 'reported', 'failed', 'cancelled']);

export interface PushSettleInput {
  readonly handle: string;
  /** null: "On mobile"'s decoy — no approval can ever prove it. */
  readonly userId: string | null;
  readonly now: Date;
}

/**
 * The verdict of the transaction's push, taken once: the sign-in continues on it at most one time
 * (NIST SP 800-63B rev 4 §3.1.3.2, single use). No verdict yet: pending — whether the challenge
 * has expired is read from the sign-in (ChallengeStep.expiresAt, the engine's view says
 * `expired`), as the waiting page did (410 past it). An approval proves the account only when it
 * comes from an active, unblocked device of the account the request was made for; otherwise it
 * reads as "cancelled" (a device deleted or blocked meanwhile, the decoy). Whether the credentials
 * changed since the password is the engine's check (design §10), not the method's. The audit
 * reason is `push_<verdict>` as the app gave it: an approval refused here stays `push_approved`.
 */
export async function settlePushVerdict<D extends MethodData>(
  devices: DeviceDeps,
  input: PushSettleInput,
): Promise<Settled<D>> {
  const taken = await takePushVerdict(devices, input.handle);
  if (taken === null) return { verdict: 'pending' };
  const auditReason = `push_${taken.verdict}`;
  if (taken.verdict !== 'approved') return { verdict: 'ended', reason: taken.verdict, auditReason };
  const device = input.userId === null ? null : await devices.durable.devices.findById(taken.deviceId);
  if (device === null || device.userId !== input.userId || !isUsableDevice(device, input.now)) {
    return { verdict: 'ended', reason: 'cancelled', auditReason };
  }
  return { verdict: 'verified', userId: device.userId, mobileDevices: [{ id: device.id, name: device.name }] };
}

/**
 * The waiting page's live verdicts: every verdict published on the transaction's channel, and at
 * once the one already given (a tab suspended while the user was in the app opens a new stream
 * when it comes back). Only that something happened: the continuation (settle) decides. The
 * channel is keyed by the handle's digest (device-channels.ts).
 */
export async function watchPushVerdict(
  devices: DeviceDeps,
  handle: string,
  onVerdict: (verdict: PushVerdict) => void,
): Promise<() => Promise<void>> {
  const unsubscribe = await devices.ephemeral.subscribe(loginTransactionChannel(handle), (message) => {
    const verdict = verdictIn(message);
    if (verdict) onVerdict(verdict);
  });
  const already = await readPushVerdict(devices, handle);
  if (already && VERDICTS.has(already.verdict)) onVerdict(already.verdict);
  return unsubscribe;
}

/** The verdict of a PushVerdictEvent message; null for anything else on the channel. */
export function verdictIn(message: string): PushVerdict | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(message);
  } catch {
    return null;
  }
  const verdict = (parsed as { verdict?: unknown } | null)?.verdict;
  return typeof verdict === 'string' && VERDICTS.has(verdict) ? (verdict as PushVerdict) : null;
}
