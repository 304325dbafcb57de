import {
  campaignFor,
  smsSunsetFor,
  createAppConsentStore,
  EVICTABLE,
  snoozeCampaign,
  tokenDigest,
  type Clock,
  type DurableStore,
  type EphemeralStore,
  type Mailer,
  type MigrationDeps,
  type Organisation,
} from '@sesame/core';
import type { SesameConfig } from '../config/config-schema';
import type { CampaignGate } from '../sign-in/context';
import { smsSunsets } from '../sms/create-sms-sender';

/**
 * The migration dashboard's, the reminders' and the registration campaign's dependencies
 * (issue 14 points 3–4; docs/adr/0036).
 */
export function buildMigrationDeps(
  config: Pick<SesameConfig, 'sms' | 'registrationCampaign' | 'dashboard'>,
  durable: DurableStore,
  clock: Clock,
  mailer: Mailer,
): MigrationDeps {
  const sunsets = smsSunsets(config);
  const campaign = config.registrationCampaign;
  return Object.freeze({
    durable,
    clock,
    mailer,
    // An organisation's date: its own, else its nearest ancestor's, else the deployment's
    // (issue 13 point 4; docs/adr/0034 §1).
    smsSunsetFor: (organisation: Organisation) => smsSunsetFor(sunsets, organisation.path),
    reminderEveryDays: config.dashboard.reminderEveryDays,
    defaultCampaign: Object.freeze({
      enabled: campaign.enabled,
      snoozes: campaign.snoozes,
      snoozeDays: campaign.snoozeDays,
      deadline: campaign.deadline === undefined ? null : dayOrInstant(campaign.deadline),
    }),
  });
}

function dayOrInstant(raw: string): Date {
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(raw) ? `${raw}T00:00:00Z` : raw);
}

/**
 * The campaign as the sign-in sees it (sign-in/context.ts CampaignGate): core decides; "Later"
 * marks the session (its digest, as long as a session may last) so that its applications go
 * through until it ends; a new session asks again, counting in the database.
 */
export function buildCampaignGate(deps: MigrationDeps, ephemeral: EphemeralStore, sessionHours: number): CampaignGate {
  const key = (sessionId: string) => `campaign-later:${tokenDigest(sessionId)}`;
  return Object.freeze({
    async step(userId: string, sessionId: string) {
      // A "Later" accepted in this session — the last one allowed included — holds until it ends.
      if ((await ephemeral.get(key(sessionId))) === userId) return { kind: 'none' } as const;
      return campaignFor(deps, { id: userId });
    },
    async later(userId: string, sessionId: string, meta: Parameters<CampaignGate['later']>[2]) {
      if (!(await snoozeCampaign(deps, { id: userId }, meta))) return false;
      await ephemeral.set(key(sessionId), userId, sessionHours * 3_600_000, EVICTABLE);
      return true;
    },
    holds: createAppConsentStore(ephemeral, 'campaign'),
  });
}
