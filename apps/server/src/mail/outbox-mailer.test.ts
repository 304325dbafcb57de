import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MailOutbox, StoredOutboxMail } from '@sesame/core';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxMailer } from './outbox-mailer';

/** Just enough of the port; the real outboxes are tested in @sesame/storage. */
function memoryOutbox(): MailOutbox {
  const mails: StoredOutboxMail[] = [];
  return {
    append: async (mail) => {
      const id = mails.length + 1;
      mails.push({ ...mail, id });
      return id;
    },
    list: async (limit) => mails.toReversed().slice(0, limit),
    deleteBefore: async () => 0,
  };
}

describe('outbox mailer', () => {
  const now = new Date('2025-03-04T05:06:07.089Z');
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'sesame-outbox-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores the rendered mail and writes it as an .eml MIME message', async () => {
    const outbox = memoryOutbox();
    const dir = join(root, 'not', 'yet', 'there');
    const mailer = createOutboxMailer({
      outbox,
      dir,
      from: 'Sésame <no-reply@sesame.localhost>',
      publicUrl: 'http://localhost:8080',
      clock: { now: () => now },
    });

    await mailer.send({
      to: 'zoe@example.org',
      locale: 'fr',
      template: 'registration-link',
      params: { firstName: 'Zoé', token: 'reg-token', ttlMinutes: 90 },
    });

    const [stored] = await outbox.list(10);
    expect(stored).toMatchObject({ id: 1, to: 'zoe@example.org', createdAt: now });
    expect(stored?.subject).toBe('Sésame\u00a0: confirmez votre adresse électronique');
    expect(stored?.text).toContain('http://localhost:8080/register/confirm?token=reg-token');

    expect(await readdir(dir)).toEqual(['20250304T050607.089Z-1.eml']);
    const eml = await readFile(join(dir, '20250304T050607.089Z-1.eml'));
    // RFC 5322 §2.1: CRLF line endings.
    expect(eml.toString('latin1')).toMatch(/^[^\n]*\r\n/);
    expect(eml.toString('latin1')).not.toMatch(/[^\r]\n/);
    const parsed = await simpleParser(eml);
    expect(parsed.subject).toBe(stored?.subject);
    // The Date header (RFC 5322 §3.3) counts whole seconds.
    expect(parsed.date).toEqual(new Date('2025-03-04T05:06:07Z'));
    expect(parsed.text).toBe(stored?.text);
    expect(parsed.html).toBe(stored?.html);
  });

  it('fails, recording nothing, when the directory cannot be created', async () => {
    const outbox = memoryOutbox();
    const blocker = join(root, 'a-file');
    await writeFile(blocker, '');
    const mailer = createOutboxMailer({
      outbox,
      dir: join(blocker, 'outbox'),
      from: 'x@example.org',
      publicUrl: 'http://localhost:8080',
    });

    await expect(
      mailer.send({
        to: 'zoe@example.org',
        locale: 'en',
        template: 'password-changed',
        params: { firstName: 'Zoé' },
      }),
    ).rejects.toThrow();
    expect(await outbox.list(10)).toEqual([]);
  });
});
