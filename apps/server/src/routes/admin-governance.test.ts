import type { StoredAuditEvent } from '@sesame/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AT,
  auditTrail,
  CAST,
  PASSWORD,
  seedAdminWorld,
  signInWithSecondFactor,
  TREE,
  type TreeNode,
} from '../../test/admin-kit';
import {
  createTestPortal,
  fieldError,
  notice,
  signIn,
  textOf,
  type Browser,
  type TestPortal,
} from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { AUDIT_CSV_COLUMNS, csvCell } from './admin-governance';

/**
 * Roles, organisations and the audit in the console (issue 14 points 1 and 5, docs/adr/0038).
 * The cross-organisation refusals of these routes are rows of admin.test.ts `ROUTES`; here: what
 * each role may do, what it is offered, what is audited and mailed, bad input, exports.
 *
 * root ── dgal ─┬─ draaf-bzh ─┬─ ddpp-35   Marie (agent)
 *               │             └─ ddpp-29
 *               └─ draaf-idf ─── ddpp-75   Paul (agent)
 * Anne: local manager of draaf-bzh; Hugo: local manager of draaf-idf; Alice: administrator;
 * Otto: auditor of draaf-bzh.
 */
let portal: TestPortal;

const PEOPLE = {
  marie: CAST.marie,
  paul: CAST.paul,
  anne: CAST.anne,
  hugo: CAST.hugo,
  alice: CAST.alice,
  otto: CAST.otto,
} as const;

/** The organisations' kinds, which the organisation pages show and offer. */
const KINDS: Record<string, TreeNode['kind']> = {
  dgal: 'ministry',
  'draaf-bzh': 'regional-service',
  'draaf-idf': 'regional-service',
  'ddpp-35': 'departmental-service',
  'ddpp-29': 'departmental-service',
  'ddpp-75': 'departmental-service',
};

beforeEach(async () => {
  portal = await createTestPortal();
  await seedAdminWorld(portal, {
    tree: TREE.map((node) => ({ ...node, kind: KINDS[node.id] })),
    people: PEOPLE,
    roles: [
      { person: PEOPLE.anne, role: 'local_manager', scopeId: 'draaf-bzh' },
      { person: PEOPLE.hugo, role: 'local_manager', scopeId: 'draaf-idf' },
      { person: PEOPLE.alice, role: 'administrator', scopeId: 'root' },
      { person: PEOPLE.otto, role: 'auditor', scopeId: 'draaf-bzh' },
    ],
  });
});
afterEach(() => portal.close());

/** A browser signed in with the password and an authenticator app's code (a second factor). */
const withSecondFactor = (email: string, lang?: string): Promise<Browser> =>
  signInWithSecondFactor(portal, email, lang);

const audit = (): Promise<StoredAuditEvent[]> => auditTrail(portal);
/** The `admin.refused` lines of `count` refusals of `actor`, newest first (docs/adr/0041 §1). */
const refusalLines = (actor: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    expect.objectContaining({ type: 'admin.refused', details: expect.objectContaining({ actor, count: count - i }) }),
  );
const options = (html: string, select: string) =>
  [
    ...(new RegExp(`<select id="${select}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '').matchAll(
      /<option value="([^"]*)"/g,
    ),
  ].map((m) => m[1]);

describe('roles on an account’s page', () => {
  it('offers a local manager helpdesk and local manager over its subtree only, gives one, audits and mails it', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const page = await anne.get(`/admin/accounts/${PEOPLE.marie.id}`);
    expect(page.status).toBe(200);
    expect(options(page.html, 'grant-role')).toEqual(['local_manager', 'helpdesk']);
    expect(options(page.html, 'grant-scope')).toEqual(['draaf-bzh', 'ddpp-29', 'ddpp-35']);

    const done = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/roles`, { role: 'helpdesk', scope: 'ddpp-35' });
    expect(done.status).toBe(303);
    expect(notice((await anne.get(done.location!)).html)).toBe(en.adminGovernance.granted);
    expect(await portal.durable.roles.listForAccount(PEOPLE.marie.id)).toMatchObject([
      { role: 'helpdesk', scopeId: 'ddpp-35' },
    ]);
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({
      type: 'role.granted',
      details: { actor: PEOPLE.anne.id, role: 'local_manager', granted: 'helpdesk', scope: 'ddpp-35' },
    });
    expect(portal.mailer.last('role-changed')).toMatchObject({
      to: PEOPLE.marie.email,
      params: { change: 'granted', role: 'helpdesk', organisation: 'DDPP-35' },
    });

    // Given twice: nothing more written nor mailed.
    const mails = portal.mailer.sent.length;
    const before = await audit();
    await anne.post(`/admin/accounts/${PEOPLE.marie.id}/roles`, { role: 'helpdesk', scope: 'ddpp-35' });
    expect(portal.mailer.sent.length).toBe(mails);
    expect(await audit()).toEqual(before);

    const revoked = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/roles/revoke`, {
      role: 'helpdesk',
      scope: 'ddpp-35',
    });
    expect(revoked.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?role=revoked`);
    expect(await portal.durable.roles.listForAccount(PEOPLE.marie.id)).toEqual([]);
    expect((await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 }))[0]?.type).toBe('role.revoked');
    expect(portal.mailer.last('role-changed').params.change).toBe('revoked');
  });

  it('refuses what is not offered: administrator or auditor by a local manager, a role to oneself, an unknown role', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const before = await audit();
    for (const [id, form] of [
      [PEOPLE.marie.id, { role: 'administrator', scope: 'root' }],
      [PEOPLE.marie.id, { role: 'auditor', scope: 'ddpp-35' }],
      [PEOPLE.anne.id, { role: 'helpdesk', scope: 'ddpp-35' }],
    ] as const) {
      const page = await anne.post(`/admin/accounts/${id}/roles`, form);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(fr.errors.FORBIDDEN);
    }
    expect(
      (await anne.post(`/admin/accounts/${PEOPLE.marie.id}/roles`, { role: 'owner', scope: 'ddpp-35' })).status,
    ).toBe(400);
    // Only the three refusals are written (docs/adr/0041 §1), the bad input is not one.
    expect(await audit()).toEqual([...refusalLines(PEOPLE.anne.id, 3), ...before]);
    expect(await portal.durable.roles.listForAccount(PEOPLE.marie.id)).toEqual([]);
  });

  it('lets an administrator give an auditor role, and an administrator role at the root only', async () => {
    const alice = await withSecondFactor(PEOPLE.alice.email);
    const page = await alice.get(`/admin/accounts/${PEOPLE.marie.id}`);
    expect(options(page.html, 'grant-role')).toEqual(['administrator', 'local_manager', 'helpdesk', 'auditor']);
    expect(
      (await alice.post(`/admin/accounts/${PEOPLE.marie.id}/roles`, { role: 'auditor', scope: 'dgal' })).status,
    ).toBe(303);
    expect(
      (await alice.post(`/admin/accounts/${PEOPLE.marie.id}/roles`, { role: 'administrator', scope: 'dgal' })).status,
    ).toBe(400);
    expect(await portal.durable.roles.listForAccount(PEOPLE.marie.id)).toMatchObject([
      { role: 'auditor', scopeId: 'dgal' },
    ]);
  });
});

describe('organisations', () => {
  it('shows the tree with the kinds’ labels in the user’s language', async () => {
    const alice = await withSecondFactor(PEOPLE.alice.email, 'en');
    const text = textOf((await alice.get('/admin/organisations')).html);
    expect(text).toContain(en.adminGovernance.organisationsTitle);
    expect(text).toContain('DDPP-35 Departmental service ddpp-35');
    expect(text).toContain('DGAL Ministry dgal');

    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const page = await anne.get('/admin/organisations');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain('DDPP-35 Service départemental ddpp-35');
    // Anne sees her subtree, not Hugo's.
    expect(page.html).not.toContain('data-organisation="ddpp-75"');
    expect(page.html).toContain('data-organisation="ddpp-29"');
    // She creates inside her scope, renames and moves below it, never her own scope.
    expect(options(page.html, 'create-parent')).toEqual(['draaf-bzh', 'ddpp-29', 'ddpp-35']);
    expect(page.html).toContain('action="/admin/organisations/ddpp-35/rename"');
    expect(page.html).not.toContain('action="/admin/organisations/draaf-bzh/rename"');
  });

  it('creates a child, renames and moves it, each audited; bad input is 400 beside its field, nothing written', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const created = await anne.post('/admin/organisations', {
      parent: 'ddpp-35',
      id: 'sivep-35',
      name: '  SIVEP   Rennes ',
      kind: 'operator',
    });
    expect(created.status).toBe(303);
    expect(await portal.durable.organisations.get('sivep-35')).toMatchObject({
      name: 'SIVEP Rennes',
      kind: 'operator',
      path: ['root', 'dgal', 'draaf-bzh', 'ddpp-35', 'sivep-35'],
    });
    expect((await anne.post('/admin/organisations/sivep-35/rename', { name: 'SIVEP' })).status).toBe(303);
    expect((await anne.post('/admin/organisations/sivep-35/move', { parent: 'ddpp-29' })).status).toBe(303);
    expect((await portal.durable.organisations.get('sivep-35'))?.path).toEqual([
      'root',
      'dgal',
      'draaf-bzh',
      'ddpp-29',
      'sivep-35',
    ]);
    const types = (await audit()).slice(0, 3).map((e) => [e.type, e.details.actor, e.details.organisation]);
    expect(types).toEqual([
      ['organisation.moved', PEOPLE.anne.id, 'sivep-35'],
      ['organisation.renamed', PEOPLE.anne.id, 'sivep-35'],
      ['organisation.created', PEOPLE.anne.id, 'sivep-35'],
    ]);

    const before = await audit();
    const tree = await portal.durable.organisations.list();
    const taken = await anne.post('/admin/organisations', {
      parent: 'ddpp-35',
      id: 'ddpp-29',
      name: 'X',
      kind: 'operator',
    });
    expect(taken.status).toBe(400);
    expect(fieldError(taken.html, 'create-id')).toBe(en.adminGovernance.idTaken);
    const bad = await anne.post('/admin/organisations', {
      parent: 'ddpp-35',
      id: 'Bad Id',
      name: 'X',
      kind: 'operator',
    });
    expect(fieldError(bad.html, 'create-id')).toBe(en.adminGovernance.idMalformed);
    const kind = await anne.post('/admin/organisations', { parent: 'ddpp-35', id: 'x1', name: 'X', kind: 'castle' });
    expect(fieldError(kind.html, 'create-kind')).toBe(en.adminGovernance.kindUnknown);
    const noName = await anne.post('/admin/organisations/ddpp-35/rename', { name: '  ' });
    expect(noName.status).toBe(400);
    expect(fieldError(noName.html, 'rename-ddpp-35')).toBe(en.adminGovernance.nameRequired);
    // A cycle: ddpp-35 cannot go under its own child.
    await portal.durable.organisations.create({ id: 'unit-35', parentId: 'ddpp-35', kind: 'operator', name: 'U' }, AT);
    const cycle = await anne.post('/admin/organisations/ddpp-35/move', { parent: 'unit-35' });
    expect(cycle.status).toBe(400);
    expect(fieldError(cycle.html, 'move-ddpp-35')).toBe(en.adminGovernance.cycle);
    expect(await audit()).toEqual(before);
    expect((await portal.durable.organisations.list()).filter((o) => o.id !== 'unit-35')).toEqual(tree);
  });
});

describe('the audit', () => {
  it('shows a local manager the events about its subtree only, with who, what, whom, from where, outcome', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const hugo = await withSecondFactor(PEOPLE.hugo.email);
    await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`);
    await hugo.post(`/admin/accounts/${PEOPLE.paul.id}/unlock`);

    // The console's sections are linked from the search.
    expect((await anne.get('/admin')).html).toContain('href="/admin/audit"');
    const page = await anne.get('/admin/audit');
    expect(page.status).toBe(200);
    const rows = [...page.html.matchAll(/<tr data-type="([^"]+)">([\s\S]*?)<\/tr>/g)].map((m) => [m[1], textOf(m[2]!)]);
    const unlock = rows.find(([type]) => type === 'account.unlocked');
    expect(unlock?.[1]).toContain(
      `${en.events['account.unlocked']} ${en.adminGovernance.outcomes.success} ${PEOPLE.anne.email} ${PEOPLE.marie.email}`,
    );
    expect(page.html).not.toContain(PEOPLE.paul.email);
    expect(page.html).not.toContain(PEOPLE.hugo.email);

    // Filters: by actor (e-mail), account, type, outcome, organisation.
    const filtered = await anne.get(
      `/admin/audit?actor=${encodeURIComponent(PEOPLE.anne.email)}&type=account.unlocked&outcome=success&within=ddpp-35`,
    );
    expect([...filtered.html.matchAll(/<tr data-type="([^"]+)">/g)].map((m) => m[1])).toEqual(['account.unlocked']);
    const failures = await anne.get('/admin/audit?type=account.unlocked&outcome=failure');
    expect(failures.html).toContain('data-testid="audit-none"');
    const dates = await anne.get('/admin/audit?from=2030-01-02&to=2030-01-01');
    expect(dates.status).toBe(400);
    expect(fieldError(dates.html, 'audit-to')).toBe(en.adminGovernance.toBeforeFrom);
  });

  it('lets an auditor read and export, not act: the console opens on the audit', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`);
    const otto = await withSecondFactor(PEOPLE.otto.email, 'fr');
    expect((await otto.get('/admin')).location).toBe('/admin/audit');
    const page = await otto.get('/admin/audit');
    expect(page.status).toBe(200);
    expect(textOf(page.html)).toContain(fr.events['account.unlocked']);
    const before = await audit();
    expect((await otto.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(403);
    expect(
      (await otto.post('/admin/organisations', { parent: 'ddpp-35', id: 'x1', name: 'X', kind: 'operator' })).status,
    ).toBe(403);
    expect(await audit()).toEqual([...refusalLines(PEOPLE.otto.id, 2), ...before]);
  });

  it('exports CSV and JSON lines of what the page shows, and audits the export', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`);
    await portal.durable.audit.append({
      type: 'sign_in.failed',
      userId: PEOPLE.marie.id,
      ip: '192.0.2.9',
      userAgent: '=HYPERLINK("http://evil.example")',
      at: portal.clock.now(),
      details: { reason: 'password' },
    });
    await portal.durable.audit.append({
      type: 'sign_in.failed',
      userId: PEOPLE.paul.id,
      ip: '192.0.2.10',
      userAgent: null,
      at: portal.clock.now(),
      details: {},
    });

    const csv = await anne.get(`/admin/audit/export?format=csv&account=${PEOPLE.marie.id}`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename="sesame-audit-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = csv.html.trimEnd().split('\r\n');
    expect(lines[0]).toBe(AUDIT_CSV_COLUMNS.join(','));
    expect(lines[1]).toContain(
      `,sign_in.failed,failure,,${PEOPLE.marie.id},192.0.2.9,"'=HYPERLINK(""http://evil.example"")",`,
    );
    expect(lines.some((l) => l.includes(`account.unlocked,success,${PEOPLE.anne.id},${PEOPLE.marie.id}`))).toBe(true);
    expect(csv.html).not.toContain(PEOPLE.paul.id);

    const jsonl = await anne.get('/admin/audit/export?format=jsonl&outcome=failure');
    expect(jsonl.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const records = jsonl.html
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => [r.type, r.account, r.outcome])).toEqual([
      ['sign_in.failed', PEOPLE.marie.id, 'failure'],
    ]);

    const exports = (await audit()).filter((e) => e.type === 'audit.exported');
    expect(exports.map((e) => [e.details.actor, e.details.format])).toEqual([
      [PEOPLE.anne.id, 'jsonl'],
      [PEOPLE.anne.id, 'csv'],
    ]);
    expect(exports[0]?.details).toMatchObject({ filterOutcome: 'failure', within: 'draaf-bzh' });
  });

  it('quotes CSV cells per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('+33 6')).toBe("'+33 6");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('Prometheus counters per method and outcome (docs/adr/0038)', () => {
  it('counts sign-ins by method and outcome, enrolments by method, admin actions by action and outcome', async () => {
    await portal.close();
    const TOKEN = 'prometheus-scrape-token-0123456789abcdef';
    portal = await createTestPortal({ config: { 'metrics.token': TOKEN } });
    await portal.durable.organisations.create({ id: 'dgal', parentId: 'root', kind: 'ministry', name: 'DGAL' }, AT);
    for (const person of [PEOPLE.marie, PEOPLE.anne]) {
      await portal.createUser({
        id: person.id,
        email: person.email,
        password: PASSWORD,
        firstName: 'A',
        lastName: 'X',
      });
      await portal.durable.organisations.placeAccount(person.id, 'dgal');
    }
    await portal.durable.roles.grant({ userId: PEOPLE.anne.id, role: 'local_manager', scopeId: 'dgal' }, AT);

    const wrong = portal.browser('en');
    await signIn(wrong, PEOPLE.marie.email, 'not-the-password-1');
    const anne = await withSecondFactor(PEOPLE.anne.email);
    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/unlock`)).status).toBe(303);
    // Refused: her own account (rule 3), and the console with the password alone.
    expect((await anne.post(`/admin/accounts/${PEOPLE.anne.id}/unlock`)).status).toBe(403);

    const scrape = await portal.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(scrape.statusCode).toBe(200);
    const value = (line: string) =>
      Number(new RegExp(`^${line.replace(/[{}()[\]]/g, '\\$&')} (\\S+)$`, 'm').exec(scrape.body)?.[1]);
    expect(value('sesame_sign_ins_by_method_total{method="PASSWORD",outcome="failure"}')).toBe(1);
    expect(value('sesame_sign_ins_by_method_total{method="PASSWORD",outcome="success"}')).toBe(1);
    expect(value('sesame_sign_ins_by_method_total{method="PASSWORD_TOTP",outcome="success"}')).toBe(1);
    expect(value('sesame_second_factor_enrolments_total{method="totp"}')).toBe(1);
    expect(value('sesame_admin_actions_total{action="account.unlocked",outcome="success"}')).toBe(1);
    expect(value('sesame_admin_actions_total{action="POST /admin/accounts/:id/unlock",outcome="refused"}')).toBe(1);
  });
});
