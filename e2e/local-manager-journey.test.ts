import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Authenticator, createFetchDeviceApi, MemoryStore } from '@sesame/authenticator-core';
import { DEMO_ACCOUNTS, format } from '@sesame/server';
import { qrTextInPage } from '@sesame/server/testing';
import { chromiumForFile, expectNoAxeViolations, waitForHeading } from './support/browser';
import {
  catalogues,
  type ConsoleBrowser,
  type Locale,
  newPage,
  passwordSignIn,
  signInWithNewTotp,
} from './support/console';
import { startStack, type CapturedMail } from './support/stack';

/**
 * Issue 14, "Done when", first point — in Chromium, in French and in English, on a stack of its
 * own for each language (SQLite, SMTP capture, the demo tree and accounts):
 *
 * 1. Yann, local manager of DRAAF Bretagne, signs in with a second factor, reads the migration
 *    dashboard, imports three agents by CSV (a fourth line, for an organisation he does not
 *    manage, is refused at the dry run) and sees them on the dashboard as password-only agents.
 * 2. The agents choose their password from the invitation mail; one enrols the Sésame app (its
 *    brain, authenticator-core, over HTTP, scanning the QR code of the page), one a USB security
 *    key (Chromium's DevTools virtual authenticator); the dashboard follows each.
 * 3. Yann reminds the holdouts: the third agent is mailed, the equipped ones are not.
 * 4. Another organisation stays out of reach, through the console (account, dashboard, search,
 *    a forged reset), the admin REST API and SCIM (an HR client scoped like Yann): refused, and
 *    nothing changed.
 * 5. Sophie, of the DGAL helpdesk, resets the lost phone of the first agent, who is told what to
 *    do on "Add a mobile device", opens the link of the mail and enrols a new phone.
 * 6. The audit of DRAAF Bretagne shows all of it, with who did what.
 *
 * Every console page reached passes axe-core.
 */
const chromium = chromiumForFile();
let launched = false;
beforeAll(async () => {
  launched = await chromium.launch();
});
afterAll(async () => {
  await chromium.close();
});

const account = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!;
const MANAGER = account('yann.le-goff@draaf-bretagne.example.fr');
const HELPDESK = account('sophie.bernard@agriculture.example.fr');
/** John, of the private operators: outside DRAAF Bretagne. */
const OUTSIDE = account('john.smith@operator.example.com');
const MARIE = account('marie.dupont@ddpp35.example.fr');

/** The HR system of DRAAF Bretagne: an OAuth client (client credentials) scoped like Yann (docs/adr/0037). */
const HR_CLIENT = { id: 'hr-bretagne', secret: 'hr-bretagne-secret-0123456789abcdef0123456789' };
const HR_APP = {
  id: HR_CLIENT.id,
  name: 'SIRH DRAAF Bretagne',
  oidc: {
    clientId: HR_CLIENT.id,
    clientSecret: HR_CLIENT.secret,
    grantTypes: ['client_credentials'],
    adminApi: {
      scopes: ['sesame:admin:read', 'sesame:admin:write', 'sesame:scim'],
      roles: [{ role: 'local_manager', organisation: 'draaf-bretagne' }],
    },
  },
};

const PIN = '4715';
const NEW_PIN = '6093';

interface Agent {
  email: string;
  firstName: string;
  lastName: string;
  organisation: string;
  password: string;
}

const agentsOf = (locale: Locale) => {
  const agent = (first: string, last: string, organisation: string): Agent => ({
    email: `${first.toLowerCase()}.${last.toLowerCase().replace(/\W/g, '')}.${locale}@${organisation}.example.fr`,
    firstName: first,
    lastName: last,
    organisation,
    password: `${first} garde les moutons de la lande ${locale}`,
  });
  return {
    app: agent('Gwenaelle', 'Kerjean', 'ddpp-35'),
    key: agent('Erwan', 'Tanguy', 'ddpp-29'),
    holdout: agent('Soizic', 'Le Bihan', 'ddpp-35'),
  };
};

// The two languages run side by side, each on its own stack: the journey waits on pages, mails and
// the import's progress more than it computes.
it.concurrent.each(['fr', 'en'] as const)(
  'a local manager’s journey (%s)',
  async (locale) => {
    const m = catalogues[locale];
    const d = m.dashboard;
    const l = m.lifecycle;
    const a = m.admin;
    const g = m.adminGovernance;
    const agents = agentsOf(locale);
    const contexts: BrowserContext[] = [];
    const on: ConsoleBrowser = { browser: () => chromium.get(), baseUrl: () => stack.baseUrl, contexts };
    const pageErrors: string[][] = [];
    let manager: Page;
    /** The dashboard's figures after the import, before any agent enrols. */
    let imported: Awaited<ReturnType<typeof dashboard>>;
    /** The browser of the agent who enrols the app (and, after the reset, a new phone). */
    let appAgent: Page;
    /** The browser of the agent who enrols a security key. */
    let keyAgent: Page;

    /** The journey's steps, in their order (the test runs them at the end of this function). */
    const steps: Array<[string, () => Promise<void>]> = [];
    const step = (title: string, run: () => Promise<void>) => steps.push([title, run]);

    const fresh = async () => {
      const opened = await newPage(on, locale);
      pageErrors.push(opened.errors);
      return opened.page;
    };
    const heading = (page: Page, key: string) => waitForHeading(page, key);

    /** The dashboard of DRAAF Bretagne: its agents per method and its phones to buy. */
    async function dashboard(): Promise<Record<'total' | 'app' | 'key' | 'password' | 'phones', number>> {
      await manager.goto(`${stack.baseUrl}/admin/dashboard?org=draaf-bretagne`);
      await heading(manager, format(d.heading, { organisation: 'DRAAF Bretagne' }, locale));
      const byMethod = manager.getByTestId('by-method');
      const count = async (label: string) =>
        Number((await byMethod.getByRole('row', { name: label }).locator('td').innerText()).replace(/\D/g, ''));
      const figures = manager.getByTestId('dashboard-figures');
      const total = Number(
        (
          await figures.locator(`xpath=.//dt[normalize-space()="${d.total}"]/following-sibling::dd[1]`).innerText()
        ).replace(/\D/g, ''),
      );
      return {
        total,
        app: await count(d.app),
        key: await count(d.key),
        password: await count(d.password),
        phones: Number((await manager.getByTestId('phones-to-buy').innerText()).replace(/\D/g, '')),
      };
    }

    /** The invitation's link → "Choose your password" → signed in with it: "My account". */
    async function acceptInvitation(agent: Agent): Promise<Page> {
      const mail = await stack.smtp.waitForMail(agent.email, (x) => x.subject === m.mail.invitation.subject);
      const page = await fresh();
      await page.goto(linkIn(mail, '/password/reset'));
      await heading(page, m.setPassword.title);
      await page.getByLabel(m.fields.password, { exact: true }).fill(agent.password);
      await page.getByLabel(m.fields.passwordConfirm, { exact: true }).fill(agent.password);
      await page.getByRole('button', { name: m.setPassword.submit, exact: true }).click();
      await heading(page, m.account.title);
      return page;
    }

    /** A link of the portal in a mail's text, on this stack's address. */
    function linkIn(mail: CapturedMail, route: string): string {
      const found = new RegExp(`https?://[^\\s"<>]+${route.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_%-]+`).exec(
        mail.text,
      )?.[0];
      expect(found, `a ${route} link in "${mail.subject}":\n${mail.text}`).toBeTruthy();
      return found!.replace(/^https?:\/\/[^/]+/, stack.baseUrl);
    }

    /** "Add a mobile device" → PIN twice → the QR code, scanned by a new phone (authenticator-core) → the device list. */
    async function enrolPhone(page: Page, pin: string): Promise<Authenticator> {
      await page.getByRole('link', { name: m.devices.add, exact: true }).first().click();
      await heading(page, m.devices.form.title);
      await page.getByLabel(m.devices.form.pin, { exact: true }).fill(pin);
      await page.getByLabel(m.devices.form.pinConfirm, { exact: true }).fill(pin);
      // The QR page's event stream, subscribed before its answer starts (routes/devices.tsx): the
      // phone enrols only once it is, as a person scanning does seconds later — an enrolment that
      // ends before the stream is open is not announced (the page's "I have finished" is for that).
      const subscribed = page.waitForResponse((response) =>
        response.url().endsWith('/account/devices/enrolment-events'),
      );
      await page.getByRole('button', { name: m.devices.form.submit, exact: true }).click();
      await heading(page, m.devices.qr.title);
      await subscribed;
      const phone = new Authenticator({
        store: new MemoryStore(),
        deviceApi: (server) => createFetchDeviceApi(server),
      });
      await phone.initialise();
      await phone.enrol(qrTextInPage(await page.content(), 'enrolment-qr'), pin);
      // The waiting page moves on by itself once the device is active.
      await page.waitForURL((url) => url.pathname === '/account/devices');
      expect(await page.getByRole('status').first().innerText()).toContain(m.devices.addedNotice);
      return phone;
    }

    step(`the manager signs in with a second factor and imports agents by CSV`, async () => {
      const signedIn = await signInWithNewTotp(on, locale, MANAGER);
      manager = signedIn.page;
      pageErrors.push(signedIn.errors);
      const before = await dashboard();
      await expectNoAxeViolations(manager, `${locale} dashboard`);

      const line = (x: Agent, n: number) =>
        [x.email, x.firstName, x.lastName, x.organisation, `RH-${locale}-${n}`, locale].join(';');
      const csv = [
        'email;first_name;last_name;organisation_id;external_id;language',
        line(agents.app, 1),
        line(agents.key, 2),
        line(agents.holdout, 3),
        // An organisation Yann does not manage: refused at the dry run, not written.
        [`intrus.${locale}@operator.example.com`, 'Intrus', 'Ailleurs', 'operators', '', locale].join(';'),
      ].join('\r\n');
      await manager.goto(`${stack.baseUrl}/admin`);
      await manager.getByRole('link', { name: l.importLink, exact: true }).click();
      await heading(manager, l.importTitle);
      await manager.getByLabel(l.file, { exact: true }).setInputFiles({
        name: 'agents.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}`),
      });
      await manager.getByRole('button', { name: l.dryRun, exact: true }).click();
      await heading(manager, l.planTitle);
      expect(await manager.getByTestId('import-summary').innerText()).toBe(
        format(l.planSummary, { create: 3, update: 0, unchanged: 0, error: 1 }, locale),
      );
      expect(await manager.getByTestId('import-plan').innerText()).toContain(l.lineReasons.out_of_scope);
      await manager.getByRole('button', { name: l.confirm, exact: true }).click();
      await manager.locator('#import-progress[data-state="done"]').waitFor({ timeout: 15_000 });
      expect(await manager.getByTestId('import-counts').innerText()).toBe(
        format(l.progressCounts, { created: 3, updated: 0, unchanged: 0, errors: 1, mailed: 3 }, locale),
      );

      const after = await dashboard();
      imported = after;
      expect(after).toMatchObject({
        total: before.total + 3,
        password: before.password + 3,
        phones: before.phones + 3,
        app: before.app,
        key: before.key,
      });
    });

    step(`agents enrol, one the Sésame app, one a security key; the dashboard follows`, async () => {
      const before = imported;

      appAgent = await acceptInvitation(agents.app);
      await enrolPhone(appAgent, PIN);
      const afterApp = await dashboard();
      expect(afterApp).toMatchObject({ app: before.app + 1, password: before.password - 1, phones: before.phones - 1 });

      keyAgent = await acceptInvitation(agents.key);
      const cdp: CDPSession = await keyAgent.context().newCDPSession(keyAgent);
      await cdp.send('WebAuthn.enable', { enableUI: false });
      await cdp.send('WebAuthn.addVirtualAuthenticator', {
        options: {
          protocol: 'ctap2',
          transport: 'usb',
          hasResidentKey: true,
          hasUserVerification: true,
          isUserVerified: true,
          automaticPresenceSimulation: true,
        },
      });
      const k = m.securityKeys;
      const keyName = locale === 'fr' ? 'Clé du trousseau' : 'Key on my key ring';
      await keyAgent.goto(`${stack.baseUrl}/account/security-keys/new`);
      await heading(keyAgent, k.addTitle);
      await keyAgent.getByLabel(k.name, { exact: true }).fill(keyName);
      await keyAgent.getByRole('button', { name: k.continue, exact: true }).click();
      await heading(keyAgent, k.promptTitle);
      await keyAgent
        .getByRole('button', { name: format(k.promptButton, { name: keyName }, locale), exact: true })
        .click();
      await heading(keyAgent, k.title);

      const afterKey = await dashboard();
      expect(afterKey).toMatchObject({
        app: before.app + 1,
        key: before.key + 1,
        password: before.password - 2,
        phones: before.phones - 2,
      });
    });

    step(`the manager reminds the holdouts: the agent without a second factor is mailed, not the others`, async () => {
      await dashboard();
      const mailsBefore = stack.smtp.mails.length;
      await manager.getByRole('button', { name: d.remindersSend, exact: true }).click();
      await heading(manager, format(d.heading, { organisation: 'DRAAF Bretagne' }, locale));
      expect(await manager.getByRole('status').first().innerText()).toMatch(/\d/);
      // Each in their own mails' language (Marie's is French).
      const isReminder = (x: CapturedMail) =>
        [catalogues.fr, catalogues.en].some((c) => x.subject === c.mail.enrolmentReminder.subject);
      await stack.smtp.waitForMail(agents.holdout.email, isReminder);
      await stack.smtp.waitForMail(MARIE.email, isReminder);
      const reminded = stack.smtp.mails
        .slice(mailsBefore)
        .filter(isReminder)
        .flatMap((x) => x.to);
      expect(reminded).not.toContain(agents.app.email);
      expect(reminded).not.toContain(agents.key.email);
      expect(reminded).not.toContain(OUTSIDE.email);
    });

    step(`another organisation is out of reach — the console, the REST API and SCIM`, async () => {
      // The console: John's page, the operators' dashboard, a search, a forged reset.
      for (const path of [`/admin/accounts/${OUTSIDE.id}`, '/admin/dashboard?org=operators']) {
        const answer = await manager.goto(`${stack.baseUrl}${path}`);
        expect(answer?.status(), path).toBe(403);
        expect(await manager.locator('main').innerText()).toContain(m.errors.FORBIDDEN);
        expect(await manager.locator('main').innerText()).not.toContain(OUTSIDE.email);
      }
      await expectNoAxeViolations(manager, `${locale} console refused`);
      await manager.goto(`${stack.baseUrl}/admin`);
      await manager.getByLabel(a.searchLabel, { exact: true }).fill('smith');
      await manager.getByRole('button', { name: a.submit, exact: true }).click();
      await heading(manager, a.title);
      expect(await manager.locator('main').innerText()).not.toContain('Smith');
      const csrf = await manager.locator('input[name="_csrf"]').first().inputValue();
      const forged = await manager.request.post(`${stack.baseUrl}/admin/accounts/${OUTSIDE.id}/second-factor-reset`, {
        form: { _csrf: csrf, reason: 'phone lost' },
        maxRedirects: 0,
      });
      expect(forged.status()).toBe(403);

      // The REST API and SCIM, as the HR system of DRAAF Bretagne (client credentials).
      const token = await clientToken('sesame:admin:read sesame:admin:write sesame:scim');
      const call = (method: string, path: string, body?: object) =>
        fetch(`${stack.baseUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${token}`,
            'accept-language': locale,
            ...(body
              ? { 'content-type': path.startsWith('/scim') ? 'application/scim+json' : 'application/json' }
              : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
      const marie = await call('GET', `/api/admin/v1/accounts/${MARIE.id}`);
      expect(marie.status, 'an agent of DRAAF Bretagne is within reach').toBe(200);
      for (const [method, path, body] of [
        ['GET', `/api/admin/v1/accounts/${OUTSIDE.id}`],
        ['POST', `/api/admin/v1/accounts/${OUTSIDE.id}/second-factor-reset`, { reason: 'phone lost' }],
        ['POST', `/api/admin/v1/accounts/${OUTSIDE.id}/deactivate`],
        ['GET', '/api/admin/v1/organisations/operators'],
        [
          'POST',
          '/api/admin/v1/accounts',
          {
            email: `sirh.${locale}@operator.example.com`,
            firstName: 'Sirh',
            lastName: 'Ailleurs',
            organisationId: 'operators',
          },
        ],
      ] as const) {
        const answer = await call(method, path, body);
        expect(answer.status, `${method} ${path}`).toBe(403);
        const problem = (await answer.json()) as { code: string; detail: string };
        expect(problem).toMatchObject({ code: 'FORBIDDEN', detail: m.errors.FORBIDDEN });
        expect(JSON.stringify(problem)).not.toContain(OUTSIDE.email);
      }
      for (const [method, body] of [
        ['GET'],
        [
          'PATCH',
          {
            schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
            Operations: [{ op: 'replace', path: 'active', value: false }],
          },
        ],
        ['DELETE'],
      ] as const) {
        const answer = await call(method, `/scim/v2/Users/${OUTSIDE.id}`, body);
        expect(answer.status, `SCIM ${method}`).toBe(404);
        expect(await answer.text()).not.toContain(OUTSIDE.email);
      }
      const filtered = await call(
        'GET',
        `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${OUTSIDE.email}"`)}`,
      );
      expect(filtered.status).toBe(200);
      expect(((await filtered.json()) as { totalResults: number }).totalResults).toBe(0);

      // Nothing changed: John still signs in with his password alone (no factor was removed, the
      // account is active) — on a shared computer, the agent's session gone.
      await keyAgent.context().clearCookies();
      await passwordSignIn(keyAgent, stack.baseUrl, locale, OUTSIDE);
      await heading(keyAgent, m.account.title);
    });

    step(`the helpdesk resets a lost phone and the agent enrols a new one`, async () => {
      const helpdesk = await signInWithNewTotp(on, locale, HELPDESK);
      pageErrors.push(helpdesk.errors);
      const desk = helpdesk.page;
      await desk.goto(`${stack.baseUrl}/admin`);
      await desk.getByLabel(a.searchLabel, { exact: true }).fill(agents.app.lastName.toLowerCase());
      await desk.getByRole('button', { name: a.submit, exact: true }).click();
      await desk.getByRole('link', { name: `${agents.app.lastName} ${agents.app.firstName}`, exact: true }).click();
      const title = format(a.accountTitle, { name: `${agents.app.firstName} ${agents.app.lastName}` }, locale);
      await heading(desk, title);
      await desk
        .getByLabel(a.reason, { exact: true })
        .fill(
          locale === 'fr'
            ? 'Téléphone perdu, identité vérifiée par téléphone'
            : 'Phone lost, identity checked by phone',
        );
      await desk.getByRole('button', { name: a.resetFactor, exact: true }).click();
      await heading(desk, title);
      expect(await desk.getByRole('status').first().innerText()).toContain(
        format(a.factorReset, { devices: 1, credentials: 0 }, locale),
      );
      const mail = await stack.smtp.waitForMail(
        agents.app.email,
        (x) => x.subject === m.mail.secondFactorReset.subject,
      );

      // The agent, on their computer, whose session ended, signs in with the password and asks to
      // add a phone: the page says what to do (not a dead end), and the mail's link lets this
      // browser enrol one at once.
      const agent = appAgent;
      expect((await agent.goto(`${stack.baseUrl}/account`))?.url()).toContain('/login');
      await passwordSignIn(agent, stack.baseUrl, locale, agents.app);
      await heading(agent, m.account.title);
      await agent.getByRole('link', { name: m.devices.add, exact: true }).first().click();
      await heading(agent, m.secondFactor.lostAllTitle);
      expect(await agent.getByRole('link', { name: m.recovery.link, exact: true }).getAttribute('href')).toBe(
        '/account/recovery',
      );
      await expectNoAxeViolations(agent, `${locale} add a device after a reset`);
      await agent.goto(linkIn(mail, '/account/recovery/confirm'));
      await heading(agent, m.recovery.confirmTitle);
      expect(await agent.locator('main').innerText()).toContain(m.recovery.confirmIntroChecked);
      await agent.getByRole('button', { name: m.recovery.confirmSubmitChecked, exact: true }).click();
      await heading(agent, m.recovery.readyTitle);
      await expectNoAxeViolations(agent, `${locale} recovery ready`);
      await enrolPhone(agent, NEW_PIN);
      const recovered = await stack.smtp.waitForMail(
        agents.app.email,
        (x) => x.subject === m.mail.recoveryCompleted.subject,
      );
      expect(recovered.text).toBeTruthy();
    });

    step(`the audit of DRAAF Bretagne shows all of it`, async () => {
      await manager.goto(`${stack.baseUrl}/admin/audit?within=draaf-bretagne`);
      await heading(manager, g.auditTitle);
      const events = await manager.getByTestId('audit-events').innerText();
      for (const type of [
        'account.invited',
        'device.enrolled',
        'credential.enrolled',
        'campaign.reminder_sent',
        'account.second_factor_reset',
        'account.recovery_started',
        'account.recovery_completed',
      ] as const) {
        expect(events, type).toContain(m.events[type]);
      }
      expect(events).toContain(MANAGER.email);
      expect(events).toContain(HELPDESK.email);
      // The recovery without a waiting period names who checked the agent's identity.
      expect(events).toContain(`checkedBy=${HELPDESK.id}`);
      expect(pageErrors.flat()).toEqual([]);
    });

    async function clientToken(scope: string): Promise<string> {
      const answer = await fetch(`${stack.baseUrl}/oidc/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${HR_CLIENT.id}:${HR_CLIENT.secret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', scope }).toString(),
      });
      expect(answer.status, await answer.clone().text()).toBe(200);
      return ((await answer.json()) as { access_token: string }).access_token;
    }

    if (!launched) chromium.get();
    const stack = await startStack({
      demoAccounts: true,
      config: { 'sms.sunset': '2027-07-01', relyingApps: [HR_APP] },
    });
    try {
      for (const [title, run] of steps) {
        try {
          await run();
        } catch (error) {
          console.error(`${locale}: the step "${title}" failed`);
          throw error;
        }
      }
    } finally {
      for (const context of contexts) await context.close();
      await stack.stop();
    }
  },
  300_000,
);
