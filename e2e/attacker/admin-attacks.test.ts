import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, en } from '@sesame/server';
import { startSmtpCapture, type SmtpCapture } from '../support/stack';
import { csrfIn } from './support/devices-view';
import { passwordJourney } from './support/journeys';
import { RELYING_APPS } from './support/level-probes';
import { startSesameProcess, type SesameProcess } from './support/sesame-process';
import { textOf, WebClient } from './support/web-client';

/**
 * The admin console against the password-only attacker (issue 14; docs/adr/0033), on the real
 * server process seen only through HTTP. The attacker knows the published passwords of the demo
 * administrator and local manager (the worst case: a password leaked), not their second factor.
 * What must hold: no admin page and no admin action, GET or POST, with or without the CSRF token;
 * nothing about any account leaks.
 */
let smtp: SmtpCapture | undefined;
let sesame: SesameProcess | undefined;

beforeAll(async () => {
  smtp = await startSmtpCapture();
  sesame = await startSesameProcess({ smtpUrl: smtp.url, relyingApps: RELYING_APPS, demoAccounts: true });
});
afterAll(async () => {
  await sesame?.stop();
  await smtp?.close();
});

const byEmail = (email: string) => DEMO_ACCOUNTS.find((a) => a.email === email)!;
const ADMIN = byEmail('admin@sesame.example.org');
const MANAGER = byEmail('yann.le-goff@draaf-bretagne.example.fr');
const MARIE = byEmail('marie.dupont@ddpp35.example.fr');

describe('the admin console and a leaked password', () => {
  for (const who of [ADMIN, MANAGER]) {
    it(`${who.label}: the password alone opens no admin page and takes no admin action`, async () => {
      const base = sesame!.url;
      const attacker = new WebClient(base, { acceptLanguage: 'en' });
      const signedIn = await passwordJourney(attacker, `${base}/login`, who);
      expect(new URL(signedIn.url).pathname).toBe('/account');
      const token = csrfIn(signedIn);
      expect(token).toBeDefined();

      for (const path of ['/admin', '/admin?q=marie', '/admin?within=root', `/admin/accounts/${MARIE.id}`]) {
        const page = await attacker.get(`${base}${path}`);
        expect(page.status, path).toBe(403);
        // The demo accounts have no second factor yet: the page says to add one (docs/administrators).
        expect(textOf(page.html), path).toContain(en.secondFactor.noneBody);
        expect(page.html, path).not.toContain(MARIE.email);
      }
      const mailsBefore = smtp!.mails.length;
      for (const action of ['unlock', 'password-reset', 'second-factor-reset']) {
        for (const fields of [{ _csrf: token!, reason: 'lost' }, { reason: 'lost' }] as Array<Record<string, string>>) {
          const answer = await attacker.post(`${base}/admin/accounts/${MARIE.id}/${action}`, fields);
          expect(answer.status, action).toBe(403);
          expect(answer.location, action).toBeUndefined();
        }
      }
      // A mail would take a moment to arrive: wait, then check that none went to the victim.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(smtp!.mails.slice(mailsBefore).filter((mail) => mail.to.includes(MARIE.email))).toEqual([]);
    });
  }

  it('no session at all: every admin page sends to the sign-in, the unlock is refused', async () => {
    const base = sesame!.url;
    const stranger = new WebClient(base, { acceptLanguage: 'en' });
    for (const path of ['/admin', `/admin/accounts/${MARIE.id}`]) {
      const answer = await stranger.get(`${base}${path}`);
      expect(answer.status).toBe(303);
      expect(new URL(answer.location!).pathname).toBe('/login');
    }
    const login = await stranger.get(`${base}/login`);
    const post = await stranger.post(`${base}/admin/accounts/${MARIE.id}/unlock`, { _csrf: csrfIn(login) ?? '' });
    expect([303, 403]).toContain(post.status);
    if (post.status === 303) expect(new URL(post.location!).pathname).toBe('/login');
  });
});
