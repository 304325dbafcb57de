import { sql, type Kysely } from 'kysely';

/**
 * The second factors other than the Sésame app (ports/credential-repository.ts, docs/adr/0027):
 * one row per credential, whatever its kind. `counter` is a bigint: a WebAuthn sign count is 32 bits unsigned.
 * A credential goes with its account (ON DELETE CASCADE); an external id (WebAuthn credential id,
 * SMS number) is unique per kind — NULLs, which TOTP and recovery codes have, never collide.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('credentials')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text')
    .addColumn('secret_key_id', 'text')
    .addColumn('secret_ciphertext', 'text')
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('counter', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addUniqueConstraint('credentials_kind_external_id_key', ['kind', 'external_id'])
    .addCheckConstraint('credentials_kind_check', sql`kind in ('totp', 'recovery-code', 'webauthn', 'sms')`)
    .addCheckConstraint('credentials_status_check', sql`status in ('pending', 'active')`)
    // A sealed secret is both its key id and its ciphertext, or neither.
    .addCheckConstraint('credentials_secret_check', sql`(secret_key_id is null) = (secret_ciphertext is null)`)
    .execute();
  await db.schema.createIndex('credentials_user_id').on('credentials').columns(['user_id', 'kind']).execute();
}
