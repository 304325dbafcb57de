import type { AuditEvent, DurableRepositories, DurableStore } from '@sesame/core';
import type { Metrics } from './metrics';

/**
 * Prometheus counters per method and outcome (issue 14 point 5, docs/adr/0038), read from the
 * audit as it is written: every sign-in, second-factor enrolment and administrative action is an
 * audit event already, so counting there misses none and adds no call to the use cases. An
 * event written in a transaction is counted once the transaction commits (a rolled-back
 * enrolment counts nothing).
 */
export function countAuditEvents(durable: DurableStore, metrics: Metrics): DurableStore {
  const count = (event: AuditEvent) => countEvent(metrics, event);
  const observed = (audit: DurableRepositories['audit'], onAppend: (event: AuditEvent) => void) =>
    new Proxy(audit, {
      get(target, property, receiver) {
        if (property !== 'append') return Reflect.get(target, property, receiver) as unknown;
        return async (event: AuditEvent) => {
          await target.append(event);
          onAppend(event);
        };
      },
    });
  // One object each, the same at every read (the composition keeps what it was given unfrozen by identity).
  const audit = observed(durable.audit, count);
  const transaction = async <T>(work: (tx: DurableRepositories) => Promise<T>): Promise<T> => {
    const written: AuditEvent[] = [];
    const result = await durable.transaction((tx) =>
      work(
        new Proxy(tx, {
          get: (t, p, r) =>
            p === 'audit' ? observed(t.audit, (e) => written.push(e)) : (Reflect.get(t, p, r) as unknown),
        }),
      ),
    );
    written.forEach(count);
    return result;
  };
  return new Proxy(durable, {
    get(target, property, receiver) {
      if (property === 'audit') return audit;
      if (property === 'transaction') return transaction;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}

export function countEvent(metrics: Metrics, event: AuditEvent): void {
  const { details } = event;
  switch (event.type) {
    case 'sign_in.succeeded':
    case 'sign_in.failed':
      metrics.signInsByMethod.inc({
        // A failure without a method is the password's (core accounts: wrong password, locked).
        method: typeof details.method === 'string' ? details.method : 'PASSWORD',
        outcome: event.type === 'sign_in.succeeded' ? 'success' : 'failure',
      });
      return;
    case 'device.enrolled':
      metrics.secondFactorEnrolments.inc({ method: 'device' });
      return;
    case 'credential.enrolled':
      metrics.secondFactorEnrolments.inc({ method: typeof details.kind === 'string' ? details.kind : 'unknown' });
      return;
    case 'admin.refused':
      // Refusals are counted by route where they are answered (routes/admin-governance.tsx).
      return;
    default:
      // An administrative action names its actor (docs/adr/0033, 0038).
      if (typeof details.actor === 'string') metrics.adminActions.inc({ action: event.type, outcome: 'success' });
  }
}
