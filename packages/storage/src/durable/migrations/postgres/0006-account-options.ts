import { sql, type Kysely } from 'kysely';

/**
 * "Configure my account" (issue 13 point 5, docs/adr/0031; ports/account-options-repository.ts):
 * one row per account that changed an option or signed in with a second factor. Flags are
 * integers 0/1 in both dialects (one row type); the row goes with its account (ON DELETE CASCADE).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const flag = (name: string) => sql`${sql.ref(name)} in (0, 1)`;
  await db.schema
    .createTable('account_options')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('always_second_factor', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('warn_on_application', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notify_new_browser', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('preferred_method', 'text')
    .addColumn('last_used_method', 'text')
    .addCheckConstraint('account_options_always_check', flag('always_second_factor'))
    .addCheckConstraint('account_options_warn_check', flag('warn_on_application'))
    .addCheckConstraint('account_options_browser_check', flag('notify_new_browser'))
    .execute();
}
