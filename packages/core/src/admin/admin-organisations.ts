import type { RequestMeta } from '../accounts/account-deps';
import { invalidInput, SesameError } from '../errors';
import { assertAuthorised, refused, authorise, type Actor } from '../organisations/authorise';
import { parseOrganisationId, type Organisation } from '../organisations/organisation';
import type { AuditEvent } from '../ports/durable-store';
import type { ScopedRole } from '../organisations/roles';
import type { AdminDeps } from './admin-deps';
import { scopesFor } from './admin-actor';

/**
 * The organisation tree in the console (issue 14 point 1, docs/adr/0033 §1 and 0038): see it,
 * create a child, rename, move — each authorised by authorise() (a rename or a move needs the
 * organisation strictly below the actor's scope, a move is checked on the new parent too) and
 * audited. The tree's rules (no cycle, depth cap, the root stays) are the repository's.
 */

export const ORGANISATION_NAME_MAX = 120;

export interface OrganisationNode {
  readonly organisation: Organisation;
  /** What the actor may do here (the page offers these forms only). */
  readonly may: { readonly create: boolean; readonly rename: boolean; readonly move: boolean };
}

/** The subtrees the actor may see, parents before children, with what may be done on each node. */
export async function organisationTree(deps: Pick<AdminDeps, 'durable'>, actor: Actor): Promise<OrganisationNode[]> {
  const tops = scopesFor(actor, 'organisation.view');
  const all = await deps.durable.organisations.list();
  return all
    .filter((o) => tops.some((top) => o.path.includes(top)))
    .map((organisation) => {
      const target = { kind: 'organisation', path: organisation.path } as const;
      return {
        organisation,
        may: {
          create: authorise(actor, 'organisation.create', target).allowed,
          rename: authorise(actor, 'organisation.rename', target).allowed,
          move: authorise(actor, 'organisation.move', target).allowed,
        },
      };
    });
}

async function existing(deps: Pick<AdminDeps, 'durable'>, id: string): Promise<Organisation> {
  const organisation = await deps.durable.organisations.get(id);
  // Out of scope and unknown get the same answer (docs/adr/0033 §6).
  if (!organisation) throw refused('out_of_scope', undefined, id);
  return organisation;
}

function parseName(raw: string | undefined): string {
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (name === '') throw invalidInput('name', 'required');
  if (name.length > ORGANISATION_NAME_MAX) throw invalidInput('name', 'too_long');
  return name;
}

export async function createOrganisation(
  deps: AdminDeps,
  actor: Actor,
  input: { parentId: string; id: string; name?: string | undefined; kind: string },
  kinds: readonly string[],
  meta: RequestMeta,
): Promise<Organisation> {
  const parent = await existing(deps, input.parentId);
  const allowedBy = assertAuthorised(actor, 'organisation.create', { kind: 'organisation', path: parent.path });
  const id = parseOrganisationId(input.id.trim(), 'id');
  const name = parseName(input.name);
  if (!kinds.includes(input.kind)) throw invalidInput('kind', 'unknown');
  const now = deps.clock.now();
  // The organisation and its audit line in one transaction (issue 14, docs/adr/0041 §3): a failing
  // audit write leaves no organisation behind. The repository takes its lock inside it (ADR 0033 §1).
  const outcome = await deps.durable.transaction(async (tx) => {
    const created = await tx.organisations.create({ id, parentId: parent.id, kind: input.kind, name }, now);
    if (created !== 'created') return created;
    await tx.audit.append(
      organisationEvent('organisation.created', actor, allowedBy, meta, now, {
        organisation: id,
        parent: parent.id,
        kind: input.kind,
        name,
      }),
    );
    return created;
  });
  if (outcome === 'id_taken') throw invalidInput('id', 'taken');
  if (outcome === 'too_deep') throw invalidInput('parent', 'too_deep');
  if (outcome === 'no_parent') throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
  return { id, parentId: parent.id, kind: input.kind, name, path: [...parent.path, id] };
}

export async function renameOrganisation(
  deps: AdminDeps,
  actor: Actor,
  input: { id: string; name?: string | undefined },
  meta: RequestMeta,
): Promise<void> {
  const organisation = await existing(deps, input.id);
  const allowedBy = assertAuthorised(actor, 'organisation.rename', { kind: 'organisation', path: organisation.path });
  const name = parseName(input.name);
  if (name === organisation.name) return;
  const now = deps.clock.now();
  await deps.durable.transaction(async (tx) => {
    await tx.organisations.rename(organisation.id, name);
    await tx.audit.append(
      organisationEvent('organisation.renamed', actor, allowedBy, meta, now, {
        organisation: organisation.id,
        from: organisation.name,
        name,
      }),
    );
  });
}

/** Moves an organisation and its subtree under `parentId`: authorised on both (docs/adr/0033 §4). */
export async function moveOrganisation(
  deps: AdminDeps,
  actor: Actor,
  input: { id: string; parentId: string },
  meta: RequestMeta,
): Promise<void> {
  const organisation = await existing(deps, input.id);
  const allowedBy = assertAuthorised(actor, 'organisation.move', { kind: 'organisation', path: organisation.path });
  const parent = await existing(deps, input.parentId);
  assertAuthorised(actor, 'organisation.move', { kind: 'organisation', path: parent.path });
  if (parent.id === organisation.parentId) return;
  const now = deps.clock.now();
  // The move and its audit line in one transaction (docs/adr/0041 §3; ADR 0038 §2 left them two
  // writes): the repository's locked reshaping runs inside it, so a failing audit write moves nothing.
  const outcome = await deps.durable.transaction(async (tx) => {
    const moved = await tx.organisations.move(organisation.id, parent.id);
    if (moved !== 'moved') return moved;
    await tx.audit.append(
      organisationEvent('organisation.moved', actor, allowedBy, meta, now, {
        organisation: organisation.id,
        from: organisation.parentId ?? '',
        parent: parent.id,
      }),
    );
    return moved;
  });
  if (outcome === 'cycle') throw invalidInput('parent', 'cycle');
  if (outcome === 'too_deep') throw invalidInput('parent', 'too_deep');
  if (outcome !== 'moved') throw new SesameError('FORBIDDEN', { refusal: 'out_of_scope' });
}

/**
 * An organisation change's audit line (docs/adr/0038 §4): no account concerned, the actor and the
 * role that allowed it, from where, then the change's own facts.
 */
function organisationEvent(
  type: 'organisation.created' | 'organisation.renamed' | 'organisation.moved',
  actor: Actor,
  allowedBy: ScopedRole,
  meta: RequestMeta,
  at: Date,
  details: AuditEvent['details'],
): AuditEvent {
  return {
    type,
    userId: null,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at,
    details: { actor: actor.accountId, role: allowedBy.role, ...details },
  };
}
