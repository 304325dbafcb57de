import { isLocale, LOCALES, type Locale } from '@sesame/protocol';
import { z } from 'zod';
import { collectInputIssues, invalidInput, SesameError } from '../errors';
import { throttleMailRequest, type AccountDeps, type RequestMeta } from './account-deps';
import { consumeLink, issueLink, peekLink } from './account-links';
import { normaliseEmail, parseEmail } from './email-address';
import { checkNewPassword } from './password-policy';
import { parsePersonName } from './person-name';
import { generateUserId } from './user-id';
import type { UserRecord } from '../ports';

export interface RegistrationForm {
  firstName?: string;
  lastName?: string;
  email?: string;
  emailConfirm?: string;
  emailLocale?: string;
  privacyAccepted?: boolean;
}

const pendingRegistration = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  emailLocale: z.enum(LOCALES),
});
export type PendingRegistration = z.infer<typeof pendingRegistration>;

/** Validates every field; the first problem is thrown as INVALID_INPUT naming its field. */
export function parseRegistrationForm(form: RegistrationForm): PendingRegistration {
  const v = collectInputIssues({
    firstName: () => parsePersonName(form.firstName, 'firstName'),
    lastName: () => parsePersonName(form.lastName, 'lastName'),
    email: () => parseEmail(form.email, 'email'),
    emailConfirm: () => {
      const confirm = parseEmail(form.emailConfirm, 'emailConfirm');
      if (form.email !== undefined && confirm !== normaliseEmail(form.email))
        throw invalidInput('emailConfirm', 'mismatch');
      return confirm;
    },
    emailLocale: () => {
      if (!isLocale(form.emailLocale)) throw invalidInput('emailLocale', form.emailLocale ? 'malformed' : 'required');
      return form.emailLocale as Locale;
    },
    privacyAccepted: () => {
      if (form.privacyAccepted !== true) throw invalidInput('privacyAccepted', 'not_accepted');
      return true;
    },
  });
  return { firstName: v.firstName, lastName: v.lastName, email: v.email, emailLocale: v.emailLocale };
}

/**
 * Step 1 of "Create an account" (reference/eulogin-facts.md §4.1): nothing is written to the
 * durable store until the e-mail link is used, so abandoned sign-ups leave nothing behind and
 * nobody can squat an address they do not read. The answer is the same whether the address is
 * free or taken (no account enumeration): a taken address gets a mail saying so instead.
 */
export async function requestRegistration(deps: AccountDeps, form: RegistrationForm, meta: RequestMeta): Promise<void> {
  const pending = parseRegistrationForm(form);
  await throttleMailRequest(deps, meta.ip, pending.email);
  const existing = await deps.durable.users.findByEmail(pending.email);
  if (existing) {
    await deps.mailer.send({
      template: 'registration-existing',
      to: existing.email,
      locale: existing.emailLocale,
      params: { firstName: existing.firstName },
    });
    return;
  }
  const ttlMinutes = deps.policy.linkTtlMinutes;
  const token = await issueLink(deps.ephemeral, 'registration', pending, ttlMinutes * 60_000);
  await deps.mailer.send({
    template: 'registration-link',
    to: pending.email,
    locale: pending.emailLocale,
    params: { firstName: pending.firstName, token, ttlMinutes },
  });
}

/** For the "set your password" page: who the link is for. Throws LINK_INVALID. */
export function inspectRegistrationLink(deps: AccountDeps, token: string | undefined) {
  return peekLink(deps.ephemeral, 'registration', token, pendingRegistration);
}

/**
 * Step 2: the link's owner chooses a password; the account is created, active, in one
 * transaction with its audit event. The password is checked before the link is used up, so a
 * rejected password leaves the link usable.
 */
export async function completeRegistration(
  deps: AccountDeps,
  token: string | undefined,
  password: string | undefined,
  passwordConfirm: string | undefined,
  meta: RequestMeta,
): Promise<UserRecord> {
  const pending = await inspectRegistrationLink(deps, token);
  const accepted = checkNewPassword(password, deps.policy.password, pending);
  if ((passwordConfirm ?? '').normalize('NFKC') !== accepted) throw invalidInput('passwordConfirm', 'mismatch');
  const passwordHash = await deps.hasher.hash(accepted);
  await consumeLink(deps.ephemeral, 'registration', token, pendingRegistration);
  const now = deps.clock.now();
  return deps.durable.transaction(async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const user: UserRecord = {
        id: generateUserId(),
        email: pending.email,
        firstName: pending.firstName,
        lastName: pending.lastName,
        emailLocale: pending.emailLocale,
        // Chosen in the form (its hint says it is the pages' too once signed in): docs/adr/0055.
        languageChosenAt: now,
        passwordHash,
        organisation: null,
        roles: [],
        createdAt: now,
        credentialsChangedAt: now,
        secondFactorSince: null,
        recovery: null,
      };
      // Throws EMAIL_UNAVAILABLE if the address was registered meanwhile through another link.
      if (await tx.users.create(user)) {
        await tx.audit.append({
          type: 'account.created',
          userId: user.id,
          ip: meta.ip,
          userAgent: meta.userAgent,
          at: now,
          details: {},
        });
        return user;
      }
    }
    throw new SesameError('STORE_UNAVAILABLE');
  });
}
