import type { MailRequest } from '@sesame/core';

/**
 * The portal page a mail points to, under `publicUrl` (a trailing slash is tolerated, and a
 * path prefix kept). Mails that carry a single-use token open the page that consumes it; the
 * notices point to the sign-in or the forgotten-password page.
 */
export function mailLink(request: MailRequest, publicUrl: string): string {
  const base = publicUrl.replace(/\/+$/, '');
  const withToken = (path: string, token: string) => `${base}${path}?token=${encodeURIComponent(token)}`;
  switch (request.template) {
    case 'registration-link':
      return withToken('/register/confirm', request.params.token);
    // An invitation is a password-reset link that lives longer (docs/adr/0035): the same page.
    case 'password-reset':
    case 'invitation':
      return withToken('/password/reset', request.params.token);
    case 'email-change-link':
      return withToken('/account/email/confirm', request.params.token);
    case 'devices-panic-link':
      return withToken('/account/devices/panic/confirm', request.params.token);
    // "This was not me": the block's mail carries a password-reset link (someone knows the password).
    case 'device-blocked':
    case 'second-factor-blocked':
    case 'recovery-code-used':
      return withToken('/password/reset', request.params.token);
    // A helpdesk reset's mail carries a checked recovery link (docs/adr/0040): the same page.
    case 'recovery-link':
    case 'second-factor-reset':
      return withToken('/account/recovery/confirm', request.params.token);
    case 'recovery-started':
    case 'recovery-expedited':
      return withToken('/account/recovery/cancel', request.params.token);
    case 'device-deleted':
    case 'recovery-completed':
      return `${base}/account/devices`;
    case 'recovery-cancelled':
    case 'enrolment-reminder':
      return `${base}/login`;
    case 'registration-existing':
    case 'email-change-notice':
      return `${base}/login`;
    // A role granted opens the console; one taken back still lands there, which says what is left.
    case 'role-changed':
      return `${base}/admin`;
    case 'device-enrolled':
    case 'recovery-codes-generated':
      return `${base}/account`;
    case 'authenticator-app-changed':
      return `${base}/account/authenticator-apps`;
    case 'security-key-changed':
    case 'security-key-cloned':
      return `${base}/account/security-keys`;
    case 'phone-number-changed':
      return `${base}/account/phone-numbers`;
    case 'eid-changed':
      return `${base}/account/eids`;
    case 'password-changed':
    case 'account-locked':
    case 'account-locked-until-reset':
    case 'authenticator-code-replayed':
    case 'new-browser-sign-in':
      return `${base}/password/forgot`;
  }
}
