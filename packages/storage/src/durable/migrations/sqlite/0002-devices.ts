import { sql, type Kysely } from 'kysely';

/**
 * The app installations enrolled on accounts (ports/device-repository.ts). Instants are ISO-8601
 * text, as in 0001. The foreign key holds because open-sqlite.ts turns `foreign_keys` on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('installation_id', 'text', (c) => c.notNull())
    .addColumn('public_key_jwk', 'text', (c) => c.notNull())
    .addColumn('secret_key_id', 'text', (c) => c.notNull())
    .addColumn('secret_ciphertext', 'text', (c) => c.notNull())
    .addColumn('push_subscription', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('failed_answers', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('activated_at', 'text')
    .addColumn('last_used_at', 'text')
    .addCheckConstraint('devices_status_check', sql`status in ('pending', 'active', 'blocked')`)
    .execute();
  await db.schema.createIndex('devices_user_id').on('devices').column('user_id').execute();
  await db.schema.createIndex('devices_installation_id').on('devices').column('installation_id').execute();
}
