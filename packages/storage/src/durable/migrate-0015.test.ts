import { sql, type Kysely } from 'kysely';
import { describe, expect } from 'vitest';
import { itMigratesOnBothBackends } from '../../test/migration-kit';
import { toNullableDate, type Database } from './database';

type Migration = { up(db: Kysely<unknown>): Promise<void> };

const CREATED = '2026-11-01T09:00:00.000Z';

/**
 * Each account written under 0014 with its audit history, and the `invitation_sent_at` 0015 must
 * backfill: the time core `invitationExpiresAt` read from the history until now (docs/adr/0054 §6).
 */
const ACCOUNTS: ReadonlyArray<{
  id: string;
  passwordHash: string;
  audit: ReadonlyArray<[type: string, at: string, details: object]>;
  expected: string | null;
}> = [
  // Invited, then sent again twice: the newest sending.
  {
    id: 'resent',
    passwordHash: '!invited',
    audit: [
      ['account.invited', '2026-11-01T09:00:00.000Z', { actor: 'lm35', source: 'console' }],
      ['account.password_reset_sent', '2026-11-10T14:00:00.000Z', { actor: 'lm35', invitation: true }],
      ['account.password_reset_sent', '2026-11-20T08:30:00.000Z', { actor: 'lm35', invitation: true }],
    ],
    expected: '2026-11-20T08:30:00.000Z',
  },
  // A helpdesk reset link (no `invitation`) and other lines are not invitations.
  {
    id: 'reset-only',
    passwordHash: '!invited',
    audit: [
      ['account.invited', '2026-11-02T10:00:00.000Z', { actor: 'lm35', source: 'import' }],
      ['account.password_reset_sent', '2026-11-25T10:00:00.000Z', { actor: 'hd35' }],
      ['account.moved', '2026-11-26T10:00:00.000Z', { actor: 'lm35', invitation: true }],
    ],
    expected: '2026-11-02T10:00:00.000Z',
  },
  // Its history purged: the account's creation.
  { id: 'purged', passwordHash: '!invited', audit: [], expected: CREATED },
  // Its owner chose a password: nothing pending, nothing written.
  {
    id: 'active',
    passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y',
    audit: [['account.invited', '2026-11-03T10:00:00.000Z', { actor: 'lm35' }]],
    expected: null,
  },
];

async function checkMigration(
  db: Kysely<Database>,
  dialect: 'sqlite' | 'postgres',
  before: readonly Migration[],
  migration: Migration,
) {
  for (const m of before) await m.up(db as Kysely<unknown>);
  for (const account of ACCOUNTS) {
    await sql`
      insert into users (id, email, first_name, last_name, email_locale, password_hash, organisation, roles,
                         created_at, credentials_changed_at)
      values (${account.id}, ${`${account.id}@example.eu`}, 'A', 'B', 'fr', ${account.passwordHash}, null, '[]',
              ${CREATED}, ${CREATED})
    `.execute(db);
    for (const [type, at, details] of account.audit) {
      await sql`
        insert into audit_events (type, user_id, ip, user_agent, at, details)
        values (${type}, ${account.id}, null, null, ${at}, ${JSON.stringify(details)})
      `.execute(db);
    }
  }
  // Another account's invitation, later than all: never counted for these.
  await sql`
    insert into audit_events (type, user_id, ip, user_agent, at, details)
    values ('account.invited', 'someone-else', null, null, '2026-12-05T00:00:00.000Z', '{}')
  `.execute(db);

  await migration.up(db as Kysely<unknown>);

  const rows = await db.selectFrom('users').select(['id', 'invitation_sent_at']).orderBy('id').execute();
  const got = Object.fromEntries(rows.map((r) => [r.id, toNullableDate(r.invitation_sent_at)?.toISOString() ?? null]));
  expect(got, dialect).toEqual(Object.fromEntries(ACCOUNTS.map((a) => [a.id, a.expected])));
}

describe('migration 0015 (when the last invitation was sent)', () => {
  itMigratesOnBothBackends(
    '0015-invitation-sent',
    'backfills the accounts still invited from their audit history, else their creation',
    checkMigration,
  );
});
