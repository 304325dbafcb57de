import { describe, expect, it } from 'vitest';
import type { Organisation } from '../organisations/organisation';
import type { CampaignSettings, OrganisationCounts } from '../ports';
import { campaignFor, campaignStep, checkCampaignSettings, effectiveCampaign } from './campaign';
import type { MigrationDeps } from './migration-deps';
import { csvCell, dashboardCsv, type MigrationDashboard } from './dashboard';
import { daysLeft, figuresOf, rolledUp } from './figures';

const DAY = 86_400_000;
const NOW = new Date('2026-12-07T09:00:00Z');
const counts = (app: number, key: number, totp: number, sms: number, password: number) => ({
  app,
  key,
  totp,
  sms,
  password,
});

describe('the dashboard’s figures (issue 14 point 3)', () => {
  const own: OrganisationCounts[] = [
    { organisationId: 'root', path: ['root'], counts: counts(0, 0, 0, 0, 1) },
    { organisationId: 'ddpp-35', path: ['root', 'dgal', 'draaf', 'ddpp-35'], counts: counts(3, 1, 1, 4, 2) },
    { organisationId: 'ddpp-29', path: ['root', 'dgal', 'draaf', 'ddpp-29'], counts: counts(1, 0, 0, 2, 0) },
    { organisationId: 'draaf', path: ['root', 'dgal', 'draaf'], counts: counts(1, 0, 0, 0, 0) },
  ];

  it('rolls a subtree up from its organisations’ own counts, by their paths', () => {
    expect(rolledUp(own, 'draaf')).toEqual(counts(5, 1, 1, 6, 2));
    expect(rolledUp(own, 'ddpp-29')).toEqual(counts(1, 0, 0, 2, 0));
    expect(rolledUp(own, 'root')).toEqual(counts(5, 1, 1, 6, 3));
    expect(rolledUp(own, 'elsewhere')).toEqual(counts(0, 0, 0, 0, 0));
  });

  it('counts phones to buy as the agents with neither the app nor another accepted factor', () => {
    expect(figuresOf(counts(5, 1, 1, 6, 2))).toEqual({
      total: 15,
      byMethod: counts(5, 1, 1, 6, 2),
      equipped: 7,
      smsHoldouts: 6,
      phonesToBuy: 8,
      progress: 7 / 15,
    });
    expect(figuresOf(counts(0, 0, 0, 0, 0)).progress).toBe(0);
  });

  it('says the days left to the sunset, rounded up, never below 0; none without a sunset', () => {
    expect(daysLeft(new Date(NOW.getTime() + 10 * DAY), NOW)).toBe(10);
    expect(daysLeft(new Date(NOW.getTime() + 1), NOW)).toBe(1);
    expect(daysLeft(new Date(NOW.getTime() - DAY), NOW)).toBe(0);
    expect(daysLeft(null, NOW)).toBeNull();
  });

  it('exports CSV lines with the header, the organisation, its children; a formula is neutralised', () => {
    const organisation = (id: string, name: string): Organisation => ({
      id,
      name,
      parentId: 'root',
      kind: 'k',
      path: ['root', id],
    });
    const dashboard = {
      organisation: organisation('draaf', 'DRAAF, Bretagne'),
      figures: figuresOf(counts(1, 0, 0, 1, 0)),
      children: [{ organisation: organisation('x', '=HYPERLINK("evil")'), figures: figuresOf(counts(0, 0, 0, 0, 2)) }],
    } as unknown as MigrationDashboard;
    expect(dashboardCsv(dashboard, ['id', 'name', 'n', 'a', 'k', 't', 's', 'p', 'buy', '%']).split('\r\n')).toEqual([
      'id,name,n,a,k,t,s,p,buy,%',
      'draaf,"DRAAF, Bretagne",2,1,0,0,1,0,1,50',
      'x,"\'=HYPERLINK(""evil"")",2,0,0,0,0,2,2,0',
      '',
    ]);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-1')).toBe("'-1");
  });
});

describe('the registration campaign (issue 14 point 4)', () => {
  const settings: CampaignSettings = { enabled: true, snoozes: 3, snoozeDays: 14, deadline: null };
  const sunset = new Date('2027-07-01T00:00:00Z');
  const step = (over: Partial<Parameters<typeof campaignStep>[0]> = {}) =>
    campaignStep({ settings, agent: null, hasAcceptedFactor: false, sunset, now: NOW, ...over });

  it('nudges an agent without an accepted factor, with the snoozes left and the sunset as deadline', () => {
    expect(step()).toEqual({ kind: 'nudge', snoozesLeft: 3, deadline: sunset });
    expect(step({ agent: { snoozes: 2, firstSnoozedAt: NOW, exclusion: null } })).toEqual({
      kind: 'nudge',
      snoozesLeft: 1,
      deadline: sunset,
    });
  });

  it('asks nothing when disabled, when the agent has an accepted factor, or is excluded', () => {
    expect(step({ settings: { ...settings, enabled: false } })).toEqual({ kind: 'none' });
    expect(step({ hasAcceptedFactor: true })).toEqual({ kind: 'none' });
    expect(step({ agent: { snoozes: 9, firstSnoozedAt: NOW, exclusion: { reason: 'r', by: 'm', at: NOW } } })).toEqual({
      kind: 'none',
    });
  });

  it('requires the enrolment after the snoozes allowed, the days allowed, or the deadline', () => {
    expect(step({ agent: { snoozes: 3, firstSnoozedAt: NOW, exclusion: null } }).kind).toBe('required');
    const longAgo = new Date(NOW.getTime() - 14 * DAY);
    expect(step({ agent: { snoozes: 1, firstSnoozedAt: longAgo, exclusion: null } }).kind).toBe('required');
    const deadline = new Date(NOW.getTime() - 1);
    expect(step({ settings: { ...settings, deadline } })).toEqual({ kind: 'required', deadline });
    expect(step({ settings: { ...settings, snoozes: 0 } }).kind).toBe('required');
  });

  it('takes the nearest organisation’s settings up the ancestry, else the deployment’s', () => {
    const stored = [
      { organisationId: 'dgal', ...settings, snoozes: 5 },
      { organisationId: 'ddpp-35', ...settings, snoozes: 1 },
    ];
    expect(effectiveCampaign(['root', 'dgal', 'draaf', 'ddpp-35'], stored, settings)).toMatchObject({
      snoozes: 1,
      setOn: 'ddpp-35',
    });
    expect(effectiveCampaign(['root', 'dgal', 'draaf', 'ddpp-29'], stored, settings)).toMatchObject({
      snoozes: 5,
      setOn: 'dgal',
    });
    expect(effectiveCampaign(['root', 'operators'], stored, settings)).toEqual({ ...settings, setOn: null });
  });

  it('checks the settings’ bounds', () => {
    expect(() => checkCampaignSettings({ ...settings, snoozes: 21 })).toThrow();
    expect(() => checkCampaignSettings({ ...settings, snoozeDays: -1 })).toThrow();
    expect(() => checkCampaignSettings({ ...settings, deadline: new Date('nope') })).toThrow();
    expect(checkCampaignSettings(settings)).toBe(settings);
  });
});

describe('the campaign step of a sign-in (campaignFor)', () => {
  /** Only the reads campaignFor makes, each counted. */
  function depsWith(enabled: boolean) {
    const reads: string[] = [];
    const organisation = { id: 'ddpp-35', path: ['root', 'ddpp-35'] } as unknown as Organisation;
    const durable = {
      organisations: { accountOrganisation: async () => (reads.push('organisation'), organisation) },
      campaign: {
        settingsFor: async () => (reads.push('settings'), []),
        agent: async () => (reads.push('agent'), null),
      },
      migration: { categoryOf: async () => (reads.push('category'), 'sms' as const) },
    };
    const deps = {
      durable,
      clock: { now: () => NOW },
      smsSunsetFor: () => null,
      defaultCampaign: { enabled, snoozes: 3, snoozeDays: 14, deadline: null },
    } as unknown as MigrationDeps;
    return { deps, reads };
  }

  it('reads neither the agent nor the category when no campaign applies (every sign-in passes here)', async () => {
    const off = depsWith(false);
    expect(await campaignFor(off.deps, { id: 'u1' })).toEqual({ kind: 'none' });
    expect(off.reads).toEqual(['organisation', 'settings']);
  });

  it('reads them when a campaign applies, and nudges an agent with SMS only', async () => {
    const on = depsWith(true);
    expect(await campaignFor(on.deps, { id: 'u1' })).toMatchObject({ kind: 'nudge', snoozesLeft: 3 });
    expect([...on.reads].sort()).toEqual(['agent', 'category', 'organisation', 'settings']);
  });
});
