import { parsePushChallenge, type PushChallenge } from '@sesame/protocol';
import { z } from 'zod';
import type { PushVerdict, PushVerdictEvent } from './device-channels';
import type { DeviceDeps } from './device-deps';

/**
 * The push challenges' records in the ephemeral store (design §5), apart from the challenge flow
 * (push-challenges.ts) so that device-blocking.ts can cancel a blocked device's challenges without
 * importing the flow that imports it (no cycle, ADR 0026 §1.4):
 *
 *     push-challenge:<challengeId>   the envelope, the number shown, the user, the transaction digest
 *     push-device:<deviceId>         ids of the device's challenges (polling)
 *     push-transaction:<digest>      ids of the transaction's challenges (one answer ends them all)
 *     push-verdict:<digest>          the last verdict, for a browser that missed the event
 */

const challengeRecord = z.object({
  challenge: z.unknown(),
  shown: z.number(),
  userId: z.string(),
  transaction: z.string(),
});
/** Built once: building a zod schema costs ~30× parsing with it (issue 12 point 5). */
const challengeIds = z.array(z.string());

export const challengeKey = (id: string) => `push-challenge:${id}`;
export const deviceIndexKey = (deviceId: string) => `push-device:${deviceId}`;
export const transactionIndexKey = (digest: string) => `push-transaction:${digest}`;
export const verdictKey = (digest: string) => `push-verdict:${digest}`;
/** Records outlive the challenge by a minute, so a late answer is told "expired", not "unknown". */
export const EXPIRED_GRACE_MS = 60_000;

export interface StoredChallenge {
  challenge: PushChallenge;
  shown: number;
  userId: string;
  transaction: string;
}

export async function readChallenge(deps: DeviceDeps, id: string, take = false): Promise<StoredChallenge | null> {
  const raw = take ? await deps.ephemeral.take(challengeKey(id)) : await deps.ephemeral.get(challengeKey(id));
  if (raw === null) return null;
  const parsed = challengeRecord.safeParse(JSON.parse(raw));
  if (!parsed.success) return null;
  return { ...parsed.data, challenge: parsePushChallenge(parsed.data.challenge) };
}

export async function readIndex(deps: DeviceDeps, key: string): Promise<string[]> {
  const raw = await deps.ephemeral.get(key);
  const parsed = raw === null ? null : challengeIds.safeParse(JSON.parse(raw));
  return parsed?.success ? parsed.data : [];
}

export async function publishVerdict(deps: DeviceDeps, stored: StoredChallenge, verdict: PushVerdict): Promise<void> {
  const event: PushVerdictEvent = {
    type: 'push-verdict',
    challengeId: stored.challenge.challengeId,
    deviceId: stored.challenge.deviceId,
    verdict,
  };
  const ttlMs = deps.policy.pushChallengeTtlSeconds * 1000 + EXPIRED_GRACE_MS;
  await deps.ephemeral.set(verdictKey(stored.transaction), JSON.stringify(event), ttlMs);
  await deps.ephemeral.publish(`login-transaction:${stored.transaction}`, JSON.stringify(event));
}

/** A deleted device's challenges die with it; their browsers hear "cancelled". */
export async function cancelDeviceChallenges(deps: DeviceDeps, deviceId: string): Promise<void> {
  const ids = await readIndex(deps, deviceIndexKey(deviceId));
  await deps.ephemeral.delete(deviceIndexKey(deviceId));
  for (const id of ids) {
    const stored = await readChallenge(deps, id, true);
    if (stored) await publishVerdict(deps, stored, 'cancelled');
  }
}
