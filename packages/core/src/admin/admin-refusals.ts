import type { RequestMeta } from '../accounts/account-deps';
import { isSesameError, type SesameError } from '../errors';
import type { AuditLog, Clock, EphemeralStore } from '../ports';

/**
 * The audit line of a refused administrative action (issue 14, docs/adr/0041 §1): who (the
 * person or the OAuth client), which action, which target as they named it, why (the rule of
 * authorise(): no_role, out_of_scope, own_account, outranked), from where, through which surface.
 *
 * Bounded, so that a caller cannot fill the audit by repeating refused requests: per actor and
 * per hour, the first REFUSALS_IN_FULL refusals each write a line; after that only the 10th, 20th,
 * 50th, 100th, 200th, 500th… do (a 1-2-5 series), each carrying the count so far. A million
 * refusals in an hour therefore write about 20 lines, and the count says what happened. The
 * actors are authenticated (a session with a second factor, or a registered OAuth client), so the
 * bound holds per identity that someone had to obtain.
 *
 * Nothing reaches the refused caller: the answer stays the same 403 (or SCIM's 404), and the line
 * is read in the audit by those whose scope covers it — events about no account need a root scope
 * (docs/adr/0038 §3), so the line names the target in `details`, never as `userId`.
 */

/** Refusals of one actor, in one window, that each write a line. */
export const REFUSALS_IN_FULL = 5;
/** The counting window (a fixed window from the first refusal). */
export const REFUSAL_WINDOW_MS = 60 * 60_000;

export type AdminSurface = 'console' | 'api' | 'scim';

export interface RefusalDeps {
  readonly durable: { readonly audit: Pick<AuditLog, 'append'> };
  readonly ephemeral: Pick<EphemeralStore, 'increment'>;
  readonly clock: Clock;
}

/** The FORBIDDEN of authorise() behind `error` (itself, or the cause of an error that hides it, as SCIM's 404). */
export function refusalOf(error: unknown): SesameError | null {
  if (isSesameError(error, 'FORBIDDEN') && error.details.refusal !== undefined) return error;
  if (error instanceof Error && error.cause !== undefined) return refusalOf(error.cause);
  return null;
}

/** Whether the `count`th refusal of a window writes a line. */
export function refusalWritesLine(count: number): boolean {
  if (count <= REFUSALS_IN_FULL) return true;
  // 10, 20, 50, 100, 200, 500, …: a 1-2-5 series of powers of ten.
  const magnitude = 10 ** Math.floor(Math.log10(count));
  return count === magnitude || count === 2 * magnitude || count === 5 * magnitude;
}

/**
 * Records the refusal `error` of `actorId` (an account id, or `client:<id>`). Returns whether a
 * line was written. The caller answers the refusal whatever happens here.
 */
export async function recordRefusal(
  deps: RefusalDeps,
  actorId: string,
  error: SesameError,
  surface: AdminSurface,
  meta: Pick<RequestMeta, 'ip' | 'userAgent'>,
): Promise<boolean> {
  const count = await deps.ephemeral.increment(`admin-refused:${actorId}`, REFUSAL_WINDOW_MS);
  if (!refusalWritesLine(count)) return false;
  await deps.durable.audit.append({
    type: 'admin.refused',
    userId: null,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: deps.clock.now(),
    details: {
      actor: actorId,
      action: error.details.action ?? '',
      target: error.details.target ?? '',
      refusal: error.details.refusal ?? '',
      surface,
      count,
    },
  });
  return true;
}
