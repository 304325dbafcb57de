import {
  SesameError,
  accountSearchKeys,
  type NewUser,
  type UserPatch,
  type UserRecord,
  type UserRepository,
} from '@sesame/core';
import type { Kysely, Selectable, Updateable } from 'kysely';
import { toDate, toNullableDate, type Database, type UsersTable } from './database';
import { preparedQuery } from './prepared-query';
import { isUniqueViolation } from './unique-violation';

const EMAIL_UNIQUE = { table: 'users', column: 'email', constraint: 'users_email_unique' };
const EXTERNAL_ID_UNIQUE = { table: 'users', column: 'external_id', constraint: 'users_external_id_unique' };

// The reads of every sign-in, compiled once (prepared-query.ts).
const byId = preparedQuery((db: Kysely<Database>, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id),
);
const byEmail = preparedQuery((db: Kysely<Database>, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', email),
);

export function createUserRepository(db: Kysely<Database>): UserRepository {
  async function findById(id: string): Promise<UserRecord | null> {
    const [row] = (await byId(db, id)).rows;
    return row ? toUserRecord(row) : null;
  }

  /**
   * A patch of one name: the name keys hold both (docs/adr/0060), so the other is read, and the
   * write applies only if neither changed meanwhile (else it reads again) — two managers editing
   * the first and the last name at once never leave keys of names the account no longer has.
   */
  async function updateOneName(id: string, patch: UserPatch, values: Updateable<UsersTable>): Promise<boolean> {
    for (;;) {
      const current = await db
        .selectFrom('users')
        .select(['first_name', 'last_name'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!current) return false;
      const firstName = patch.firstName ?? current.first_name;
      const lastName = patch.lastName ?? current.last_name;
      const keys = nameKeys(firstName, lastName);
      const result = await db
        .updateTable('users')
        .set({ ...values, ...keys })
        .where('id', '=', id)
        .where('first_name', '=', current.first_name)
        .where('last_name', '=', current.last_name)
        .executeTakeFirst();
      if (result.numUpdatedRows > 0n) return true;
    }
  }

  return {
    async create(user: NewUser): Promise<boolean> {
      try {
        // A taken id is an expected outcome (the caller draws another), not an error: ON CONFLICT
        // keeps it from aborting an enclosing PostgreSQL transaction. A taken e-mail still throws.
        const inserted = await db
          .insertInto('users')
          .values({ ...toInsertRow(user), ...(user.organisationId && { organisation_id: user.organisationId }) })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        return inserted !== undefined;
      } catch (error) {
        throw emailUnavailableOr(error);
      }
    },

    async createMany(users: readonly NewUser[]): Promise<string[]> {
      if (users.length === 0) return [];
      if (users.length > CREATE_MANY_MAX) throw new RangeError(`at most ${CREATE_MANY_MAX} accounts per call`);
      try {
        // One statement: every row names the same columns (SQLite takes no DEFAULT in VALUES), an
        // account never placed has a null organisation, as create() leaves it.
        const inserted = await db
          .insertInto('users')
          .values(users.map((user) => ({ ...toInsertRow(user), organisation_id: user.organisationId ?? null })))
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        return inserted.map((row) => row.id);
      } catch (error) {
        throw emailUnavailableOr(error);
      }
    },

    findById,

    async findByEmail(email: string): Promise<UserRecord | null> {
      const [row] = (await byEmail(db, email)).rows;
      return row ? toUserRecord(row) : null;
    },

    async findByExternalId(externalId: string): Promise<UserRecord | null> {
      const row = await db.selectFrom('users').selectAll().where('external_id', '=', externalId).executeTakeFirst();
      return row ? toUserRecord(row) : null;
    },

    async findMany({ emails, externalIds, ids = [] }): Promise<UserRecord[]> {
      if (emails.length === 0 && externalIds.length === 0 && ids.length === 0) return [];
      if (emails.length > 1_000 || externalIds.length > 1_000 || ids.length > 1_000) {
        throw new RangeError('at most 1,000 of each per call');
      }
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where((eb) =>
          eb.or([
            ...(emails.length > 0 ? [eb('email', 'in', [...emails])] : []),
            ...(externalIds.length > 0 ? [eb('external_id', 'in', [...externalIds])] : []),
            ...(ids.length > 0 ? [eb('id', 'in', [...ids])] : []),
          ]),
        )
        .execute();
      return rows.map(toUserRecord);
    },

    async delete(id: string): Promise<boolean> {
      // Devices, credentials, options and role grants go with the row (ON DELETE CASCADE); the
      // audit keeps its lines under the bare identifier (docs/adr/0035).
      const result = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async recordInvitationSent(id: string, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ invitation_sent_at: at.toISOString() })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async update(id: string, patch: UserPatch): Promise<boolean> {
      const values = toColumns(patch);
      if (Object.keys(values).length === 0) return (await findById(id)) !== null;
      try {
        if ((patch.firstName === undefined) === (patch.lastName === undefined)) {
          const result = await db.updateTable('users').set(values).where('id', '=', id).executeTakeFirst();
          return result.numUpdatedRows > 0n;
        }
        return await updateOneName(id, patch, values);
      } catch (error) {
        throw emailUnavailableOr(error);
      }
    },

    async startRecovery(id, recovery) {
      await db
        .updateTable('users')
        .set(toColumns({ recovery }))
        .where('id', '=', id)
        .where('recovery_started_at', 'is', null)
        .execute();
      return (await findById(id))?.recovery ?? null;
    },

    async shortenRecovery(id, startedAt, readyAt) {
      const result = await db
        .updateTable('users')
        .set({ recovery_ready_at: readyAt.toISOString() })
        .where('id', '=', id)
        .where('recovery_started_at', '=', startedAt.toISOString())
        .where('recovery_ready_at', '>', readyAt.toISOString())
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async count(): Promise<number> {
      const { n } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(n);
    },
  };
}

/** Accounts per createMany (17 parameters each: far below SQLite's 32,766 and PostgreSQL's 65,535). */
const CREATE_MANY_MAX = 1_000;

/** The columns of a new account but its organisation (create() leaves it to the default when absent). */
function toInsertRow(user: NewUser) {
  return {
    id: user.id,
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    email_locale: user.emailLocale,
    password_hash: user.passwordHash,
    organisation: user.organisation,
    roles: JSON.stringify(user.roles),
    created_at: user.createdAt.toISOString(),
    credentials_changed_at: user.createdAt.toISOString(),
    external_id: user.externalId ?? null,
    deactivated_at: user.deactivatedAt?.toISOString() ?? null,
    language_chosen_at: user.languageChosenAt?.toISOString() ?? null,
    invitation_sent_at: user.invitationSentAt?.toISOString() ?? null,
    ...emailKey(user.email),
    ...nameKeys(user.firstName, user.lastName),
  };
}

/** The search key of an e-mail address (docs/adr/0060), written with it. */
function emailKey(email: string) {
  return { search_email: accountSearchKeys({ email, firstName: '', lastName: '' }).email };
}

/** The search keys of the names (docs/adr/0060), written with them. */
function nameKeys(firstName: string, lastName: string) {
  const keys = accountSearchKeys({ email: '', firstName, lastName });
  return { search_first_last: keys.firstLast, search_last_first: keys.lastFirst };
}

function emailUnavailableOr(error: unknown): unknown {
  if (isUniqueViolation(error, EMAIL_UNIQUE)) return new SesameError('EMAIL_UNAVAILABLE', {}, { cause: error });
  if (isUniqueViolation(error, EXTERNAL_ID_UNIQUE)) {
    return new SesameError('EXTERNAL_ID_UNAVAILABLE', {}, { cause: error });
  }
  return error;
}

/** Only the fields present in the patch; an `undefined` value leaves the column alone. */
function toColumns(patch: UserPatch): Updateable<UsersTable> {
  return {
    ...(patch.email !== undefined && { email: patch.email, ...emailKey(patch.email) }),
    ...(patch.firstName !== undefined && { first_name: patch.firstName }),
    ...(patch.lastName !== undefined && { last_name: patch.lastName }),
    // Both names: their keys; one of them: update() reads the other (updateOneName).
    ...(patch.firstName !== undefined && patch.lastName !== undefined && nameKeys(patch.firstName, patch.lastName)),
    ...(patch.emailLocale !== undefined && { email_locale: patch.emailLocale }),
    ...(patch.passwordHash !== undefined && { password_hash: patch.passwordHash }),
    ...(patch.credentialsChangedAt !== undefined && {
      credentials_changed_at: patch.credentialsChangedAt.toISOString(),
    }),
    ...(patch.secondFactorSince !== undefined && {
      second_factor_since: patch.secondFactorSince?.toISOString() ?? null,
    }),
    ...(patch.externalId !== undefined && { external_id: patch.externalId }),
    ...(patch.languageChosenAt !== undefined && { language_chosen_at: patch.languageChosenAt?.toISOString() ?? null }),
    ...(patch.deactivatedAt !== undefined && { deactivated_at: patch.deactivatedAt?.toISOString() ?? null }),
    ...(patch.recovery !== undefined && {
      recovery_started_at: patch.recovery?.startedAt.toISOString() ?? null,
      recovery_ready_at: patch.recovery?.readyAt.toISOString() ?? null,
    }),
  };
}

function toUserRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    emailLocale: row.email_locale,
    passwordHash: row.password_hash,
    organisation: row.organisation,
    roles: JSON.parse(row.roles) as string[],
    createdAt: toDate(row.created_at),
    credentialsChangedAt: toDate(row.credentials_changed_at),
    secondFactorSince: toNullableDate(row.second_factor_since),
    recovery:
      row.recovery_started_at !== null && row.recovery_ready_at !== null
        ? { startedAt: toDate(row.recovery_started_at), readyAt: toDate(row.recovery_ready_at) }
        : null,
    externalId: row.external_id,
    deactivatedAt: toNullableDate(row.deactivated_at),
    languageChosenAt: toNullableDate(row.language_chosen_at),
  };
}
