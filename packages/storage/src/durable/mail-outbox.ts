import type { MailOutbox, OutboxMail, StoredOutboxMail } from '@sesame/core';
import type { Kysely } from 'kysely';
import { toDate, type Database } from './database';

export function createMailOutbox(db: Kysely<Database>): MailOutbox {
  return {
    async append(mail: OutboxMail): Promise<number> {
      const { id } = await db
        .insertInto('outbox_mail')
        .values({
          recipient: mail.to,
          subject: mail.subject,
          text_body: mail.text,
          html_body: mail.html,
          created_at: mail.createdAt.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(id);
    },

    async list(limit: number): Promise<StoredOutboxMail[]> {
      const rows = await db.selectFrom('outbox_mail').selectAll().orderBy('id', 'desc').limit(limit).execute();
      return rows.map((row) => ({
        id: Number(row.id),
        to: row.recipient,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        createdAt: toDate(row.created_at),
      }));
    },

    async deleteBefore(before: Date, limit: number): Promise<number> {
      // One bounded batch of the oldest (docs/adr/0014); ISO-8601 UTC text, as written.
      const batch = db
        .selectFrom('outbox_mail')
        .select('id')
        .where('created_at', '<', before.toISOString())
        .orderBy('id')
        .limit(limit);
      const result = await db.deleteFrom('outbox_mail').where('id', 'in', batch).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
