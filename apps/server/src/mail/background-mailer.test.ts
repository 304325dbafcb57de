import type { MailRequest, Mailer } from '@sesame/core';
import { describe, expect, it } from 'vitest';
import { createBackgroundMailer } from './background-mailer';

const mail: MailRequest = {
  template: 'password-changed',
  to: 'a@example.org',
  locale: 'en',
  params: { firstName: 'A' },
};

describe('background mailer', () => {
  it('returns before the transport has finished, and drain waits for it', async () => {
    let release!: () => void;
    const sent: MailRequest[] = [];
    const slow: Mailer = {
      send: (m) => new Promise<void>((resolve) => (release = () => (sent.push(m), resolve()))),
    };
    const mailer = createBackgroundMailer(slow, () => ({ warn: () => {} }));
    await mailer.send(mail);
    expect(sent).toEqual([]);
    const drained = mailer.drain();
    release();
    await drained;
    expect(sent).toEqual([mail]);
  });

  it('logs a failed delivery instead of failing the request', async () => {
    const warnings: string[] = [];
    const failing: Mailer = { send: async () => Promise.reject(new Error('550 refused')) };
    const mailer = createBackgroundMailer(failing, () => ({ warn: (_d, message) => warnings.push(message) }));
    await expect(mailer.send(mail)).resolves.toBeUndefined();
    await mailer.drain();
    expect(warnings).toEqual(['mail delivery failed']);
  });
});
