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
  | { template: 'devices-panic-link'; params: { firstName: string; token: string; ttlMinutes: number } }
  | { template: 'account-locked'; params: { firstName: string; minutes: number } }
  /** A device became active (NIST SP 800-63B rev 3 §6.1.2.1: notify the binding by an independent channel). */
  | { template: 'device-enrolled'; params: { firstName: string; deviceName: string } }
);

export type MailTemplate = MailRequest['template'];

export interface Mailer {
  send(mail: MailRequest): Promise<void>;
}
