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
  /**
   * A manager created the account (issue 14 point 2, docs/adr/0035): `token` is a password-reset
   * link (the same page) that lives `ttlDays`; `organisation` is the organisation's name.
   */
  | { template: 'invitation'; params: { firstName: string; token: string; ttlDays: number; organisation: string } }
  | { template: 'email-change-link'; params: { firstName: string; token: string; ttlMinutes: number } }
  | { template: 'email-change-notice'; params: { firstName: string; newEmail: string } }
  | { template: 'devices-panic-link'; params: { firstName: string; token: string; ttlMinutes: number } }
  | { template: 'account-locked'; params: { firstName: string; minutes: number } }
  /** The account's consecutive failures reached the cap: locked until a password reset (docs/adr/0063). */
  | { template: 'account-locked-until-reset'; params: { firstName: string } }
  /** A device became active (NIST SP 800-63B rev 3 §6.1.2.1: notify the binding by an independent channel). */
  | { template: 'device-enrolled'; params: { firstName: string; deviceName: string } }
  /**
   * A device was blocked by wrong answers (issue 10): which, until when, from where; `token` is a
   * password-reset link — "this was not me": someone knows the password.
   */
  | {
      template: 'device-blocked';
      params: {
        firstName: string;
        deviceName: string;
        /** ISO-8601 instant. */
        blockedUntil: string;
        ip: string;
        browser: string;
        token: string;
        ttlMinutes: number;
      };
    }
  /**
   * Wrong codes typed after a right password blocked an authenticator app, SMS or the recovery
   * codes (issue 10 point 1 for issue 13's methods; ASVS 5.0 6.3.5): which, until when, from
   * where; `token` is a password-reset link — "this was not me": someone knows the password.
   */
  | {
      template: 'second-factor-blocked';
      params: {
        firstName: string;
        method: 'totp' | 'sms' | 'recovery-code';
        /** ISO-8601 instant. */
        blockedUntil: string;
        ip: string;
        browser: string;
        token: string;
        ttlMinutes: number;
      };
    }
  /** A device was deleted, by any path (issue 10: the owner hears of every change to their factors). */
  | { template: 'device-deleted'; params: { firstName: string; deviceName: string; ip: string; browser: string } }
  /** "I no longer have my phone", step 1: the link that starts the waiting period. */
  | { template: 'recovery-link'; params: { firstName: string; token: string; ttlMinutes: number } }
  /** Step 2: the waiting period started; `token` cancels it. `readyAt` is ISO-8601. */
  | {
      template: 'recovery-started';
      params: { firstName: string; readyAt: string; ip: string; browser: string; token: string };
    }
  | { template: 'recovery-cancelled'; params: { firstName: string } }
  /** The helpdesk checked the owner's identity and ended the waiting period (docs/adr/0041 §4); `token` cancels. */
  | { template: 'recovery-expedited'; params: { firstName: string; token: string } }
  /** The helpdesk removed every second factor (issue 14, SEC-28): the owner adds a new one at the next sign-in. */
  /** `token`: the checked recovery link (docs/adr/0040), valid `ttlHours`. */
  | { template: 'second-factor-reset'; params: { firstName: string; token: string; ttlHours: number } }
  /** An administrative role granted or taken back (issue 14 point 1, docs/adr/0038): the owner is told. */
  | {
      template: 'role-changed';
      params: {
        firstName: string;
        change: 'granted' | 'revoked';
        role: 'administrator' | 'local_manager' | 'helpdesk' | 'auditor';
        organisation: string;
      };
    }
  /** Step 3: a new device is active through the recovery. */
  | { template: 'recovery-completed'; params: { firstName: string; deviceName: string } }
  /**
   * Recovery codes were made (SEC-27: a new authenticator is told by an independent channel;
   * docs/adr/0028): how many, how many earlier codes this set replaced (0: the first set; else the
   * old ones no longer work), from where.
   */
  | {
      template: 'recovery-codes-generated';
      params: { firstName: string; count: number; replaced: number; ip: string; browser: string };
    }
  /**
   * An authenticator app was added or deleted (SEC-27: every change to the factors is told by an
   * independent channel; issue 13 point 2): its name, from where.
   */
  | {
      template: 'authenticator-app-changed';
      params: { firstName: string; name: string; change: 'added' | 'deleted'; ip: string; browser: string };
    }
  /**
   * A right code of an authenticator app was typed again (SEC-19: a replay is refused and its owner
   * told): when (ISO-8601), from where — someone who knows the password saw a code.
   */
  | { template: 'authenticator-code-replayed'; params: { firstName: string; at: string; ip: string; browser: string } }
  /**
   * A security key or trusted platform was added or deleted (SEC-27, issue 13 point 1; as
   * authenticator-app-changed): its name, from where.
   */
  | {
      template: 'security-key-changed';
      params: { firstName: string; name: string; change: 'added' | 'deleted'; ip: string; browser: string };
    }
  /**
   * An eID was linked or unlinked (SEC-27, issue 15 point 1; docs/adr/0042): the provider's name,
   * from where.
   */
  | {
      template: 'eid-changed';
      params: { firstName: string; name: string; change: 'added' | 'deleted'; ip: string; browser: string };
    }
  /**
   * A mobile phone number was added or deleted (SEC-27, issue 13 point 4; as
   * authenticator-app-changed): the number, from where.
   */
  | {
      template: 'phone-number-changed';
      params: { firstName: string; name: string; change: 'added' | 'deleted'; ip: string; browser: string };
    }
  /**
   * A sign-in completed from a browser the account had not signed in from (issue 13 point 5; an
   * option of the account, docs/adr/0032 §2): when (ISO-8601), from where, which browser.
   */
  | { template: 'new-browser-sign-in'; params: { firstName: string; at: string; ip: string; browser: string } }
  /**
   * A reminder to enrol a second factor, sent by a manager to a holdout (issue 14 point 3,
   * docs/adr/0036): where they stand (SMS only or the password only), the SMS sunset (ISO-8601,
   * empty when none is set), and the way to enrol (the mail links the app and "Add a mobile device").
   */
  | {
      template: 'enrolment-reminder';
      params: { firstName: string; category: 'sms' | 'password'; sunset: string };
    }
  /**
   * A security key signed with a sign count that went back (SEC-24; docs/adr/0029 §2): the key may
   * have been cloned. The sign-in was refused; when (ISO-8601), from where.
   */
  | {
      template: 'security-key-cloned';
      params: { firstName: string; name: string; at: string; ip: string; browser: string };
    }
  /**
   * A recovery code signed the user in (SEC-29: every use is told): when (ISO-8601), from where,
   * and how many codes are left — at 0 the mail says to make new ones. `token` is a password-reset
   * link, "this was not me" (as device-blocked's): whoever used the code knows the password, and a
   * new password ends every session.
   */
  | {
      template: 'recovery-code-used';
      params: {
        firstName: string;
        at: string;
        ip: string;
        browser: string;
        remaining: number;
        token: string;
        ttlMinutes: number;
      };
    }
);

export type MailTemplate = MailRequest['template'];

export interface Mailer {
  send(mail: MailRequest): Promise<void>;
}
