import type { Mailer } from '@sesame/core';
import type { WarnLogger } from '../sessions/session-gate';

/**
 * Hands mails to the transport without making the request wait: an answer that took an SMTP
 * round trip only when an account exists would tell, by its timing, which addresses have one
 * (forgotten password, registration). A failed delivery is logged; `drain` waits for the mails
 * under way (graceful shutdown).
 */
export function createBackgroundMailer(inner: Mailer, log: () => WarnLogger): Mailer & { drain(): Promise<void> } {
  const pending = new Set<Promise<void>>();
  return {
    async send(mail) {
      const delivery = inner
        .send(mail)
        .catch((error: unknown) => log().warn({ err: error, template: mail.template }, 'mail delivery failed'))
        .finally(() => pending.delete(delivery));
      pending.add(delivery);
    },
    async drain() {
      await Promise.all([...pending]);
    },
  };
}
