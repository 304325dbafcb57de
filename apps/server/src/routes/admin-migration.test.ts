import type { StoredAuditEvent } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AT, auditTrail, CAST, PASSWORD, seedAdminWorld, signInWithSecondFactor, TREE } from '../../test/admin-kit';
import { createTestPortal, fieldError, signIn, textOf, type Browser, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * The migration dashboard, its reminders and the registration campaign's console (issue 14
 * points 3–4; docs/adr/0036). The cross-organisation refusals of these routes are rows of
 * admin.test.ts ROUTES; here what a local manager sees and does in their own subtree.
 *
 * root ── dgal ─┬─ draaf-bzh ─┬─ ddpp-35   Marie (password only), Luc (SMS only)
 *               │             └─ ddpp-29   Yann (authenticator app)
 *               └─ draaf-idf               Hugo (local manager)
 * Anne: local manager of draaf-bzh (authenticator app); Sophie: helpdesk of dgal.
 */
let portal: TestPortal;

const PEOPLE = {
  marie: CAST.marie,
  luc: CAST.luc,
  yann: CAST.yann,
  anne: CAST.anne,
  sophie: CAST.sophie,
} as const;

/** The tree without ddpp-75, its organisations named as the dashboard shows them. */
const NAMES: Record<string, string> = {
  dgal: 'DGAL',
  'draaf-bzh': 'DRAAF Bretagne',
  'ddpp-35': 'DDPP 35',
  'ddpp-29': 'DDPP 29',
  'draaf-idf': 'DRAAF IDF',
};

beforeEach(async () => {
  portal = await createTestPortal({ config: { 'sms.sunset': '2027-03-01' } });
  portal.clock.advance(AT.getTime() - Date.now());
  await seedAdminWorld(portal, {
    tree: TREE.filter((node) => node.id in NAMES).map((node) => ({ ...node, name: NAMES[node.id] })),
    people: PEOPLE,
    roles: [
      { person: PEOPLE.anne, role: 'local_manager', scopeId: 'draaf-bzh' },
      { person: PEOPLE.sophie, role: 'helpdesk', scopeId: 'dgal' },
    ],
  });
  await portal.durable.credentials.create({
    id: 'sms-luc',
    userId: PEOPLE.luc.id,
    kind: 'sms',
    name: 'phone',
    externalId: '+33600000001',
    secret: null,
    data: '{}',
    counter: 0,
    status: 'active',
    createdAt: AT,
    lastUsedAt: null,
  });
  await portal.durable.credentials.create({
    id: 'totp-yann',
    userId: PEOPLE.yann.id,
    kind: 'totp',
    name: 'Aegis',
    externalId: null,
    secret: null,
    data: '{}',
    counter: 0,
    status: 'active',
    createdAt: AT,
    lastUsedAt: null,
  });
}, 60_000);
afterEach(() => portal.close());

/** A browser signed in with the password and an authenticator app's code. */
const withSecondFactor = (email: string, lang?: string): Promise<Browser> =>
  signInWithSecondFactor(portal, email, lang);

const audit = (): Promise<StoredAuditEvent[]> => auditTrail(portal);

describe('the dashboard', () => {
  it('shows the subtree’s figures, each organisation below with a link down, the chart with its table', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const page = await anne.get('/admin/dashboard');
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain(format(fr.dashboard.heading, { organisation: 'DRAAF Bretagne' }, 'fr'));
    // Anne (authenticator app), Marie (password), Luc (SMS), Yann (authenticator app).
    expect(/data-testid="phones-to-buy">(\d+)</.exec(page.html)?.[1]).toBe('2');
    expect(page.html).toContain('href="/admin/dashboard?org=ddpp-35"');
    expect(page.html).toContain('href="/admin/dashboard?org=ddpp-29"');
    expect(page.html).not.toContain('draaf-idf');
    expect(page.html).toContain('data-testid="progress-chart"');
    expect(page.html).toContain('data-testid="progress-table"');
    expect(text).toContain(format(fr.dashboard.sunset, { days: 90, date: '1 mars 2027' }, 'fr'));
    // An organisation below without agents has no share to give, never "0 %".
    await portal.durable.organisations.create(
      { id: 'ddpp-22', parentId: 'draaf-bzh', kind: 'service', name: 'DDPP 22' },
      AT,
    );
    const withEmpty = await anne.get('/admin/dashboard');
    const emptyRow =
      /<a href="\/admin\/dashboard\?org=ddpp-22">DDPP 22<\/a><\/th>(.*?)<\/tr>/s.exec(withEmpty.html)?.[1] ?? '';
    expect(textOf(emptyRow)).toContain(fr.dashboard.noAgents);
    expect(textOf(emptyRow)).not.toContain('%');
    const down = await anne.get('/admin/dashboard?org=ddpp-35');
    expect(textOf(down.html)).toContain('DDPP 35');
    expect(/data-testid="phones-to-buy">(\d+)</.exec(down.html)?.[1]).toBe('2');
    // The day's snapshot was taken on demand: the chart's first point.
    expect(await portal.durable.migration.hasSnapshot('2026-12-01')).toBe(true);
  });

  it('exports the figures as CSV, the organisation then each child', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const csv = await anne.get('/admin/dashboard.csv?org=draaf-bzh');
    expect(csv.status).toBe(200);
    const lines = csv.html
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(en.dashboard.csvHeader);
    expect(lines.slice(1)).toEqual([
      'draaf-bzh,DRAAF Bretagne,4,0,0,2,1,1,2,50',
      'ddpp-29,DDPP 29,1,0,0,1,0,0,0,100',
      'ddpp-35,DDPP 35,2,0,0,0,1,1,2,0',
    ]);
    // The download is audited: who, under which role, which organisation (docs/adr/0041 §2).
    expect((await audit()).find((e) => e.type === 'dashboard.exported')).toMatchObject({
      userId: null,
      details: { actor: PEOPLE.anne.id, role: 'local_manager', organisation: 'draaf-bzh', format: 'csv' },
    });
  });

  it('is refused to the helpdesk (the dashboard is a manager’s)', async () => {
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    expect((await sophie.get('/admin/dashboard')).status).toBe(403);
    expect((await sophie.get('/admin/dashboard?org=draaf-bzh')).status).toBe(403);
  });
});

describe('reminders', () => {
  it('mail each holdout once per period, audited; the count sent and skipped is shown', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const done = await anne.post('/admin/dashboard/reminders?org=draaf-bzh');
    expect(done.location).toBe('/admin/dashboard?org=draaf-bzh&reminded=2.0.0');
    expect(textOf((await anne.follow(done)).html)).toContain(
      format(fr.dashboard.remindersDone, { sent: 2, skipped: 0, failed: 0 }, 'fr'),
    );
    const mails = portal.mailer.of('enrolment-reminder');
    expect(mails.map((m) => m.to).sort()).toEqual([PEOPLE.luc.email, PEOPLE.marie.email]);
    const sent = (await audit()).filter((e) => e.type === 'campaign.reminder_sent');
    expect(sent.map((e) => e.details)).toContainEqual({
      actor: PEOPLE.anne.id,
      role: 'local_manager',
      category: 'sms',
    });
    // Again at once: throttled.
    expect((await anne.post('/admin/dashboard/reminders?org=draaf-bzh')).location).toContain('reminded=0.2.0');
    expect(portal.mailer.of('enrolment-reminder')).toHaveLength(2);
    // A period later they are mailed again: the store's throttle (migration-conformance.ts).
  });

  it('reminds one agent from their page; an equipped agent is skipped', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const done = await anne.post(`/admin/accounts/${PEOPLE.luc.id}/reminder`);
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.luc.id}/campaign?reminded=1`);
    expect(portal.mailer.of('enrolment-reminder').map((m) => m.to)).toEqual([PEOPLE.luc.email]);
    expect((await anne.post(`/admin/accounts/${PEOPLE.yann.id}/reminder`)).location).toContain('reminded=0');
    expect(portal.mailer.of('enrolment-reminder')).toHaveLength(1);
  });
});

describe('the registration campaign in the console', () => {
  it('saves an organisation’s campaign (audited), shown again with where it was set; a bad number is 400 beside its field', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const bad = await anne.post('/admin/dashboard/campaign?org=ddpp-35', {
      enabled: 'on',
      snoozes: '99',
      snoozeDays: '7',
    });
    expect(bad.status).toBe(400);
    expect(fieldError(bad.html, 'snoozes')).toBe(format(fr.dashboard.campaignInvalid, { max: 20 }, 'fr'));
    expect(await portal.durable.campaign.settingsFor(['ddpp-35'])).toEqual([]);
    const done = await anne.post('/admin/dashboard/campaign?org=ddpp-35', {
      enabled: 'on',
      snoozes: '2',
      snoozeDays: '10',
      deadline: '2027-02-01',
    });
    expect(done.location).toBe('/admin/dashboard?org=ddpp-35&saved=1');
    expect(await portal.durable.campaign.settingsFor(['ddpp-35'])).toEqual([
      {
        organisationId: 'ddpp-35',
        enabled: true,
        snoozes: 2,
        snoozeDays: 10,
        deadline: new Date('2027-02-01T00:00:00Z'),
      },
    ]);
    const [event] = await portal.durable.audit.list({ limit: 1 });
    expect(event).toMatchObject({
      type: 'campaign.configured',
      details: { actor: PEOPLE.anne.id, organisation: 'ddpp-35' },
    });
    // Marie, in DDPP 35, now meets the page after signing in.
    expect((await signIn(portal.browser('en'), PEOPLE.marie.email, PASSWORD)).location).toBe(
      '/login/campaign?next=%2Faccount',
    );
  });

  it('excludes an agent with a reason (required), audited; includes them again', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const page = await anne.get(`/admin/accounts/${PEOPLE.marie.id}/campaign`);
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(format(en.dashboard.agentStatus, { method: en.dashboard.password }, 'en'));
    const missing = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/campaign-exclusion`, { reason: ' ' });
    expect(missing.status).toBe(400);
    expect(fieldError(missing.html, 'reason')).toBe(en.admin.reasonRequired);
    expect(await portal.durable.campaign.agent(PEOPLE.marie.id)).toBeNull();
    const done = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/campaign-exclusion`, {
      reason: 'No phone allowed in the laboratory',
    });
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.marie.id}/campaign?excluded=1`);
    expect((await portal.durable.campaign.agent(PEOPLE.marie.id))?.exclusion?.reason).toBe(
      'No phone allowed in the laboratory',
    );
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'campaign.excluded',
      details: { actor: PEOPLE.anne.id, role: 'local_manager', reason: 'No phone allowed in the laboratory' },
    });
    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/campaign-inclusion`)).status).toBe(303);
    expect((await portal.durable.campaign.agent(PEOPLE.marie.id))?.exclusion).toBeNull();
  });

  it('refuses a manager excluding themselves (nobody excuses themselves from enrolling)', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const before = await audit();
    expect(
      (await anne.post(`/admin/accounts/${PEOPLE.anne.id}/campaign-exclusion`, { reason: 'I am the boss' })).status,
    ).toBe(403);
    // Nothing but the refusal's line (docs/adr/0041 §1).
    expect((await audit()).filter((e) => e.type !== 'admin.refused')).toEqual(before);
    expect(await portal.durable.campaign.agent(PEOPLE.anne.id)).toBeNull();
  });
});
