import type { DevicePatch, DeviceRecord, DeviceRepository } from '@sesame/core';
import { type Kysely, type Selectable, type Updateable } from 'kysely';
import { toDate, toNullableDate, type Database, type DevicesTable } from './database';
import { preparedQuery } from './prepared-query';

// The statements of every app sign-in, compiled once (prepared-query.ts).
const byId = preparedQuery((db: Kysely<Database>, id: string) =>
  db.selectFrom('devices').selectAll().where('id', '=', id),
);
const ofUser = preparedQuery((db: Kysely<Database>, userId: string) =>
  db.selectFrom('devices').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id'),
);
const reserve = preparedQuery((db: Kysely<Database>, id: string, blockAfter: number, nowIso: string) =>
  db
    .updateTable('devices')
    .set((eb) => ({ failed_answers: eb('failed_answers', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'active')
    .where('failed_answers', '<', blockAfter)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', nowIso)]))
    .returning(['failed_answers', 'blocks']),
);
const rightAnswer = preparedQuery((db: Kysely<Database>, id: string, usedAtIso: string) =>
  db
    .updateTable('devices')
    .set({ failed_answers: 0, blocks: 0, blocked_until: null, last_used_at: usedAtIso })
    .where('id', '=', id),
);

export function createDeviceRepository(db: Kysely<Database>): DeviceRepository {
  async function findById(id: string): Promise<DeviceRecord | null> {
    const [row] = (await byId(db, id)).rows;
    return row ? toDeviceRecord(row) : null;
  }

  return {
    async create(device: DeviceRecord): Promise<void> {
      // An unknown user is refused by the foreign key, with the driver's error.
      await db
        .insertInto('devices')
        .values({
          id: device.id,
          user_id: device.userId,
          name: device.name,
          installation_id: device.installationId,
          public_key_jwk: device.publicKeyJwk,
          secret_key_id: device.secretKeyId,
          secret_ciphertext: device.secretCiphertext,
          push_subscription: device.pushSubscription,
          status: device.status,
          failed_answers: device.failedAnswers,
          blocked_until: device.blockedUntil?.toISOString() ?? null,
          blocks: device.blocks,
          created_at: device.createdAt.toISOString(),
          activated_at: device.activatedAt?.toISOString() ?? null,
          last_used_at: device.lastUsedAt?.toISOString() ?? null,
        })
        .execute();
    },

    findById,

    async listByUser(userId: string): Promise<DeviceRecord[]> {
      return (await ofUser(db, userId)).rows.map(toDeviceRecord);
    },

    async listByInstallation(installationId: string): Promise<DeviceRecord[]> {
      const rows = await db
        .selectFrom('devices')
        .selectAll()
        .where('installation_id', '=', installationId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDeviceRecord);
    },

    async update(id: string, patch: DevicePatch): Promise<boolean> {
      const values = toColumns(patch);
      if (Object.keys(values).length === 0) return (await findById(id)) !== null;
      const result = await db.updateTable('devices').set(values).where('id', '=', id).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async reserveAnswer(id: string, blockAfter: number, now: Date) {
      checkBlockAfter(blockAfter);
      // Issue 10: one conditional statement reserves the answer BEFORE it is checked, so that a
      // burst of parallel answers gets at most `blockAfter` reservations: SQLite takes the write
      // lock for it; PostgreSQL (READ COMMITTED) waits for the row lock, then re-evaluates the
      // WHERE on the latest row version.
      const [row] = (await reserve(db, id, blockAfter, now.toISOString())).rows;
      return row ? { failedAnswers: row.failed_answers, blocks: row.blocks } : null;
    },

    async refundAnswer(id: string): Promise<void> {
      await db
        .updateTable('devices')
        .set((eb) => ({ failed_answers: eb('failed_answers', '-', 1) }))
        .where('id', '=', id)
        .where('failed_answers', '>', 0)
        .execute();
    },

    async blockDevice(id: string, until: Date, blockAfter: number): Promise<void> {
      checkBlockAfter(blockAfter);
      await db
        .updateTable('devices')
        .set((eb) => ({
          blocked_until: until.toISOString(),
          blocks: eb('blocks', '+', 1),
          failed_answers: blockAfter - 1,
        }))
        .where('id', '=', id)
        .execute();
    },

    async recordRightAnswer(id: string, usedAt: Date): Promise<void> {
      await rightAnswer(db, id, usedAt.toISOString());
    },

    async delete(id: string): Promise<boolean> {
      const result = await db.deleteFrom('devices').where('id', '=', id).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async deleteAllOfUser(userId: string): Promise<number> {
      const result = await db.deleteFrom('devices').where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    async deletePendingBefore(before: Date): Promise<number> {
      // ISO-8601 in UTC ('…Z'), as written: SQLite's text compares in time order, PostgreSQL casts it.
      const result = await db
        .deleteFrom('devices')
        .where('status', '=', 'pending')
        .where('created_at', '<', before.toISOString())
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function checkBlockAfter(blockAfter: number): void {
  if (!Number.isSafeInteger(blockAfter) || blockAfter < 1) {
    throw new RangeError(`blockAfter must be a positive whole number, got ${blockAfter}`);
  }
}

/**
 * Only the fields present in the patch; an `undefined` value leaves the column alone, while `null`
 * clears a nullable one.
 */
function toColumns(patch: DevicePatch): Updateable<DevicesTable> {
  return {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.status !== undefined && { status: patch.status }),
    ...(patch.pushSubscription !== undefined && { push_subscription: patch.pushSubscription }),
    ...(patch.activatedAt !== undefined && { activated_at: patch.activatedAt?.toISOString() ?? null }),
    ...(patch.lastUsedAt !== undefined && { last_used_at: patch.lastUsedAt?.toISOString() ?? null }),
    ...(patch.secretKeyId !== undefined && { secret_key_id: patch.secretKeyId }),
    ...(patch.secretCiphertext !== undefined && { secret_ciphertext: patch.secretCiphertext }),
  };
}

function toDeviceRecord(row: Selectable<DevicesTable>): DeviceRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    installationId: row.installation_id,
    publicKeyJwk: row.public_key_jwk,
    secretKeyId: row.secret_key_id,
    secretCiphertext: row.secret_ciphertext,
    pushSubscription: row.push_subscription,
    status: row.status,
    failedAnswers: row.failed_answers,
    blockedUntil: toNullableDate(row.blocked_until),
    blocks: row.blocks,
    createdAt: toDate(row.created_at),
    activatedAt: toNullableDate(row.activated_at),
    lastUsedAt: toNullableDate(row.last_used_at),
  };
}
