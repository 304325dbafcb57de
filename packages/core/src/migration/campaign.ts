import type { RequestMeta } from '../accounts/account-deps';
import { targetAccount } from '../admin/admin-accounts';
import { invalidInput } from '../errors';
import { assertAuthorised, refused, type Actor } from '../organisations/authorise';
import type { Organisation } from '../organisations/organisation';
import type { CampaignAgent, CampaignSettings, MethodCategory, StoredCampaignSettings, UserRecord } from '../ports';
import { daysBefore, isAccepted } from './figures';
import type { MigrationDeps } from './migration-deps';

/**
 * The registration campaign (issue 14 point 4, docs/adr/0036; after Microsoft Entra's): after
 * sign-in, an agent without an accepted second factor sees a page that says why and starts the
 * enrolment. "Later" is allowed `snoozes` times and for `snoozeDays` days after the first one,
 * then — or from the deadline on — the enrolment is required: no way past the page but enrolling
 * or signing out. The counter lives in the database, written only by the conditional "Later":
 * the agent cannot lower it (a new session, another browser, cleared cookies change nothing).
 */

export type CampaignStep =
  | { readonly kind: 'none' }
  | { readonly kind: 'nudge'; readonly snoozesLeft: number; readonly deadline: Date | null }
  | { readonly kind: 'required'; readonly deadline: Date | null };

/** Bounds of the console's form and of the configuration. */
export const CAMPAIGN_LIMITS = { snoozes: 20, snoozeDays: 365 } as const;
export const EXCLUSION_REASON_MAX = 500;

/**
 * The campaign that applies in an organisation: the one set on the nearest organisation of its
 * ancestry (the organisation itself first), else the deployment's default. A local manager's
 * setting reaches their whole subtree, unless a sub-organisation set its own.
 */
export function effectiveCampaign(
  path: readonly string[],
  stored: readonly StoredCampaignSettings[],
  fallback: CampaignSettings,
): CampaignSettings & { readonly setOn: string | null } {
  for (const id of [...path].reverse()) {
    const found = stored.find((s) => s.organisationId === id);
    if (found) {
      const { organisationId, ...settings } = found;
      return { ...settings, setOn: organisationId };
    }
  }
  return { ...fallback, setOn: null };
}

/** Pure: what the sign-in shows an agent. */
export function campaignStep(input: {
  readonly settings: CampaignSettings;
  readonly agent: CampaignAgent | null;
  readonly hasAcceptedFactor: boolean;
  /** The SMS sunset of the agent's organisation: the deadline shown when the campaign sets none. */
  readonly sunset: Date | null;
  readonly now: Date;
}): CampaignStep {
  const { settings, agent, now } = input;
  if (!settings.enabled || input.hasAcceptedFactor || agent?.exclusion) return { kind: 'none' };
  const deadline = settings.deadline ?? input.sunset;
  const snoozes = agent?.snoozes ?? 0;
  const first = agent?.firstSnoozedAt ?? null;
  if (
    (settings.deadline !== null && now.getTime() >= settings.deadline.getTime()) ||
    snoozes >= settings.snoozes ||
    (first !== null && now.getTime() >= first.getTime() + settings.snoozeDays * 86_400_000)
  ) {
    return { kind: 'required', deadline };
  }
  return { kind: 'nudge', snoozesLeft: settings.snoozes - snoozes, deadline };
}

/** The campaign step of `user` now, read from the store. */
export async function campaignFor(deps: MigrationDeps, user: Pick<UserRecord, 'id'>): Promise<CampaignStep> {
  const organisation = await deps.durable.organisations.accountOrganisation(user.id);
  if (!organisation) return { kind: 'none' };
  const settings = effectiveCampaign(
    organisation.path,
    await deps.durable.campaign.settingsFor(organisation.path),
    deps.defaultCampaign,
  );
  // No campaign here: nothing else to read (campaignStep answers 'none' whatever the agent); every
  // sign-in passes here, the campaign is off in most organisations most of the time (issue 12 point 5).
  if (!settings.enabled) return { kind: 'none' };
  const [agent, category] = await Promise.all([
    deps.durable.campaign.agent(user.id),
    deps.durable.migration.categoryOf(user.id),
  ]);
  return campaignStep({
    settings,
    agent,
    hasAcceptedFactor: category !== null && isAccepted(category),
    sunset: deps.smsSunsetFor(organisation),
    now: deps.clock.now(),
  });
}

/**
 * "Later": counted in one conditional write, audited. False when "Later" is no longer allowed
 * (then the page requires the enrolment) or the campaign no longer applies.
 */
export async function snoozeCampaign(
  deps: MigrationDeps,
  user: Pick<UserRecord, 'id'>,
  meta: RequestMeta,
): Promise<boolean> {
  const step = await campaignFor(deps, user);
  if (step.kind !== 'nudge') return false;
  const organisation = await deps.durable.organisations.accountOrganisation(user.id);
  if (!organisation) return false;
  const settings = effectiveCampaign(
    organisation.path,
    await deps.durable.campaign.settingsFor(organisation.path),
    deps.defaultCampaign,
  );
  const now = deps.clock.now();
  const count = await deps.durable.campaign.snooze(
    user.id,
    now,
    settings.snoozes,
    daysBefore(now, settings.snoozeDays),
  );
  if (count === null) return false;
  await deps.durable.audit.append({
    type: 'campaign.snoozed',
    userId: user.id,
    ip: meta.ip,
    userAgent: meta.userAgent,
    at: now,
    details: { snoozes: count, allowed: settings.snoozes },
  });
  return true;
}

/** Excludes an agent from the campaign, with a reason (console; audited). */
export async function excludeFromCampaign(
  deps: MigrationDeps,
  actor: Actor,
  userId: string,
  rawReason: string | undefined,
  meta: RequestMeta,
): Promise<void> {
  const target = await targetAccount(deps, actor, 'campaign.exclude', userId);
  const reason = (rawReason ?? '').trim();
  if (reason === '') throw invalidInput('reason', 'required');
  if (reason.length > EXCLUSION_REASON_MAX) throw invalidInput('reason', 'too_long');
  const at = deps.clock.now();
  // The exclusion and its audit line land together or not at all (docs/adr/0041 §3).
  await deps.durable.transaction(async (tx) => {
    await tx.campaign.exclude(userId, { reason, by: actor.accountId, at });
    await tx.audit.append({
      type: 'campaign.excluded',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at,
      details: { actor: actor.accountId, role: target.allowedBy.role, reason },
    });
  });
}

/** Includes an excluded agent again (console; audited). */
export async function includeInCampaign(
  deps: MigrationDeps,
  actor: Actor,
  userId: string,
  meta: RequestMeta,
): Promise<void> {
  const target = await targetAccount(deps, actor, 'campaign.exclude', userId);
  const at = deps.clock.now();
  // docs/adr/0041 §3: the inclusion and its audit line in one transaction.
  await deps.durable.transaction(async (tx) => {
    if (!(await tx.campaign.include(userId))) return;
    await tx.audit.append({
      type: 'campaign.included',
      userId,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at,
      details: { actor: actor.accountId, role: target.allowedBy.role },
    });
  });
}

/** An organisation's campaign as the console shows it: what applies, and where it was set. */
export async function campaignOf(
  deps: MigrationDeps,
  actor: Actor,
  organisation: Organisation,
): Promise<CampaignSettings & { readonly setOn: string | null }> {
  assertAuthorised(actor, 'campaign.configure', { kind: 'organisation', path: organisation.path });
  return effectiveCampaign(
    organisation.path,
    await deps.durable.campaign.settingsFor(organisation.path),
    deps.defaultCampaign,
  );
}

/** Checks a campaign's settings (the console's form, the configuration): INVALID_INPUT per field. */
export function checkCampaignSettings(settings: CampaignSettings): CampaignSettings {
  if (!Number.isInteger(settings.snoozes) || settings.snoozes < 0 || settings.snoozes > CAMPAIGN_LIMITS.snoozes) {
    throw invalidInput('snoozes', 'malformed');
  }
  if (
    !Number.isInteger(settings.snoozeDays) ||
    settings.snoozeDays < 0 ||
    settings.snoozeDays > CAMPAIGN_LIMITS.snoozeDays
  ) {
    throw invalidInput('snoozeDays', 'malformed');
  }
  if (settings.deadline !== null && Number.isNaN(settings.deadline.getTime())) {
    throw invalidInput('deadline', 'malformed');
  }
  return settings;
}

/** Sets an organisation's campaign (it reaches the subtree), from the console; audited. */
export async function configureCampaign(
  deps: MigrationDeps,
  actor: Actor,
  organisationId: string,
  settings: CampaignSettings,
  meta: RequestMeta,
): Promise<void> {
  const organisation = await deps.durable.organisations.get(organisationId);
  if (!organisation) throw refused('out_of_scope', 'campaign.configure', organisationId);
  const allowedBy = assertAuthorised(actor, 'campaign.configure', { kind: 'organisation', path: organisation.path });
  checkCampaignSettings(settings);
  const at = deps.clock.now();
  // docs/adr/0041 §3: the settings and their audit line in one transaction.
  await deps.durable.transaction(async (tx) => {
    await tx.campaign.setSettings(organisation.id, settings, at, actor.accountId);
    await tx.audit.append({
      type: 'campaign.configured',
      userId: null,
      ip: meta.ip,
      userAgent: meta.userAgent,
      at,
      details: {
        actor: actor.accountId,
        role: allowedBy.role,
        organisation: organisation.id,
        enabled: settings.enabled,
        snoozes: settings.snoozes,
        snoozeDays: settings.snoozeDays,
        deadline: settings.deadline?.toISOString() ?? '',
      },
    });
  });
}

export interface AgentCampaign {
  readonly user: UserRecord;
  readonly organisation: Organisation;
  readonly category: MethodCategory;
  readonly agent: CampaignAgent | null;
  readonly step: CampaignStep;
}

/**
 * One agent's place in the campaign, for the console's page (reminder, exclusion): the account
 * must be one the actor sees, in an organisation where they manage the campaign.
 */
export async function agentCampaign(deps: MigrationDeps, actor: Actor, userId: string): Promise<AgentCampaign> {
  const target = await targetAccount(deps, actor, 'account.view', userId);
  assertAuthorised(actor, 'campaign.configure', { kind: 'organisation', path: target.organisation.path });
  const [category, agent, step] = await Promise.all([
    deps.durable.migration.categoryOf(userId),
    deps.durable.campaign.agent(userId),
    campaignFor(deps, target.user),
  ]);
  return { user: target.user, organisation: target.organisation, category: category ?? 'password', agent, step };
}
