import { SesameError } from '@sesame/core';

/**
 * The storage adapters' boundary for faults (ports: "every method rejects when the store does
 * not answer; callers fail closed"): a driver error that means "the store is not there" becomes
 * SesameError('STORE_UNAVAILABLE'), which the server answers 503 / INTERNAL_ERROR /
 * temporarily_unavailable and never as a sign-in. Other driver errors (a unique violation the
 * repositories look for, a bug) pass through unchanged.
 */

/** Which of the two stores failed: the logs and /ready name them so. */
export type StoreName = 'database' | 'redis';

/** Socket-level errors of Node (net, dns, tls): the peer is gone or cannot be reached. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ERR_SOCKET_CLOSED',
  'ERR_STREAM_DESTROYED',
]);

/**
 * PostgreSQL SQLSTATEs of an unavailable server: class 08 (connection exception), 53 (out of
 * resources: too many connections, disk full), 57P01–57P03 (terminated by an administrator —
 * pg_terminate_backend —, crash, starting up), 58 (system error, I/O).
 */
function isUnavailableSqlState(code: string): boolean {
  // 57014: a statement cancelled by statement_timeout (open-postgres.ts), stuck past its bound.
  return /^(08|53|58)/.test(code) || code === '57014' || code === '57P01' || code === '57P02' || code === '57P03';
}

/** Messages node-postgres gives without a code, when the connection ends or cannot be made. */
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Connection ended',
  'connection timeout',
];

/**
 * SQLite (embedded) is "unavailable" when another process holds it past busy_timeout, or when the
 * disk fails or is full.
 */
const SQLITE_CODES = /^SQLITE_(BUSY|LOCKED|IOERR|CANTOPEN|FULL|READONLY)/;

/** ioredis: no connection, a dropped one, or a command left without an answer. */
const REDIS_MESSAGES = [
  'Connection is closed',
  "Stream isn't writeable",
  'Command timed out',
  'Reached the max retries per request limit',
  'Connection timed out',
  'connect ETIMEDOUT',
  'Redis connection lost and command aborted',
];

/** Redis replies of a server that is up but cannot serve (loading, replica cut off, busy script). */
const REDIS_REPLY_PREFIXES = ['LOADING', 'MASTERDOWN', 'READONLY', 'BUSY', 'TRYAGAIN', 'CLUSTERDOWN', 'NOAUTH', 'OOM'];

function codeOf(error: object): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/** True when `error` says the store does not answer (rather than that a query or a value is wrong). */
export function isStoreFault(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof SesameError) return error.code === 'STORE_UNAVAILABLE';
  const code = codeOf(error);
  if (code !== undefined) {
    if (NETWORK_CODES.has(code) || SQLITE_CODES.test(code)) return true;
    if (/^[0-9A-Z]{5}$/.test(code) && isUnavailableSqlState(code)) return true;
  }
  const message = error.message;
  if (error.name === 'MaxRetriesPerRequestError' || error.name === 'AbortError') return true;
  if (error.name === 'ReplyError') return REDIS_REPLY_PREFIXES.some((prefix) => message.startsWith(prefix));
  if ([...PG_MESSAGES, ...REDIS_MESSAGES].some((known) => message.includes(known))) return true;
  // AggregateError (a host name resolving to several addresses, all refused).
  if (error instanceof AggregateError) return error.errors.some(isStoreFault);
  return false;
}

/**
 * The short reason an operator reads in the "store down" log line: the driver's code and
 * message, without stack and without the URL (which may hold a password).
 */
export function faultReason(error: unknown): string {
  const cause = error instanceof SesameError && error.cause !== undefined ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const code = codeOf(cause);
  const message =
    cause instanceof AggregateError && cause.message === '' ? cause.errors.map(faultReason).join('; ') : cause.message;
  const text = code && !message.includes(code) ? `${code}: ${message}` : message;
  return text.replace(/\/\/[^@/\s]*@/g, '//').slice(0, 200);
}

/** A store fault as the domain error callers know; the driver's error stays as its cause. */
export function storeUnavailable(cause: unknown): SesameError {
  if (cause instanceof SesameError && cause.code === 'STORE_UNAVAILABLE') return cause;
  return new SesameError('STORE_UNAVAILABLE', {}, { cause });
}
