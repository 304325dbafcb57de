import type { CapturedMail, SmtpCapture } from '../../support/stack';

/**
 * One person's mailbox in the SMTP capture, read by position: `mark()` remembers what has
 * arrived so far, `since(mark)` and `waitSince(mark)` look only at what came after — "a mail
 * arrived after the block" is then a fact about time, whatever the mail's words.
 */
export class Mailbox {
  constructor(
    private readonly smtp: SmtpCapture,
    readonly address: string,
  ) {}

  mark(): number {
    return this.smtp.mails.length;
  }

  since(mark: number): CapturedMail[] {
    return this.smtp.mails.slice(mark).filter((mail) => mail.to.includes(this.address.toLowerCase()));
  }

  /** The first mail to this address after `mark` (matching `predicate`), or null after `timeoutMs`. */
  async waitSince(
    mark: number,
    predicate: (mail: CapturedMail) => boolean = () => true,
    timeoutMs = 5_000,
  ): Promise<CapturedMail | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mail = this.since(mark).find(predicate);
      if (mail) return mail;
      if (Date.now() >= deadline) return null;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** A portal link (`base` + `path`…) in a mail's text, or undefined. */
  static linkIn(mail: CapturedMail, base: string): string[] {
    const escaped = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return [...mail.text.matchAll(new RegExp(`${escaped}[^\\s<>"')\\]]*`, 'g'))].map((match) => match[0]);
  }
}
