/**
 * The roles of issue 14 point 1 (docs/adr/0033). A role is always held over a scope: an
 * organisation and its subtree. The administrator's scope is the root (everything).
 */
export const ROLES = ['administrator', 'local_manager', 'helpdesk', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** A stored grant: `userId` holds `role` over the organisation `scopeId` and its subtree. */
export interface RoleAssignment {
  readonly userId: string;
  readonly role: Role;
  readonly scopeId: string;
}

/** A grant as authorise() needs it: the role and its scope's ancestry (root … scope). */
export interface ScopedRole {
  readonly role: Role;
  /** The ids from the root down to the scope organisation, itself included. */
  readonly scopePath: readonly string[];
}

export function scopeIdOf(grant: ScopedRole): string {
  const id = grant.scopePath.at(-1);
  if (id === undefined) throw new Error('A scope path is never empty');
  return id;
}

/** An administrator holds everything (issue 14 point 1): its only scope is the root. */
export function checkGrantScope(role: Role, scopeId: string, rootId: string): boolean {
  return role !== 'administrator' || scopeId === rootId;
}
