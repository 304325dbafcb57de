import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CAST,
  PASSWORD,
  seedAdminWorld,
  signInWithPassword,
  signInWithSecondFactor,
  signInWithTotp,
} from '../../test/admin-kit';
import { enrolTotp } from '../../test/credentials-kit';
import { createTestPortal, fieldError, signIn, textOf, type Browser, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';
import { fr } from '../i18n/fr';

/**
 * The account lifecycle in the admin console (issue 14 point 2, docs/adr/0035): invite, deactivate,
 * reactivate, move, erase, the CSV import (dry run, confirmation, progress, idempotence) and export,
 * through the routes as a browser uses them. The refusals to a manager of another organisation are
 * in admin.test.ts's table.
 *
 * root ── dgal ─┬─ draaf-bzh ─┬─ ddpp-35   Marie (agent)
 *               │             └─ ddpp-29
 *               └─ draaf-idf ─── ddpp-75   Paul (agent)
 * Anne: local manager of draaf-bzh; Hugo: local manager of draaf-idf; Sophie: helpdesk of dgal.
 */
let portal: TestPortal;

const PEOPLE = {
  marie: CAST.marie,
  paul: CAST.paul,
  anne: CAST.anne,
  hugo: CAST.hugo,
  sophie: CAST.sophie,
} as const;

beforeEach(async () => {
  portal = await createTestPortal();
  await seedAdminWorld(portal, {
    people: PEOPLE,
    roles: [
      { person: PEOPLE.anne, role: 'local_manager', scopeId: 'draaf-bzh' },
      { person: PEOPLE.hugo, role: 'local_manager', scopeId: 'draaf-idf' },
      { person: PEOPLE.sophie, role: 'helpdesk', scopeId: 'dgal' },
    ],
  });
});
afterEach(() => portal.close());

const withSecondFactor = (email: string, lang?: string): Promise<Browser> =>
  signInWithSecondFactor(portal, email, lang);

describe('inviting one agent', () => {
  it('creates the account in the organisation, mails the invitation, and the link sets the password', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const form = await anne.get('/admin/invite');
    expect(form.status).toBe(200);
    expect(form.html).toContain('value="ddpp-35"');
    expect(form.html).not.toContain('value="ddpp-75"');
    const done = await anne.post('/admin/invite', {
      email: 'Nina.Roux@ddpp35.example.fr',
      firstName: 'Nina',
      lastName: 'Roux',
      organisationId: 'ddpp-35',
      externalId: 'RH-7',
      emailLocale: 'en',
    });
    expect(done.status).toBe(303);
    const page = await anne.follow(done);
    expect(textOf(page.html)).toContain(format(fr.lifecycle.invited, { email: 'nina.roux@ddpp35.example.fr' }, 'fr'));
    expect(textOf(page.html)).toContain(fr.lifecycle.invitationPending);
    const [mail] = portal.mailer.of('invitation');
    expect(mail).toMatchObject({ to: 'nina.roux@ddpp35.example.fr', locale: 'en' });
    const nina = portal.browser('en');
    const reset = await nina.follow(await nina.get(portal.linkIn(mail!)));
    expect(reset.status).toBe(200);
    // Her first password: the registration's words, not "a new password" (docs/adr/0040).
    expect(textOf(reset.html)).toContain(en.setPassword.title);
    expect(textOf(reset.html)).not.toContain(en.reset.title);
    const chosen = await nina.post('/password/reset', {
      password: 'Une phrase que Nina retient',
      passwordConfirm: 'Une phrase que Nina retient',
    });
    // Signed in with it, as after a registration: "My account", where the app is offered.
    expect(chosen.status).toBe(303);
    expect(chosen.location).toBe('/account?welcome=1');
    expect((await nina.get('/account')).status).toBe(200);
    expect(
      (await signIn(portal.browser('en'), 'nina.roux@ddpp35.example.fr', 'Une phrase que Nina retient')).location,
    ).toBe('/account');
  });

  it('says "invitation expired" once the link is dead, on the account page and in the export, and "Send again" brings it back to "invited" (docs/adr/0051, 0054 §6)', async () => {
    const { seed } = await enrolTotp(portal, await signInWithPassword(portal, PEOPLE.anne.email));
    const anne = await signInWithTotp(portal, PEOPLE.anne.email, seed);
    await anne.post('/admin/invite', {
      email: 'nina.roux@ddpp35.example.fr',
      firstName: 'Nina',
      lastName: 'Roux',
      organisationId: 'ddpp-35',
    });
    const nina = await portal.services.durable.users.findByEmail('nina.roux@ddpp35.example.fr');
    const state = async (browser: Browser) => textOf((await browser.get(`/admin/accounts/${nina!.id}`)).html);
    // The export's `status` of Nina's line (English: comma-separated, status last).
    const exported = async (browser: Browser) =>
      (await browser.get('/admin/export.csv?within=ddpp-35')).html
        .split('\r\n')
        .find((line) => line.startsWith('nina.roux@ddpp35.example.fr,'))
        ?.split(',')
        .at(-1);
    expect(await state(anne)).toContain(en.lifecycle.invitationPending);
    expect(await state(anne)).not.toContain(en.lifecycle.invitationExpired);
    expect(await exported(anne)).toBe('invited');

    portal.clock.advanceMinutes(7 * 24 * 60 + 1);
    // Anne's session has ended meanwhile: she signs in again.
    const later = await signInWithTotp(portal, PEOPLE.anne.email, seed);
    expect(await state(later)).toContain(en.lifecycle.invitationExpired);
    expect(await exported(later)).toBe('invitation-expired');
    const [first] = portal.mailer.of('invitation');
    const dead = portal.browser('en');
    expect(textOf((await dead.follow(await dead.get(portal.linkIn(first!)))).html)).not.toContain(en.setPassword.title);

    expect((await later.post(`/admin/accounts/${nina!.id}/invitation`)).status).toBe(303);
    expect(portal.mailer.of('invitation')).toHaveLength(2);
    const now = await state(later);
    expect(now).toContain(en.lifecycle.invitationPending);
    expect(now).not.toContain(en.lifecycle.invitationExpired);
    expect(await exported(later)).toBe('invited');
  });

  it('shows every bad field at once, in the user’s language, nothing created', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const page = await anne.post('/admin/invite', {
      email: 'nope',
      firstName: '',
      lastName: 'Roux',
      organisationId: 'ddpp-35',
    });
    expect(page.status).toBe(400);
    expect(fieldError(page.html, 'email')).toBeTruthy();
    expect(fieldError(page.html, 'firstName')).toBeTruthy();
    const taken = await anne.post('/admin/invite', {
      email: PEOPLE.marie.email,
      firstName: 'Marie',
      lastName: 'Bis',
      organisationId: 'ddpp-35',
    });
    expect(taken.status).toBe(409);
    expect(textOf(taken.html)).toContain(fr.errors.EMAIL_UNAVAILABLE);
    expect(portal.mailer.of('invitation')).toHaveLength(0);
  });

  it('is not offered to the helpdesk', async () => {
    const sophie = await withSecondFactor(PEOPLE.sophie.email);
    expect((await sophie.get('/admin/invite')).status).toBe(403);
    expect((await sophie.get('/admin')).html).not.toContain('/admin/import');
  });
});

describe('deactivation, move and erasure', () => {
  it('deactivates: the owner is refused with a clear message, their session ends; reactivates', async () => {
    const marie = portal.browser('fr');
    expect((await signIn(marie, PEOPLE.marie.email, PASSWORD)).location).toBe('/account');
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const done = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/deactivate`);
    expect(done.location).toBe(`/admin/accounts/${PEOPLE.marie.id}?done=deactivated`);
    expect(textOf((await anne.follow(done)).html)).toContain(en.lifecycle.deactivated);
    expect((await marie.get('/account')).status).toBe(303);
    const refused = await signIn(portal.browser('fr'), PEOPLE.marie.email, PASSWORD);
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain(fr.errors.ACCOUNT_DEACTIVATED);
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({ type: 'account.deactivated', details: { actor: PEOPLE.anne.id } });

    expect((await anne.post(`/admin/accounts/${PEOPLE.marie.id}/reactivate`)).status).toBe(303);
    expect((await signIn(portal.browser('fr'), PEOPLE.marie.email, PASSWORD)).location).toBe('/account');
  });

  it('moves an agent within the manager’s subtree', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const done = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/move`, { organisationId: 'ddpp-29' });
    expect(textOf((await anne.follow(done)).html)).toContain(
      format(en.lifecycle.moved, { organisation: 'DDPP-29' }, 'en'),
    );
    expect((await portal.durable.organisations.accountOrganisation(PEOPLE.marie.id))?.id).toBe('ddpp-29');
  });

  it('erases after the address is typed again, says what is kept, and keeps only the audit lines', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const confirm = await anne.get(`/admin/accounts/${PEOPLE.marie.id}/delete`);
    expect(confirm.status).toBe(200);
    expect(textOf(confirm.html)).toContain(format(fr.lifecycle.deleteKeptItems[0]!, { id: PEOPLE.marie.id }, 'fr'));
    const wrong = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/delete`, {
      confirmEmail: 'paul@ddpp75.example.fr',
    });
    expect(wrong.status).toBe(400);
    expect(fieldError(wrong.html, 'confirmEmail')).toBe(fr.lifecycle.confirmMismatch);
    expect(await portal.durable.users.findById(PEOPLE.marie.id)).not.toBeNull();

    const done = await anne.post(`/admin/accounts/${PEOPLE.marie.id}/delete`, {
      confirmEmail: PEOPLE.marie.email.toUpperCase(),
    });
    expect(done.location).toBe(`/admin?erased=${PEOPLE.marie.id}`);
    expect(textOf((await anne.follow(done)).html)).toContain(
      format(fr.lifecycle.erased, { id: PEOPLE.marie.id }, 'fr'),
    );
    expect(await portal.durable.users.findById(PEOPLE.marie.id)).toBeNull();
    const [event] = await portal.durable.audit.list({ userId: PEOPLE.marie.id, limit: 1 });
    expect(event).toMatchObject({ type: 'account.deleted', details: { actor: PEOPLE.anne.id } });
  });
});

const CSV = [
  '\uFEFFemail;first_name;last_name;organisation_id;external_id',
  'lea.martin@ddpp35.example.fr;Léa;Martin;ddpp-35;RH-1',
  'yann.le-goff@ddpp29.example.fr;Yann;Le Goff;ddpp-29;RH-2',
  `${PEOPLE.paul.email};Paul;X;ddpp-35;`,
  'broken;;Nom;ddpp-35;',
  'eve@ddpp75.example.fr;Eve;Durand;ddpp-75;',
].join('\r\n');

describe('the CSV import', () => {
  it('dry run, then confirmation, progress, invitations; the same file again changes nothing', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    expect((await anne.get('/admin/import')).status).toBe(200);
    const users = await portal.durable.users.count();
    const dryRun = await anne.postFile('/admin/import', { field: 'file', filename: 'agents.csv', content: CSV });
    expect(dryRun.status).toBe(200);
    expect(textOf(dryRun.html)).toContain(
      format(fr.lifecycle.planSummary, { create: 2, update: 0, unchanged: 0, error: 3 }, 'fr'),
    );
    expect(textOf(dryRun.html)).toContain(format(fr.lifecycle.lineReasons.taken, { field: fr.fieldNames.email }, 'fr'));
    expect(textOf(dryRun.html)).toContain(fr.lifecycle.lineReasons.out_of_scope);
    expect(await portal.durable.users.count()).toBe(users);
    expect(portal.mailer.of('invitation')).toHaveLength(0);

    const id = /name="id" value="([^"]+)"/.exec(dryRun.html)?.[1];
    const started = await anne.post('/admin/import/confirm', { id });
    expect(started.status).toBe(303);
    expect(started.location).toBe(`/admin/import/jobs/${id}`);
    // The job runs after the answer: wait for it through the page a browser without JS reloads.
    let progress = await anne.follow(started);
    for (let i = 0; i < 50 && progress.html.includes('data-state="running"'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      progress = await anne.follow(started);
    }
    expect(progress.html).toContain('data-state="done"');
    expect(textOf(progress.html)).toContain(fr.lifecycle.doneTitle);
    expect(textOf(progress.html)).toContain(
      format(fr.lifecycle.progressCounts, { created: 2, updated: 0, unchanged: 0, errors: 3, mailed: 2 }, 'fr'),
    );
    expect(
      portal.mailer
        .of('invitation')
        .map((m) => m.to)
        .sort(),
    ).toEqual(['lea.martin@ddpp35.example.fr', 'yann.le-goff@ddpp29.example.fr']);
    // Someone else cannot read the job.
    const hugo = await withSecondFactor(PEOPLE.hugo.email);
    expect((await hugo.get(`/admin/import/jobs/${id}`)).status).toBe(404);
    expect((await hugo.post('/admin/import/confirm', { id })).status).toBe(400);

    const again = await anne.postFile('/admin/import', { field: 'file', filename: 'agents.csv', content: CSV });
    expect(textOf(again.html)).toContain(
      format(fr.lifecycle.planSummary, { create: 0, update: 0, unchanged: 2, error: 3 }, 'fr'),
    );
    expect(textOf(again.html)).toContain(fr.lifecycle.nothingToDo);
  });

  it('says what is wrong with a file it cannot take, on the form (400)', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const noHeader = await anne.postFile('/admin/import', {
      field: 'file',
      filename: 'a.csv',
      content: 'email,first_name\n',
    });
    expect(noHeader.status).toBe(400);
    expect(fieldError(noHeader.html, 'file')).toContain('last_name');
    const none = await anne.postFile('/admin/import', { field: 'file', filename: 'a.csv', content: '' });
    expect(none.status).toBe(400);
    expect(fieldError(none.html, 'file')).toBe(en.lifecycle.fileRequired);
  });

  it('refuses an upload without the CSRF token, nothing staged', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email);
    const forged = await anne.postFile(
      '/admin/import',
      { field: 'file', filename: 'a.csv', content: CSV },
      {},
      { csrf: null },
    );
    expect(forged.status).toBe(403);
  });
});

describe('the CSV export', () => {
  it('gives the subtree’s accounts, re-importable, “;” in French', async () => {
    const anne = await withSecondFactor(PEOPLE.anne.email, 'fr');
    const file = await anne.get('/admin/export.csv');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('text/csv');
    expect(file.headers['content-disposition']).toContain('attachment');
    const lines = file.html
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('email;first_name;last_name;organisation_id;external_id;language;status');
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual([PEOPLE.anne.email, PEOPLE.marie.email]);
    // The download is audited before its first row (docs/adr/0041 §2).
    const exported = (await portal.durable.audit.list({ limit: 1000 })).find((e) => e.type === 'account.exported');
    expect(exported).toMatchObject({
      userId: null,
      details: { actor: PEOPLE.anne.id, role: 'local_manager', within: 'draaf-bzh', format: 'csv' },
    });
    // Re-imported as it is: nothing to do.
    const again = await anne.postFile('/admin/import', { field: 'file', filename: 'export.csv', content: file.html });
    expect(textOf(again.html)).toContain(
      format(fr.lifecycle.planSummary, { create: 0, update: 0, unchanged: 2, error: 0 }, 'fr'),
    );
  });
});
