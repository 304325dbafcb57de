import { invalidInput, SesameError } from '../errors';
import type { DurableStore, UserRecord } from '../ports';
import type { Clock } from '../ports';
import type { Locale } from '@sesame/protocol';
import { randomToken } from '../security/random-token';
import { reconcilableEmail, type EidNewcomer } from '../sign-in/methods/eid/eid-newcomer';
import { parseEmail } from './email-address';
import { parsePersonName } from './person-name';
import { generateUserId } from './user-id';
import type { RequestMeta } from './account-deps';

/**
 * The password of an account made from an eID (docs/adr/0047): none — not a hash, so no password
 * matches it (the hasher refuses a malformed hash). The owner may choose one later through
 * "Forgot your password?", which proves the e-mail.
 */
export const EID_ONLY_PASSWORD_HASH = '!eid';

export interface EidAccountInput {
  /** The user accepted the privacy statement, as registration asks. */
  readonly privacyAccepted: boolean;
  /** The language of its e-mails: the page's. */
  readonly emailLocale: Locale;
  /** The provider's default organisation (config), or null as registration gives. */
  readonly organisation: string | null;
}

/**
 * What an account made from `newcomer` would be, checked as registration checks it; throws
 * EID_EMAIL_UNVERIFIED without a verified e-mail, INVALID_INPUT (firstName, lastName, email) when
 * the eID's names or address are not ones an account may have. Called before the newcomer is taken.
 */
export function eidAccountFields(newcomer: EidNewcomer): { email: string; firstName: string; lastName: string } {
  const verified = reconcilableEmail(newcomer);
  if (verified === null) throw new SesameError('EID_EMAIL_UNVERIFIED');
  return {
    email: parseEmail(verified),
    firstName: parsePersonName(newcomer.givenName ?? undefined, 'firstName'),
    lastName: parsePersonName(newcomer.familyName ?? undefined, 'lastName'),
  };
}

/**
 * "Create your Sésame account from your eID" (docs/adr/0047): the account, active, with the eID
 * linked, in one transaction with its audit events — or nothing. Only from a verified e-mail
 * (EID_EMAIL_UNVERIFIED otherwise: an unverified address would squat someone's), and never over
 * an existing account: its address taken, EMAIL_UNAVAILABLE — the caller offers reconciliation.
 */
export async function createAccountFromEid(
  deps: { durable: DurableStore; clock: Clock },
  newcomer: EidNewcomer,
  input: EidAccountInput,
  meta: RequestMeta,
): Promise<UserRecord> {
  if (!input.privacyAccepted) throw invalidInput('privacyAccepted', 'not_accepted');
  const { email, firstName, lastName } = eidAccountFields(newcomer);
  const now = deps.clock.now();
  return deps.durable.transaction(async (tx) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const user: UserRecord = {
        id: generateUserId(),
        email,
        firstName,
        lastName,
        emailLocale: input.emailLocale,
        passwordHash: EID_ONLY_PASSWORD_HASH,
        organisation: input.organisation,
        roles: [],
        createdAt: now,
        credentialsChangedAt: now,
        secondFactorSince: null,
        recovery: null,
      };
      // Throws EMAIL_UNAVAILABLE if the address is an account's (made meanwhile): nothing written.
      if (!(await tx.users.create(user))) continue;
      const linked = await tx.eidLinks.create({
        id: randomToken(16),
        userId: user.id,
        provider: newcomer.provider,
        issuer: newcomer.issuer,
        subject: newcomer.subject,
        createdAt: now,
        lastUsedAt: now,
      });
      // Linked meanwhile (another tab): the transaction is undone, the account with it.
      if (!linked) throw new SesameError('EID_ALREADY_LINKED');
      const audit = { userId: user.id, ip: meta.ip, userAgent: meta.userAgent, at: now };
      await tx.audit.append({
        ...audit,
        type: 'account.created',
        details: { via: 'eid', provider: newcomer.provider },
      });
      await tx.audit.append({
        ...audit,
        type: 'credential.enrolled',
        details: { kind: 'eid', provider: newcomer.provider, level: newcomer.level },
      });
      return user;
    }
    throw new SesameError('STORE_UNAVAILABLE');
  });
}
