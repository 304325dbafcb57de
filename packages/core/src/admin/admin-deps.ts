import type { AccountPolicy } from '../accounts/account-deps';
import type { Clock, DurableRepositories, DurableStore, EphemeralStore, Mailer } from '../ports';

/** What the admin console's use cases read and write (issue 14 point 2, docs/adr/0033). */
export interface AdminDeps {
  readonly durable: Pick<
    DurableRepositories,
    'users' | 'organisations' | 'roles' | 'directory' | 'devices' | 'credentials' | 'audit'
  > &
    Pick<DurableStore, 'transaction'>;
  /** The sign-in guard's counters and locks (unlock). */
  readonly ephemeral: EphemeralStore;
  readonly policy: AccountPolicy;
  readonly clock: Clock;
  /** The owner's mails (a password reset sent by the helpdesk). */
  readonly mailer: Mailer;
}
