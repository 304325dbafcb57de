import { isSesameError, type SesameError } from '@sesame/core';
import { faultReason } from '@sesame/storage';
import type { StoreProbe } from '../compose/app-context';

/**
 * What went wrong, decided once for every surface (ADR 0026 §2.7): an error raised on purpose
 * (a `SesameError`, its code says what to tell), a request the framework refused (4xx), a store
 * that does not answer, or a bug.
 */
export type ErrorClass =
  | { kind: 'expected'; error: SesameError }
  | { kind: 'client'; status: number }
  | { kind: 'store-down' }
  | { kind: 'bug' };

export interface ClassifyLog {
  debug(details: object, message: string): void;
  error(details: object, message: string): void;
}

/** The status a framework error carries (Fastify's FST_ERR_* and http-errors), if any. */
export function statusCodeOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}

/**
 * Classifies an error and logs it the one way it deserves: a store outage at debug level (issue
 * 10 finding 5: the store-health tracker logs the outage once, not one line per request), a bug
 * at error level with its cause (style: "unknown errors become a generic 500 and a log line").
 * The stores are probed only for an error nobody raised on purpose: fail closed, say why.
 */
export async function classifyError(error: unknown, probe: StoreProbe, log: ClassifyLog): Promise<ErrorClass> {
  if (isSesameError(error)) {
    if (error.code === 'STORE_UNAVAILABLE') log.debug({}, 'store unavailable');
    return { kind: 'expected', error };
  }
  const status = statusCodeOf(error);
  if (status !== undefined && status < 500) return { kind: 'client', status };
  if (!(await probe())) {
    log.debug({ reason: faultReason(error) }, 'store unavailable');
    return { kind: 'store-down' };
  }
  log.error({ err: error }, 'unexpected error');
  return { kind: 'bug' };
}

/** Both stores answer (the portal's and the device API's "try again in a minute" decision). */
export function storeProbe(stores: {
  durable: { ping(): Promise<void> };
  ephemeral: { ping(): Promise<void> };
}): StoreProbe {
  return async () => {
    const checks = await Promise.allSettled([stores.durable.ping(), stores.ephemeral.ping()]);
    return checks.every((check) => check.status === 'fulfilled');
  };
}
