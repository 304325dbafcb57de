import type { AddressInfo } from 'node:net';
import type { MailRequest } from '@sesame/core';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmtpMailer } from './smtp-mailer';

interface Received {
  rcptTo: string[];
  raw: Buffer;
}

/** A real SMTP server on a free loopback port; STARTTLS is off as there is no certificate. */
async function startInbox(options: Partial<SMTPServerOptions> = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const publicUrl = 'https://sesame.example.org';
const from = 'Sésame <no-reply@sesame.example.org>';
const resetRequest: MailRequest = {
  to: 'ada@example.org',
  locale: 'en',
  template: 'password-reset',
  params: { firstName: 'Ada', token: 'reset-token-123', ttlMinutes: 90 },
};

function firstAddress(field: AddressObject | AddressObject[] | undefined) {
  return (Array.isArray(field) ? field[0] : field)?.value[0];
}

describe('SMTP mailer', () => {
  let inbox: Awaited<ReturnType<typeof startInbox>>;
  let refusing: Awaited<ReturnType<typeof startInbox>>;
  let mailer: ReturnType<typeof createSmtpMailer>;
  let refusedMailer: ReturnType<typeof createSmtpMailer>;

  beforeAll(async () => {
    inbox = await startInbox();
    refusing = await startInbox({
      onRcptTo(_address, _session, callback) {
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      },
    });
    mailer = createSmtpMailer({ smtpUrl: inbox.smtpUrl, from, publicUrl });
    refusedMailer = createSmtpMailer({ smtpUrl: refusing.smtpUrl, from, publicUrl });
  });

  afterAll(async () => {
    mailer.close();
    refusedMailer.close();
    await Promise.all([inbox.close(), refusing.close()]);
  });

  it('delivers the rendered mail, text and HTML, to the recipient', async () => {
    await mailer.send(resetRequest);

    expect(inbox.received).toHaveLength(1);
    const [delivered] = inbox.received;
    expect(delivered?.rcptTo).toEqual(['ada@example.org']);
    const parsed = await simpleParser(delivered!.raw);
    expect(firstAddress(parsed.from)).toMatchObject({
      name: 'Sésame',
      address: 'no-reply@sesame.example.org',
    });
    expect(firstAddress(parsed.to)).toMatchObject({ address: 'ada@example.org' });
    expect(parsed.subject).toBe('Sésame: choose a new password');
    const link = 'https://sesame.example.org/password/reset?token=reset-token-123';
    expect(parsed.text).toContain('Hello Ada,');
    expect(parsed.text).toContain(link);
    expect(parsed.html).toContain('<html lang="en">');
    expect(parsed.html).toContain(`href="${link}"`);
  });

  it('rejects when the server refuses the recipient', async () => {
    await expect(refusedMailer.send(resetRequest)).rejects.toMatchObject({
      code: 'EENVELOPE',
      message: expect.stringContaining('No such user here'),
    });
    expect(refusing.received).toHaveLength(0);
  });
});
