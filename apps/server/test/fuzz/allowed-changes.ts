import type { Change } from './recording-stores';

/**
 * The changes a rejected (4xx) request may make, each with its reason. Anything else is a
 * finding: a refused request must leave the stores as it found them.
 */

/**
 * Counters of refused attempts: counting them is what they are for, and a counter that only a
 * success could move would be no limit at all (NIST SP 800-63B rev 4 §3.2.2; OWASP ASVS V2.4.1).
 * `signin:` holds the password lock-out (failures, lock, per-IP), `throttle:` the anonymous
 * request limits, `mobile-request:` the sign-in-on-this-phone limit, `push-limit:` the push
 * requests per account, `device-pin-failures:` the wrong PINs of an enrolment.
 */
const COUNTER_PREFIXES = ['signin:', 'throttle:', 'mobile-request:', 'push-limit:', 'device-pin-failures:'];

/** A failed sign-in is audited, and so is the lock it triggers (SEC audit trail of failures). */
const AUDITED_REFUSALS = new Set(['sign_in.failed', 'account.locked', 'device.blocked']);

const DEVICE_COUNTERS = new Set(['devices.reserveAnswer', 'devices.refundAnswer', 'devices.blockDevice']);

const OWNER_WARNINGS = new Set([
  'account-locked',
  'account-locked-until-reset',
  'device-blocked',
  'second-factor-blocked',
]);

function isCounter(key: string) {
  return COUNTER_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * The idle timer of a live session moves on activity (sso-session.ts TOUCH_INTERVAL_MS): a
 * refused request is activity too. Only `lastSeenAt` may differ.
 */
function isSessionTouch(change: Change) {
  if (change.store !== 'ephemeral' || change.op !== 'set' || !change.key.startsWith('sess:') || !change.before)
    return false;
  const before = JSON.parse(change.before) as Record<string, unknown>;
  const after = JSON.parse(change.after) as Record<string, unknown>;
  return JSON.stringify({ ...before, lastSeenAt: 0 }) === JSON.stringify({ ...after, lastSeenAt: 0 });
}

function allowed(change: Change): boolean {
  if (change.store === 'ephemeral') {
    if (isCounter(change.key) && change.op !== 'publish') return true;
    return isSessionTouch(change);
  }
  if (change.store === 'durable') {
    if (change.op === 'audit.append') {
      const event = change.args[0] as { type?: string } | undefined;
      return AUDITED_REFUSALS.has(event?.type ?? '');
    }
    // A device's answer is counted before it is checked, and the count that reaches the limit
    // blocks the device (counters, as above; docs/adr/0008); a right one gives the others back.
    return DEVICE_COUNTERS.has(change.op);
  }
  // The owner is told at once of a lock or a block (issue 10; issue 13's codes): a refusal that warns is the point.
  return change.store === 'mail' && OWNER_WARNINGS.has(change.template);
}

export function unexplainedChanges(changes: Change[]): Change[] {
  return changes.filter((change) => !allowed(change));
}
