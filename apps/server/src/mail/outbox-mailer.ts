import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { systemClock, type Clock, type Mailer, type MailOutbox } from '@sesame/core';
import { createTransport } from 'nodemailer';
import type { Branding } from '../branding/branding';
import { renderMail } from './render-mail';

export interface OutboxMailerOptions {
  outbox: MailOutbox;
  /** Where each mail is also written as an `.eml` file (created when missing). */
  dir: string;
  from: string;
  publicUrl: string;
  /** Name and support contact for the mails' footer; absent, Sésame's own (DEFAULT_BRANDING). */
  branding?: Branding;
  clock?: Clock;
}

/**
 * The development sink: nothing leaves the machine. Each mail is stored in the durable outbox
 * (shown by /dev/outbox) and written to `dir` as a complete MIME message that any mail client
 * opens, so the HTML part can be checked as recipients will see it.
 */
export function createOutboxMailer(options: OutboxMailerOptions): Mailer {
  const clock = options.clock ?? systemClock;
  // RFC 5322 §2.1: lines end in CRLF; nodemailer's stream transport writes LF unless told.
  const composer = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  return {
    async send(request) {
      const mail = renderMail(request, { publicUrl: options.publicUrl, branding: options.branding });
      const createdAt = clock.now();
      const built = await composer.sendMail({ from: options.from, date: createdAt, ...mail });
      // `buffer: true` above makes the message a Buffer rather than a stream.
      const eml = built.message as Buffer;
      // A missing or unwritable directory fails the send before the outbox records anything.
      await mkdir(options.dir, { recursive: true });
      const id = await options.outbox.append({ ...mail, createdAt });
      // ISO 8601 basic format: sorts by time and has no `:`, which some file systems refuse.
      const stamp = createdAt.toISOString().replace(/[-:]/g, '');
      await writeFile(join(options.dir, `${stamp}-${id}.eml`), eml);
    },
  };
}
