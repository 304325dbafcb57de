import type { Mailer } from '@sesame/core';
import { createTransport } from 'nodemailer';
import type { Branding } from '../branding/branding';
import { renderMail } from './render-mail';

export interface SmtpMailerOptions {
  /** e.g. `smtp://user:pass@host:587`; nodemailer reads its options from the URL. */
  smtpUrl: string;
  from: string;
  publicUrl: string;
  /** Name and support contact for the mails' footer; absent, Sésame's own (DEFAULT_BRANDING). */
  branding?: Branding;
}

/**
 * Sends each mail through the configured SMTP server, as text with an HTML alternative.
 * `send` resolves once the server has accepted the message and rejects when it refuses it (or
 * the recipient), so callers can fail the whole action instead of leaving it half-done.
 */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer & { close(): void } {
  const transport = createTransport(options.smtpUrl);
  return {
    async send(request) {
      const mail = renderMail(request, { publicUrl: options.publicUrl, branding: options.branding });
      await transport.sendMail({ from: options.from, ...mail });
    },
    close: () => transport.close(),
  };
}
