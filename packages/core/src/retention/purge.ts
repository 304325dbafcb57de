import type { AuditEventType, DurableRepositories, EphemeralStore } from '../ports';

/**
 * The sign-in events of the audit log, kept `signInEventsDays` (the connection logs of the CNIL
 * recommendation on logging, JO of 30 October 2021: six months to one year). Every other
 * type — account, password, e-mail and device changes, locks, recoveries — is kept `auditDays`.
 */
export const SIGN_IN_EVENT_TYPES = [
  'sign_in.succeeded',
  'sign_in.failed',
  'sign_out',
] as const satisfies readonly AuditEventType[];

/** How long each kind of record is kept, in days (configuration `retention.*`, docs/adr/0014). */
export interface RetentionPolicy {
  signInEventsDays: number;
  auditDays: number;
  /** The development outbox's mails (the SMTP path stores none). */
  mailOutboxDays: number;
  /**
   * Hours an enrolment never confirmed (an authenticator app whose first code never came back:
   * a `pending` credential with its sealed seed) is kept before the purge deletes it (docs/adr/0051).
   */
  pendingCredentialHours: number;
}

export interface PurgeDeps {
  durable: Pick<DurableRepositories, 'audit' | 'outbox' | 'credentials'>;
  ephemeral: EphemeralStore;
  policy: RetentionPolicy;
  /** Who holds the lease (logged by an operator reading the ephemeral store). */
  nodeId: string;
  /** Rows deleted per statement: each one holds the table only briefly. */
  batchSize?: number;
  /** How long a run's lease lasts: at most one run per lease across the nodes. */
  leaseMs?: number;
}

export interface PurgeCounts {
  signInEvents: number;
  auditEvents: number;
  outboxMails: number;
  /** Enrolments never confirmed (pending credentials). */
  pendingCredentials: number;
  /** Statements issued, the last of each kind finding fewer than the batch size. */
  batches: number;
}

export const PURGE_LEASE_KEY = 'purge:lease';
export const DEFAULT_PURGE_BATCH_SIZE = 1_000;
export const DEFAULT_PURGE_LEASE_MS = 10 * 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Deletes what is older than its retention period (issue 11: the privacy page's promise), in
 * bounded batches, looping until a batch comes back short. The audit log is append-only but for
 * this: a purge by retention deletes whole events past their period and changes none.
 *
 * Several nodes: only the one that takes the lease in the ephemeral store runs; the others return
 * null. The lease is left to expire rather than released, so that it also spaces the runs; if a
 * run outlives it and another starts, deleting the same rows twice is harmless. A store that does
 * not answer rejects: the caller logs it and tries again at its next tick.
 */
export async function purgeExpired(deps: PurgeDeps, now: Date): Promise<PurgeCounts | null> {
  const leaseMs = deps.leaseMs ?? DEFAULT_PURGE_LEASE_MS;
  if (!(await deps.ephemeral.setIfAbsent(PURGE_LEASE_KEY, deps.nodeId, leaseMs))) return null;
  const limit = deps.batchSize ?? DEFAULT_PURGE_BATCH_SIZE;
  const cutoff = (days: number) => new Date(now.getTime() - days * DAY_MS);
  let batches = 0;
  const drain = async (deleteBatch: () => Promise<number>): Promise<number> => {
    let total = 0;
    for (;;) {
      const deleted = await deleteBatch();
      batches++;
      total += deleted;
      if (deleted < limit) return total;
    }
  };
  const { audit, outbox, credentials } = deps.durable;
  const signInEvents = await drain(() =>
    audit.deleteBefore({ only: SIGN_IN_EVENT_TYPES }, cutoff(deps.policy.signInEventsDays), limit),
  );
  const auditEvents = await drain(() =>
    audit.deleteBefore({ except: SIGN_IN_EVENT_TYPES }, cutoff(deps.policy.auditDays), limit),
  );
  const outboxMails = await drain(() => outbox.deleteBefore(cutoff(deps.policy.mailOutboxDays), limit));
  // Issue 14 / docs/adr/0051: a TOTP enrolment abandoned before its first code leaves a sealed
  // seed behind; past its period it can no longer be confirmed and goes. It is no audit event
  // (nothing the user did is erased), and counts in the run's log line and audit line.
  const pendingBefore = new Date(now.getTime() - deps.policy.pendingCredentialHours * HOUR_MS);
  const pendingCredentials = await drain(() => credentials.deletePendingBefore(pendingBefore, limit));
  // The purge is itself audited (issue 14 point 5, docs/adr/0038): what went, and the cut-offs
  // that decided it. A run that deleted nothing leaves no line (hourly noise otherwise).
  if (signInEvents + auditEvents + outboxMails + pendingCredentials > 0) {
    await audit.append({
      type: 'audit.purged',
      userId: null,
      ip: null,
      userAgent: null,
      at: now,
      details: {
        signInEvents,
        auditEvents,
        outboxMails,
        pendingCredentials,
        signInEventsBefore: cutoff(deps.policy.signInEventsDays).toISOString(),
        auditEventsBefore: cutoff(deps.policy.auditDays).toISOString(),
        node: deps.nodeId,
      },
    });
  }
  return { signInEvents, auditEvents, outboxMails, pendingCredentials, batches };
}
