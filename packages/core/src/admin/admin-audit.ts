import type { RequestMeta } from '../accounts/account-deps';
import { invalidInput } from '../errors';
import { assertAuthorised, refused, type Actor, type AdminAction } from '../organisations/authorise';
import type { Organisation } from '../organisations/organisation';
import type { AuditEventType, AuditQuery, AuditTypeFilter, StoredAuditEvent } from '../ports';
import type { AdminDeps } from './admin-deps';
import { scopesFor } from './admin-actor';

/**
 * The audit in the console (issue 14 point 5, docs/adr/0038): every security and administrative
 * event — who (`details.actor`, else the account itself), what (the type), whom (the account),
 * from where (IP, browser), outcome — searched with filters and exported, scoped by authorise():
 * a local manager reads the events about the accounts of its subtree, an auditor those of its
 * scope, read only; events about no account (the tree, exports, purges) need a root scope.
 */

/** Events that record something refused or failed; every other event records something done. */
export const FAILURE_EVENT_TYPES = [
  'sign_in.failed',
  'account.locked',
  'device.blocked',
  'admin.refused',
] as const satisfies readonly AuditEventType[];

export type AuditOutcome = 'success' | 'failure';

export function outcomeOf(type: AuditEventType): AuditOutcome {
  return (FAILURE_EVENT_TYPES as readonly string[]).includes(type) ? 'failure' : 'success';
}

export const AUDIT_PAGE_SIZE = 50;
/** Rows read per statement while exporting: the export streams, it never holds the whole log. */
export const AUDIT_EXPORT_BATCH = 500;

/** The console's filters, as typed in the form (all optional). */
export interface AuditFilter {
  /** The actor: an account id or an e-mail address. */
  readonly actor?: string | undefined;
  /** The account concerned: an account id or an e-mail address. */
  readonly account?: string | undefined;
  readonly type?: AuditEventType | undefined;
  readonly outcome?: AuditOutcome | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  /** An organisation (its subtree) within the actor's scope. */
  readonly within?: string | undefined;
}

export interface AuditPage {
  /** The organisations whose events are searched. */
  readonly within: readonly Organisation[];
  readonly events: readonly StoredAuditEvent[];
  /** The `before` of the next page; null on the last. */
  readonly next: number | null;
}

/** The filters as a store query, scoped; null when they can match nothing (an unknown address). */
async function toQuery(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  action: AdminAction,
  filter: AuditFilter,
): Promise<{ query: Omit<AuditQuery, 'limit'> | null; within: Organisation[] }> {
  let withinIds: string[];
  if (filter.within !== undefined) {
    const organisation = await deps.durable.organisations.get(filter.within);
    // Out of scope and unknown get the same answer (docs/adr/0033 §6).
    if (!organisation) throw refused('out_of_scope', action, filter.within);
    assertAuthorised(actor, action, { kind: 'organisation', path: organisation.path });
    withinIds = [organisation.id];
  } else {
    withinIds = scopesFor(actor, action);
  }
  const within = (await Promise.all(withinIds.map((id) => deps.durable.organisations.get(id)))).filter(
    (o): o is Organisation => o !== null,
  );
  if (filter.from && filter.to && filter.from.getTime() >= filter.to.getTime()) throw invalidInput('to', 'malformed');
  const [actorId, userId] = await Promise.all([accountId(deps, filter.actor), accountId(deps, filter.account)]);
  if (actorId === null || userId === null) return { query: null, within };
  return {
    within,
    query: {
      withinIds,
      ...(actorId !== undefined && { actorId }),
      ...(userId !== undefined && { userId }),
      ...(filter.from && { from: filter.from }),
      ...(filter.to && { to: filter.to }),
      ...typeFilter(filter),
    },
  };
}

/** An id as typed, or the id of the account with that e-mail address (null: none has it). */
async function accountId(
  deps: Pick<AdminDeps, 'durable'>,
  raw: string | undefined,
): Promise<string | undefined | null> {
  const text = raw?.trim();
  if (!text) return undefined;
  if (!text.includes('@')) return text;
  const user = await deps.durable.users.findByEmail(text.toLowerCase());
  return user?.id ?? null;
}

function typeFilter(filter: AuditFilter): { types?: AuditTypeFilter } {
  if (filter.type !== undefined) {
    const matches = filter.outcome === undefined || outcomeOf(filter.type) === filter.outcome;
    return { types: { only: matches ? [filter.type] : [] } };
  }
  if (filter.outcome === 'failure') return { types: { only: FAILURE_EVENT_TYPES } };
  if (filter.outcome === 'success') return { types: { except: FAILURE_EVENT_TYPES } };
  return {};
}

/** One page of the audit, newest first; `before` continues from the previous page. */
export async function searchAudit(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  filter: AuditFilter,
  before?: number,
): Promise<AuditPage> {
  const { query, within } = await toQuery(deps, actor, 'audit.view', filter);
  if (!query) return { within, events: [], next: null };
  const found = await deps.durable.audit.search({
    ...query,
    ...(before !== undefined && { beforeSeq: before }),
    limit: AUDIT_PAGE_SIZE + 1,
  });
  const events = found.slice(0, AUDIT_PAGE_SIZE);
  return { within, events, next: found.length > AUDIT_PAGE_SIZE ? events.at(-1)!.seq : null };
}

export type AuditExportFormat = 'csv' | 'jsonl';

/**
 * Authorises the export (`audit.export`), audits it (who, which filters, which format), then
 * returns the events as an async iterable read in batches of AUDIT_EXPORT_BATCH: the caller
 * streams them out as it reads. The audit entry is written before the first line, so an export
 * that breaks off half-way is recorded too.
 */
export async function exportAudit(
  deps: AdminDeps,
  actor: Actor,
  filter: AuditFilter,
  format: AuditExportFormat,
  meta: RequestMeta,
): Promise<AsyncIterable<StoredAuditEvent>> {
  const { query, within } = await toQuery(deps, actor, 'audit.export', filter);
  const allowedBy = scopesFor(actor, 'audit.export');
  await deps.durable.audit.append({
    type: 'audit.exported',
    userId: null,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: deps.clock.now(),
    details: {
      actor: actor.accountId,
      format,
      within: within.map((o) => o.id).join(' '),
      scopes: allowedBy.join(' '),
      ...(filter.actor && { filterActor: filter.actor }),
      ...(filter.account && { filterAccount: filter.account }),
      ...(filter.type && { filterType: filter.type }),
      ...(filter.outcome && { filterOutcome: filter.outcome }),
      ...(filter.from && { filterFrom: filter.from.toISOString() }),
      ...(filter.to && { filterTo: filter.to.toISOString() }),
    },
  });
  const audit = deps.durable.audit;
  return {
    async *[Symbol.asyncIterator]() {
      if (!query) return;
      let before: number | undefined;
      for (;;) {
        const batch = await audit.search({
          ...query,
          ...(before !== undefined && { beforeSeq: before }),
          limit: AUDIT_EXPORT_BATCH,
        });
        yield* batch;
        if (batch.length < AUDIT_EXPORT_BATCH) return;
        before = batch.at(-1)!.seq;
      }
    },
  };
}
