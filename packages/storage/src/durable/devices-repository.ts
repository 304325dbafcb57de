import type { DevicePatch, DeviceRecord, DeviceRepository, DeviceStatus } from '@sesame/core';
import { sql, type Kysely, type Selectable, type Updateable } from 'kysely';
import { toDate, toNullableDate, type Database, type DevicesTable } from './database';

export function createDeviceRepository(db: Kysely<Database>): DeviceRepository {
  async function findById(id: string): Promise<DeviceRecord | null> {
    const row = await db.selectFrom('devices').selectAll().where('id', '=', id).executeTakeFirst();
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
          created_at: device.createdAt.toISOString(),
          activated_at: device.activatedAt?.toISOString() ?? null,
          last_used_at: device.lastUsedAt?.toISOString() ?? null,
        })
        .execute();
    },

    findById,

    async listByUser(userId: string): Promise<DeviceRecord[]> {
      const rows = await db
        .selectFrom('devices')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toDeviceRecord);
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

    async recordFailedAnswer(id: string, blockAfter: number) {
      if (!Number.isSafeInteger(blockAfter) || blockAfter < 1) {
        throw new RangeError(`blockAfter must be a positive whole number, got ${blockAfter}`);
      }
      // One statement, so that concurrent wrong answers lose no count: SQLite takes the write
      // lock for it, and PostgreSQL (READ COMMITTED) waits for the row lock, then evaluates SET on
      // the latest row version. Every SET expression reads the row as it was before the UPDATE,
      // hence `+ 1` in the CASE too.
      const row = await db
        .updateTable('devices')
        .set((eb) => ({
          failed_answers: eb('failed_answers', '+', 1),
          status: sql<DeviceStatus>`case when failed_answers + 1 >= ${blockAfter} then 'blocked' else status end`,
        }))
        .where('id', '=', id)
        .returning(['failed_answers', 'status'])
        .executeTakeFirst();
      return row ? { failedAnswers: row.failed_answers, status: row.status } : null;
    },

    async resetFailedAnswers(id: string): Promise<void> {
      await db.updateTable('devices').set({ failed_answers: 0 }).where('id', '=', id).execute();
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
    createdAt: toDate(row.created_at),
    activatedAt: toNullableDate(row.activated_at),
    lastUsedAt: toNullableDate(row.last_used_at),
  };
}
