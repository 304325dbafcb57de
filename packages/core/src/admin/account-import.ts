import { z } from 'zod';
import type { RequestMeta } from '../accounts/account-deps';
import { isSesameError, SesameError, type InputReason } from '../errors';
import { authorise, type Actor } from '../organisations/authorise';
import type { Organisation } from '../organisations/organisation';
import type { AccountGrant, AuditEvent, DurableRepositories, UserRecord } from '../ports';
import { randomToken } from '../security/random-token';
import type { AdminDeps } from './admin-deps';
import { scopesFor } from './admin-actor';
import {
  createInvitedAccount,
  detailChanges,
  insertInvitedAccounts,
  invitedEvent,
  parseInvitation,
  sendInvitation,
  type InvitationInput,
  type InvitedBy,
  type ParsedInvitation,
} from './account-lifecycle';

/**
 * The CSV import of issue 14 point 2 (docs/adr/0035): a local manager creates or updates the
 * agents of their subtree from a file. The file format (separators, BOM, headers) is the server's;
 * here a file is records of named columns with their line numbers.
 *
 * - **Dry run first.** planImport() says, line by line, what would be created, updated or left
 *   unchanged, and why a line is refused; it writes nothing. The records are staged (ephemeral,
 *   single use) and the confirmation plans them again against the store as it is then, so a plan
 *   never applies stale.
 * - **Idempotent.** A line matches an account by its external id, else by its address; a line
 *   that matches and asks for nothing new is "unchanged". The same file twice changes nothing and
 *   sends no mail.
 * - **Scoped.** Every create, update and move goes through authorise(): 'account.invite' on the
 *   organisation, 'account.update' / 'account.move' on a matched account. A line naming an
 *   organisation or an account out of reach is refused with the same reason whether it exists or
 *   not.
 */

/** The columns, as the documentation and the export name them (docs/administrators). */
export const IMPORT_COLUMNS = [
  'email',
  'first_name',
  'last_name',
  'organisation_id',
  'external_id',
  'language',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Beyond this a file is split: the 10,000 agents of the issue fit twice. */
export const IMPORT_MAX_LINES = 20_000;

/** How long a dry run can be confirmed. */
export const STAGED_IMPORT_TTL_MINUTES = 60;
/** How long a job's progress can be read after it started. */
export const IMPORT_JOB_TTL_HOURS = 24;
/** Lines written per transaction: one commit per chunk, not per line (bench/admin-scale: 10,000 in ≤ 30 s). */
export const IMPORT_CHUNK = 100;

export interface ImportRecord {
  /** The line number in the file (the header is line 1). */
  readonly line: number;
  readonly values: Readonly<Partial<Record<ImportColumn, string>>>;
}

/** Why a line is refused, beyond a malformed field. */
export type ImportReason =
  | InputReason
  /** The organisation does not exist or is out of the manager's reach (the two look the same). */
  | 'out_of_scope'
  /** The address (or external id) belongs to an account out of the manager's reach. */
  | 'taken'
  /** The same address or external id is on an earlier line of the file. */
  | 'duplicate'
  /** The external id and the address match two different accounts. */
  | 'conflict'
  /** The line could not be written (the account changed meanwhile); nothing of it was. */
  | 'failed';

export interface ImportLineError {
  readonly field: string;
  readonly reason: ImportReason;
}

interface Changes {
  firstName?: string;
  lastName?: string;
  externalId?: string | null;
}

export type PlannedLine =
  | { readonly line: number; readonly action: 'create'; readonly email: string; readonly invitation: ParsedInvitation }
  | {
      readonly line: number;
      readonly action: 'update';
      readonly email: string;
      readonly userId: string;
      readonly changes: Changes;
      /** The organisation the account moves to, null when it stays. */
      readonly moveTo: string | null;
    }
  | { readonly line: number; readonly action: 'unchanged'; readonly email: string; readonly userId: string }
  | {
      readonly line: number;
      readonly action: 'error';
      readonly email: string;
      readonly errors: readonly ImportLineError[];
    };

export interface ImportCounts {
  create: number;
  update: number;
  unchanged: number;
  error: number;
}

export interface ImportPlan {
  readonly lines: readonly PlannedLine[];
  readonly counts: ImportCounts;
}

export interface ImportOptions {
  /** The organisation of the lines whose organisation_id is blank (the upload form's choice). */
  readonly defaultOrganisationId?: string | undefined;
}

/**
 * The dry run: what the records would do, line by line, written nowhere. Throws FORBIDDEN
 * `no_role` when the actor may invite nowhere.
 */
export async function planImport(
  deps: Pick<AdminDeps, 'durable'>,
  actor: Actor,
  records: readonly ImportRecord[],
  options: ImportOptions,
  meta: Pick<RequestMeta, 'locale'>,
): Promise<ImportPlan> {
  scopesFor(actor, 'account.invite');
  if (records.length > IMPORT_MAX_LINES) throw new SesameError('INVALID_INPUT', { field: 'file', reason: 'too_long' });
  const parsed = records.map((record) => parseLine(record, options, meta));
  const known = await lookUp(deps, parsed);
  const organisations = new Map<string, Promise<Organisation | null>>();
  const organisation = (id: string) => {
    let found = organisations.get(id);
    if (!found) organisations.set(id, (found = deps.durable.organisations.get(id)));
    return found;
  };
  // Each destination read once, all at once rather than one after the other as lines name them.
  await Promise.all(parsed.flatMap((line) => ('parsed' in line ? [organisation(line.parsed.organisationId)] : [])));
  const seenEmails = new Set<string>();
  const seenExternalIds = new Set<string>();
  const lines: PlannedLine[] = [];
  for (const line of parsed) {
    lines.push('errors' in line ? line : await planLine(actor, line, known, organisation, seenEmails, seenExternalIds));
  }
  const counts: ImportCounts = { create: 0, update: 0, unchanged: 0, error: 0 };
  for (const line of lines) counts[line.action]++;
  return { lines, counts };
}

type ParsedLine = { readonly line: number; readonly parsed: ParsedInvitation } | (PlannedLine & { action: 'error' });

function parseLine(record: ImportRecord, options: ImportOptions, meta: Pick<RequestMeta, 'locale'>): ParsedLine {
  const v = record.values;
  const input: InvitationInput = {
    email: v.email,
    firstName: v.first_name,
    lastName: v.last_name,
    organisationId: (v.organisation_id ?? '').trim() || options.defaultOrganisationId,
    externalId: v.external_id,
    emailLocale: v.language,
  };
  try {
    return { line: record.line, parsed: parseInvitation(input, meta.locale) };
  } catch (error) {
    if (!isSesameError(error, 'INVALID_INPUT')) throw error;
    return {
      line: record.line,
      action: 'error',
      email: (v.email ?? '').trim(),
      errors: (error.details.issues ?? []).map(({ field, reason }) => ({ field, reason })),
    };
  }
}

/** Lines looked up per query: one round trip for 500 lines, not 1,000 (bench/admin-scale). */
const LOOKUP_CHUNK = 500;

interface Known {
  readonly byEmail: ReadonlyMap<string, UserRecord>;
  readonly byExternalId: ReadonlyMap<string, UserRecord>;
  /** Each matched account's organisation (absent: erased meanwhile) and grants, read with it. */
  readonly organisationOf: ReadonlyMap<string, Organisation>;
  readonly grantsOf: ReadonlyMap<string, readonly AccountGrant[]>;
}

async function lookUp(deps: Pick<AdminDeps, 'durable'>, lines: readonly ParsedLine[]): Promise<Known> {
  const byEmail = new Map<string, UserRecord>();
  const byExternalId = new Map<string, UserRecord>();
  const valid = lines.flatMap((line) => ('parsed' in line ? [line.parsed] : []));
  for (let start = 0; start < valid.length; start += LOOKUP_CHUNK) {
    const chunk = valid.slice(start, start + LOOKUP_CHUNK);
    const found = await deps.durable.users.findMany({
      emails: chunk.map((p) => p.email),
      externalIds: chunk.flatMap((p) => (p.externalId === null ? [] : [p.externalId])),
    });
    for (const user of found) {
      byEmail.set(user.email, user);
      if (user.externalId) byExternalId.set(user.externalId, user);
    }
  }
  // The matched accounts' places and grants, 500 a query too (a file imported again matches every line).
  const matched = [...new Set([...byEmail.values(), ...byExternalId.values()].map((user) => user.id))];
  const organisationOf = new Map<string, Organisation>();
  const grantsOf = new Map<string, readonly AccountGrant[]>();
  for (let start = 0; start < matched.length; start += LOOKUP_CHUNK) {
    const chunk = matched.slice(start, start + LOOKUP_CHUNK);
    const [organisations, grants] = await Promise.all([
      deps.durable.organisations.accountOrganisations(chunk),
      deps.durable.roles.listForAccounts(chunk),
    ]);
    for (const [id, organisation] of organisations) organisationOf.set(id, organisation);
    for (const [id, held] of grants) grantsOf.set(id, held);
  }
  return { byEmail, byExternalId, organisationOf, grantsOf };
}

async function planLine(
  actor: Actor,
  { line, parsed }: { line: number; parsed: ParsedInvitation },
  known: Known,
  organisation: (id: string) => Promise<Organisation | null>,
  seenEmails: Set<string>,
  seenExternalIds: Set<string>,
): Promise<PlannedLine> {
  const refused = (errors: ImportLineError[]): PlannedLine => ({ line, action: 'error', email: parsed.email, errors });
  const duplicates: ImportLineError[] = [];
  if (seenEmails.has(parsed.email)) duplicates.push({ field: 'email', reason: 'duplicate' });
  if (parsed.externalId !== null && seenExternalIds.has(parsed.externalId)) {
    duplicates.push({ field: 'externalId', reason: 'duplicate' });
  }
  seenEmails.add(parsed.email);
  if (parsed.externalId !== null) seenExternalIds.add(parsed.externalId);
  if (duplicates.length > 0) return refused(duplicates);

  const destination = await organisation(parsed.organisationId);
  if (!destination || !authorise(actor, 'account.invite', { kind: 'organisation', path: destination.path }).allowed) {
    return refused([{ field: 'organisationId', reason: 'out_of_scope' }]);
  }
  const byExternalId = parsed.externalId === null ? undefined : known.byExternalId.get(parsed.externalId);
  const byEmail = known.byEmail.get(parsed.email);
  if (byExternalId && byEmail && byExternalId.id !== byEmail.id)
    return refused([{ field: 'email', reason: 'conflict' }]);
  const existing = byExternalId ?? byEmail;
  if (!existing) return { line, action: 'create', email: parsed.email, invitation: parsed };
  const reachField = byExternalId ? 'externalId' : 'email';
  const current = known.organisationOf.get(existing.id);
  const grants = known.grantsOf.get(existing.id) ?? [];
  if (!current) return refused([{ field: reachField, reason: 'taken' }]);
  const target = { kind: 'account', accountId: existing.id, path: current.path, grants } as const;
  // A matched account is seen like any other: out of reach, it is "taken", whoever holds it.
  if (!authorise(actor, 'account.view', target).allowed) return refused([{ field: reachField, reason: 'taken' }]);
  const changes = detailChanges(existing, {
    firstName: parsed.firstName,
    lastName: parsed.lastName,
    // A blank external id on the line leaves the account's alone (a file without the column).
    externalId: parsed.externalId ?? undefined,
  });
  const moveTo = current.id === destination.id ? null : destination.id;
  if (Object.keys(changes).length === 0 && moveTo === null && parsed.email === existing.email) {
    return { line: line, action: 'unchanged', email: parsed.email, userId: existing.id };
  }
  if (parsed.email !== existing.email) {
    // Matched by external id under another address: the address is the owner's to change
    // (a mailed confirmation, email-change.ts), never an import's.
    return refused([{ field: 'email', reason: 'conflict' }]);
  }
  const refusals: ImportLineError[] = [];
  if (Object.keys(changes).length > 0 && !authorise(actor, 'account.update', target).allowed) {
    refusals.push({ field: 'email', reason: 'out_of_scope' });
  }
  if (moveTo !== null && !authorise(actor, 'account.move', target).allowed) {
    refusals.push({ field: 'organisationId', reason: 'out_of_scope' });
  }
  if (refusals.length > 0) return refused(refusals);
  return { line: line, action: 'update', email: parsed.email, userId: existing.id, changes, moveTo };
}

// ---------------------------------------------------------------------------------------------
// Staging and the job

const stagedImport = z.object({
  actor: z.string(),
  options: z.object({ defaultOrganisationId: z.string().optional() }),
  records: z.array(z.object({ line: z.number(), values: z.record(z.string(), z.string()) })),
});

export type ImportJobState = 'running' | 'done' | 'failed';

export interface ImportJob {
  readonly id: string;
  /** Who started it: the only one who may read it. */
  readonly actor: string;
  readonly state: ImportJobState;
  readonly startedAt: string;
  readonly total: number;
  /** Lines dealt with so far (created, updated, unchanged or refused). */
  readonly processed: number;
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Lines refused, with their reasons (at most MAX_JOB_ERRORS kept). */
  readonly errors: ReadonlyArray<{ line: number; email: string; errors: readonly ImportLineError[] }>;
  readonly errorCount: number;
  /** Invitation mails sent, and those the mailer refused (the account is there: send it again from its page). */
  readonly mailed: number;
  readonly mailFailed: number;
}

const MAX_JOB_ERRORS = 1_000;
const JOB_ID = /^[A-Za-z0-9_-]{20,64}$/;
const stagedKey = (id: string) => `admin-import:staged:${id}`;
const jobKey = (id: string) => `admin-import:job:${id}`;

/**
 * Plans the records (the dry run) and stages them for confirmation: returns the plan and an id to
 * confirm with. The id is a random token, usable once, by the same actor only.
 */
export async function stageImport(
  deps: Pick<AdminDeps, 'durable' | 'ephemeral'>,
  actor: Actor,
  records: readonly ImportRecord[],
  options: ImportOptions,
  meta: Pick<RequestMeta, 'locale'>,
): Promise<{ id: string; plan: ImportPlan }> {
  const plan = await planImport(deps, actor, records, options, meta);
  const id = randomToken();
  const staged: z.infer<typeof stagedImport> = {
    actor: actor.accountId,
    options: options.defaultOrganisationId ? { defaultOrganisationId: options.defaultOrganisationId } : {},
    records: records.map(({ line, values }) => ({ line, values: definedValues(values) })),
  };
  await deps.ephemeral.set(stagedKey(id), JSON.stringify(staged), STAGED_IMPORT_TTL_MINUTES * 60_000);
  return { id, plan };
}

function definedValues(values: ImportRecord['values']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/**
 * Confirms a staged import: takes it (a second confirmation finds nothing: LINK_INVALID), plans it
 * again against the store as it is now, records a job, and returns it with `done`, the work in
 * progress, which the caller need not await (the console shows the job's progress page).
 */
export async function startImport(
  deps: AdminDeps,
  actor: Actor,
  id: string,
  meta: RequestMeta,
): Promise<{ job: ImportJob; done: Promise<ImportJob> }> {
  if (!JOB_ID.test(id)) throw new SesameError('LINK_INVALID');
  const raw = await deps.ephemeral.take(stagedKey(id));
  const parsed = raw === null ? null : stagedImport.safeParse(JSON.parse(raw));
  if (!parsed?.success || parsed.data.actor !== actor.accountId) throw new SesameError('LINK_INVALID');
  const plan = await planImport(deps, actor, parsed.data.records, parsed.data.options, meta);
  let job: ImportJob = {
    id,
    actor: actor.accountId,
    state: 'running',
    startedAt: deps.clock.now().toISOString(),
    total: plan.lines.length,
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [],
    errorCount: 0,
    mailed: 0,
    mailFailed: 0,
  };
  await saveJob(deps, job);
  const done = applyPlan(deps, actor, plan, meta, async (progress) => {
    job = { ...job, ...progress };
    await saveJob(deps, job);
  }).then(
    async () => {
      job = { ...job, state: 'done' };
      await saveJob(deps, job);
      return job;
    },
    async (error: unknown) => {
      job = { ...job, state: 'failed' };
      await saveJob(deps, job).catch(() => undefined);
      throw error;
    },
  );
  return { job, done };
}

/** The job's progress, for the actor who started it only; null when unknown, expired or someone else's. */
export async function importProgress(
  deps: Pick<AdminDeps, 'ephemeral'>,
  actor: Actor,
  id: string,
): Promise<ImportJob | null> {
  if (!JOB_ID.test(id)) return null;
  const raw = await deps.ephemeral.get(jobKey(id));
  if (raw === null) return null;
  const job = JSON.parse(raw) as ImportJob;
  return job.actor === actor.accountId ? job : null;
}

function saveJob(deps: Pick<AdminDeps, 'ephemeral'>, job: ImportJob): Promise<void> {
  return deps.ephemeral.set(jobKey(job.id), JSON.stringify(job), IMPORT_JOB_TTL_HOURS * 3_600_000);
}

type Progress = Pick<
  ImportJob,
  'processed' | 'created' | 'updated' | 'unchanged' | 'errors' | 'errorCount' | 'mailed' | 'mailFailed'
>;

/**
 * Writes the plan chunk by chunk: one transaction each, its new accounts in one statement and its
 * audit lines in another (writeChunk), then mails the chunk's invitations. A chunk whose
 * transaction fails (an address taken meanwhile) is written again line by line, so one bad line
 * costs its own line only. Reports progress after each chunk.
 */
export async function applyPlan(
  deps: AdminDeps,
  actor: Actor,
  plan: ImportPlan,
  meta: RequestMeta,
  report: (progress: Progress) => Promise<void> = async () => {},
): Promise<Progress> {
  const progress = {
    processed: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors: [] as Array<{ line: number; email: string; errors: readonly ImportLineError[] }>,
    errorCount: 0,
    mailed: 0,
    mailFailed: 0,
  };
  const refuse = (line: PlannedLine, errors: readonly ImportLineError[]) => {
    progress.errorCount++;
    if (progress.errors.length < MAX_JOB_ERRORS) progress.errors.push({ line: line.line, email: line.email, errors });
  };
  const organisations = new Map<string, Organisation>();
  const destinations = new Set(
    plan.lines.flatMap((line) => (line.action === 'create' ? [line.invitation.organisationId] : [])),
  );
  for (const found of await Promise.all([...destinations].map((id) => deps.durable.organisations.get(id)))) {
    if (found) organisations.set(found.id, found);
  }
  const by: InvitedBy = { actor: actor.accountId, role: actorRole(actor), source: 'import', meta };

  for (let start = 0; start < plan.lines.length; start += IMPORT_CHUNK) {
    const chunk = plan.lines.slice(start, start + IMPORT_CHUNK);
    const writable = chunk.filter((line): line is WritableLine => line.action === 'create' || line.action === 'update');
    let invited: Invited[] = [];
    const now = deps.clock.now();
    try {
      // A chunk with nothing to write (a file imported again) opens no transaction.
      if (writable.length > 0) {
        invited = await deps.durable.transaction((tx) => writeChunk(tx, writable, organisations, now, by));
      }
      for (const line of writable) progress[line.action === 'create' ? 'created' : 'updated']++;
    } catch (error) {
      if (isSesameError(error, 'STORE_UNAVAILABLE')) throw error;
      invited = [];
      for (const line of writable) {
        try {
          const user = await deps.durable.transaction((tx) => writeLine(tx, line, organisations, now, by));
          if (user) invited.push(user);
          progress[line.action === 'create' ? 'created' : 'updated']++;
        } catch (lineError) {
          if (!isSesameError(lineError) || lineError.code === 'STORE_UNAVAILABLE') throw lineError;
          refuse(line, [lineErrorOf(lineError)]);
        }
      }
    }
    for (const line of chunk) {
      if (line.action === 'unchanged') progress.unchanged++;
      if (line.action === 'error') refuse(line, line.errors);
    }
    // The chunk's links and mails at once: each waits on the ephemeral store, not on the one before.
    const sent = await Promise.allSettled(
      invited.map(({ user, organisation }) => sendInvitation(deps, user, organisation)),
    );
    for (const outcome of sent) progress[outcome.status === 'fulfilled' ? 'mailed' : 'mailFailed']++;
    progress.processed += chunk.length;
    await report({ ...progress, errors: [...progress.errors] });
  }
  return progress;
}

type WritableLine = Extract<PlannedLine, { action: 'create' | 'update' }>;
type Invited = { user: UserRecord; organisation: Organisation };
type ImportTx = Pick<DurableRepositories, 'users' | 'organisations' | 'audit'>;

/**
 * A chunk's lines in the caller's transaction: the new accounts in one statement, the updates one
 * by one (rare: a file's changes), then every line's audit line, in the file's order, in one more.
 */
async function writeChunk(
  tx: ImportTx,
  lines: readonly WritableLine[],
  organisations: ReadonlyMap<string, Organisation>,
  now: Date,
  by: InvitedBy,
): Promise<Invited[]> {
  const creates = lines.flatMap((line) => (line.action === 'create' ? [line] : []));
  const invitations = creates.map((line) => ({
    parsed: line.invitation,
    organisation: destination(line, organisations),
  }));
  const users = await insertInvitedAccounts(tx, invitations, now);
  const invited = users.map((user, i) => ({ user, organisation: invitations[i]!.organisation }));
  const events: AuditEvent[] = [];
  let created = 0;
  for (const line of lines) {
    if (line.action === 'create') {
      const { user, organisation } = invited[created++]!;
      events.push(invitedEvent(user, organisation, now, by));
    } else {
      events.push(await updateLine(tx, line, now, by));
    }
  }
  await tx.audit.appendMany(events);
  return invited;
}

/** One line in its own transaction (a chunk that failed, written again line by line). */
async function writeLine(
  tx: ImportTx,
  line: WritableLine,
  organisations: ReadonlyMap<string, Organisation>,
  now: Date,
  by: InvitedBy,
): Promise<Invited | null> {
  if (line.action === 'create') {
    const organisation = destination(line, organisations);
    return { user: await createInvitedAccount(tx, line.invitation, organisation, now, by), organisation };
  }
  await tx.audit.append(await updateLine(tx, line, now, by));
  return null;
}

function destination(
  line: Extract<PlannedLine, { action: 'create' }>,
  organisations: ReadonlyMap<string, Organisation>,
): Organisation {
  const organisation = organisations.get(line.invitation.organisationId);
  if (!organisation) throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
  return organisation;
}

/** Applies an update line's changes and move; returns its audit line, for the caller to append. */
async function updateLine(
  tx: ImportTx,
  line: Extract<PlannedLine, { action: 'update' }>,
  now: Date,
  by: InvitedBy,
): Promise<AuditEvent> {
  if (Object.keys(line.changes).length > 0 && !(await tx.users.update(line.userId, line.changes))) {
    throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
  }
  if (line.moveTo !== null && !(await tx.organisations.placeAccount(line.userId, line.moveTo))) {
    throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
  }
  return {
    type: 'account.updated',
    userId: line.userId,
    ip: by.meta.ip,
    userAgent: by.meta.userAgent,
    at: now,
    details: {
      actor: by.actor,
      role: by.role,
      fields: [...Object.keys(line.changes), ...(line.moveTo ? ['organisation'] : [])].join(','),
      ...(line.moveTo && { to: line.moveTo }),
      source: 'import',
    },
  };
}

function lineErrorOf(error: SesameError): ImportLineError {
  if (error.code === 'EMAIL_UNAVAILABLE') return { field: 'email', reason: 'taken' };
  if (error.code === 'EXTERNAL_ID_UNAVAILABLE') return { field: 'externalId', reason: 'taken' };
  if (error.code === 'FORBIDDEN') return { field: 'email', reason: 'out_of_scope' };
  return { field: 'email', reason: 'failed' };
}

/** The role recorded on import lines: the strongest the actor holds that may invite. */
function actorRole(actor: Actor): string {
  const order = ['administrator', 'local_manager'];
  return order.find((role) => actor.grants.some((g) => g.role === role)) ?? 'local_manager';
}
