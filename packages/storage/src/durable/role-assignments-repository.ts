import {
  checkGrantScope,
  ROOT_ORGANISATION_ID,
  type AccountGrant,
  type RoleAssignment,
  type RoleAssignmentRepository,
} from '@sesame/core';
import type { Kysely } from 'kysely';
import type { Database } from './database';
import { BATCH_MAX, fromPathText } from './organisations-repository';

/** ports/organisation-repository.ts RoleAssignmentRepository over Kysely (migration 0007). */
export function createRoleAssignmentRepository(db: Kysely<Database>): RoleAssignmentRepository {
  return {
    async grant(assignment: RoleAssignment, at: Date): Promise<boolean> {
      // An administrator holds everything (core roles.ts): never a narrower scope. The table checks it too.
      if (!checkGrantScope(assignment.role, assignment.scopeId, ROOT_ORGANISATION_ID)) {
        throw new Error('An administrator’s scope is the root organisation');
      }
      const [account, scope] = await Promise.all([
        db.selectFrom('users').select('id').where('id', '=', assignment.userId).executeTakeFirst(),
        db.selectFrom('organisations').select('id').where('id', '=', assignment.scopeId).executeTakeFirst(),
      ]);
      if (!account || !scope) return false;
      await db
        .insertInto('role_assignments')
        .values({
          user_id: assignment.userId,
          role: assignment.role,
          scope_id: assignment.scopeId,
          granted_at: at.toISOString(),
        })
        // Granting a held role again keeps the first grant (idempotent).
        .onConflict((oc) => oc.doNothing())
        .execute();
      return true;
    },

    async revoke(assignment: RoleAssignment): Promise<boolean> {
      const result = await db
        .deleteFrom('role_assignments')
        .where('user_id', '=', assignment.userId)
        .where('role', '=', assignment.role)
        .where('scope_id', '=', assignment.scopeId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async listForAccount(userId: string): Promise<AccountGrant[]> {
      const rows = await db
        .selectFrom('role_assignments')
        .innerJoin('organisations', 'organisations.id', 'role_assignments.scope_id')
        .select(['role_assignments.role', 'role_assignments.scope_id', 'organisations.path'])
        .where('role_assignments.user_id', '=', userId)
        .orderBy('role_assignments.role')
        .orderBy('organisations.path')
        .execute();
      return rows.map((row) => ({ userId, role: row.role, scopeId: row.scope_id, scopePath: fromPathText(row.path) }));
    },

    async listForAccounts(userIds: readonly string[]): Promise<Map<string, AccountGrant[]>> {
      if (userIds.length === 0) return new Map();
      if (userIds.length > BATCH_MAX) throw new RangeError(`at most ${BATCH_MAX} accounts per call`);
      const rows = await db
        .selectFrom('role_assignments')
        .innerJoin('organisations', 'organisations.id', 'role_assignments.scope_id')
        .select([
          'role_assignments.user_id',
          'role_assignments.role',
          'role_assignments.scope_id',
          'organisations.path',
        ])
        .where('role_assignments.user_id', 'in', [...userIds])
        // listForAccount's order within each account.
        .orderBy('role_assignments.role')
        .orderBy('organisations.path')
        .execute();
      const grants = new Map<string, AccountGrant[]>();
      for (const row of rows) {
        const grant = { userId: row.user_id, role: row.role, scopeId: row.scope_id, scopePath: fromPathText(row.path) };
        const held = grants.get(row.user_id);
        if (held) held.push(grant);
        else grants.set(row.user_id, [grant]);
      }
      return grants;
    },
  };
}
