import type { Organisation } from '../organisations/organisation';
import type { CampaignSettings, Clock, DurableRepositories, DurableStore, Mailer } from '../ports';

/** What the migration dashboard, the reminders and the registration campaign use (docs/adr/0036). */
export interface MigrationDeps {
  readonly durable: Pick<
    DurableRepositories,
    'users' | 'organisations' | 'roles' | 'migration' | 'campaign' | 'audit'
  > &
    Pick<DurableStore, 'transaction'>;
  readonly clock: Clock;
  readonly mailer: Mailer;
  /**
   * The SMS sunset that applies to an organisation's agents: its own date, else its nearest
   * ancestor's, else the deployment's `sms.sunset` (issue 13 point 4; docs/adr/0034 §1).
   */
  smsSunsetFor(organisation: Organisation): Date | null;
  /** One reminder per agent per this many days at most (config `reminders.everyDays`). */
  readonly reminderEveryDays: number;
  /** The campaign where no organisation of an agent's ancestry set one (config `registrationCampaign`). */
  readonly defaultCampaign: CampaignSettings;
}
