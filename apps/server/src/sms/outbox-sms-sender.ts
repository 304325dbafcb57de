import { type Clock, maskPhoneNumber, type MailOutbox, type SmsSender } from '@sesame/core';

/**
 * The development SMS sink (issue 13 point 4): nothing leaves the machine. Each text is stored in
 * the durable outbox beside the mails, addressed to the E.164 number, so /dev/outbox shows it
 * (`?to=+33612345678` filters it) and a test reads the code there as it reads a mail's link.
 */
export function createOutboxSmsSender(outbox: MailOutbox, clock: Clock): SmsSender {
  return {
    async send(message) {
      const id = await outbox.append({
        to: message.to,
        subject: `SMS ${maskPhoneNumber(message.to)}`,
        text: message.text,
        html: '',
        createdAt: clock.now(),
      });
      return { status: 'sent', id: String(id) };
    },
  };
}
