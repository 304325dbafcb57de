import { sql, type Kysely } from 'kysely';

/**
 * Migration 0007 for both dialects (issue 14 point 1, docs/adr/0033), written once because the
 * two differ in one index only.
 *
 * - `organisations`: a materialised path (`/root/dgal/ddpp-35/`): the subtree of an organisation
 *   is `path LIKE '<its path>%'` — ids hold no LIKE wildcard (organisation.ts) — and its ancestry
 *   is its path split. The root is created here.
 * - `users.organisation_id`: nullable, NULL meaning the root, so that every existing account stays
 *   valid with no rewrite of the table (SQLite refuses to add a REFERENCES column with a non-NULL
 *   default); the repository reads NULL as the root.
 * - `role_assignments`: (account, role, scope organisation); the grant goes with its account. The
 *   `admin` role that accounts could hold before (stored, never used) becomes an administrator at
 *   the root.
 */
export async function createOrganisationTables(db: Kysely<unknown>, dialect: 'sqlite' | 'postgres'): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', dialect === 'postgres' ? 'timestamptz' : 'text', (c) => c.notNull())
    .addCheckConstraint('organisations_root_check', sql`(parent_id is null) = (id = 'root')`)
    .execute();
  await db.schema.createIndex('organisations_parent').on('organisations').column('parent_id').execute();
  if (dialect === 'postgres') {
    // LIKE 'prefix%' uses a b-tree index under a non-C collation only with the pattern operator class.
    await sql`create index organisations_path_pattern on organisations (path text_pattern_ops)`.execute(db);
  }
  await sql`insert into organisations (id, parent_id, kind, name, path, created_at)
    values ('root', null, 'root', 'Sésame', '/root/', ${new Date().toISOString()})`.execute(db);

  await db.schema
    .alterTable('users')
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .execute();
  await db.schema.createIndex('users_organisation').on('users').column('organisation_id').execute();
  // The console's account search (account-directory.ts): the listing order, and a prefix of the
  // e-mail, first or last name without regard to case.
  await db.schema.createIndex('users_listing').on('users').columns(['last_name', 'first_name', 'id']).execute();
  for (const column of ['email', 'first_name', 'last_name']) {
    const index = sql.id(`users_${column}_lower`);
    await (
      dialect === 'postgres'
        ? sql`create index ${index} on users (lower(${sql.ref(column)}) text_pattern_ops)`
        : sql`create index ${index} on users (lower(${sql.ref(column)}))`
    ).execute(db);
  }

  await db.schema
    .createTable('role_assignments')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('scope_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('granted_at', dialect === 'postgres' ? 'timestamptz' : 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('role_assignments_pk', ['user_id', 'role', 'scope_id'])
    .addCheckConstraint(
      'role_assignments_role_check',
      sql`role in ('administrator', 'local_manager', 'helpdesk', 'auditor')`,
    )
    .addCheckConstraint('role_assignments_admin_root_check', sql`role <> 'administrator' or scope_id = 'root'`)
    .execute();
  await db.schema.createIndex('role_assignments_scope').on('role_assignments').column('scope_id').execute();

  await sql`insert into role_assignments (user_id, role, scope_id, granted_at)
    select id, 'administrator', 'root', ${new Date().toISOString()} from users where roles like '%"admin"%'`.execute(
    db,
  );
}
