import type { Organisation } from '../organisations/organisation';
import type { CampaignSettings, Clock, DurableRepositories, Mailer } from '../ports';

/** What the migration dashboard, the reminders and the registration campaign use (docs/adr/0036). */
export interface MigrationDeps {
  readonly durable: Pick<DurableRepositories, 'users' | 'organisations' | 'roles' | 'migration' | 'campaign' | 'audit'>;
  readonly clock: Clock;
  readonly mailer: Mailer;
  /**
   * The SMS sunset that applies to an organisation's agents: the deployment's `sms.sunset` today;
   * the one function to swap when organisations get their own date (issue 14, helper S).
   */
  smsSunsetFor(organisation: Organisation): Date | null;
  /** One reminder per agent per this many days at most (config `reminders.everyDays`). */
  readonly reminderEveryDays: number;
  /** The campaign where no organisation of an agent's ancestry set one (config `registrationCampaign`). */
  readonly defaultCampaign: CampaignSettings;
}
