import type { Locale } from '@sesame/protocol';

/**
 * What the domain asks to send. The server renders each template in `locale` (text + HTML)
 * and builds the URLs from the tokens; the domain never formats mail.
 */
export type MailRequest = { to: string; locale: Locale } & (
  | { template: 'registration-link'; params: { firstName: string; token: string; ttlMinutes: number } }
  | { template: 'registration-existing'; params: { firstName: string } }
  | { template: 'password-reset'; params: { firstName: string; token: string; ttlMinutes: number } }
  | { template: 'password-changed'; params: { firstName: string } }
  | { template: 'email-change-link'; params: { firstName: string; token: string; ttlMinutes: number } }
  | { template: 'email-change-notice'; params: { firstName: string; newEmail: string } }
  | { template: 'account-locked'; params: { firstName: string; minutes: number } }
);

export type MailTemplate = MailRequest['template'];

export interface Mailer {
  send(mail: MailRequest): Promise<void>;
}
