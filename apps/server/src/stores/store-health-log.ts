import type { StoreName, StoreTransition } from '@sesame/storage';

/** The part of pino the store-health lines need; `services.log` before the app is built has only `warn`. */
export interface StoreLog {
  warn(details: object, message: string): void;
  error?(details: object, message: string): void;
}

const LABEL: Record<StoreName, string> = { database: 'database (durable store)', redis: 'Redis (ephemeral store)' };

/**
 * One line when a store goes down and one when it is back (issue 10 finding 5: not a stack per
 * request). "down" at error level; "back" at warn, so that it shows at every level "down" shows
 * at. The fields `store` and `storeState` let an alert rule match them.
 */
export function logStoreTransition(log: StoreLog, transition: StoreTransition): void {
  const { store, state } = transition;
  if (state === 'down') {
    const details = { store, storeState: 'down', reason: transition.reason };
    const message = `store down: the ${LABEL[store]} does not answer; sign-ins are refused (503) until it is back`;
    if (log.error) log.error(details, message);
    else log.warn(details, message);
    return;
  }
  const seconds = Math.round((transition.downForMs ?? 0) / 1000);
  log.warn({ store, storeState: 'up', downForSeconds: seconds }, `store back: the ${LABEL[store]} answers again`);
}
