import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { enrolTotp, totpCode } from '../../test/credentials-kit';
import { EMAIL, PASSWORD, startAppSignInKit } from '../../test/app-sign-in-kit';
import { signIn, type TestPortal, textOf } from '../../test/test-portal';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';

/**
 * No dead end on levels with an authenticator app (docs/adr/0019 with issue 13): an account whose
 * only second factor is an authenticator app, signed in with the password alone, asked for MEDIUM
 * by an application, is offered its code — not "you lost your phone" — and the kept sign-in goes
 * on at the password step, where the chooser offers "Code from an authenticator app".
 */
const MEDIUM_SERVICE = 'https://medium.example.org/app';
let portal: TestPortal;

beforeEach(async () => {
  ({ portal } = await startAppSignInKit([
    {
      id: 'medium',
      name: 'Medium app',
      policy: { minimumLevel: 'MEDIUM' },
      cas: { services: ['https://medium.example.org/*'], singleLogout: false },
    },
  ]));
});
afterEach(() => portal.close());

describe('the level page of an account with an authenticator app and no phone', () => {
  it.each(['en', 'fr'] as const)(
    '%s: offers the code, and the kept sign-in reaches the application with PASSWORD_TOTP',
    async (lang) => {
      const m = lang === 'fr' ? fr : en;
      const browser = portal.browser(lang);
      expect((await signIn(browser, EMAIL, PASSWORD)).location).toBe('/account');
      const { seed } = await enrolTotp(portal, browser);
      portal.clock.advance(30_000); // the enrolment used this step's code

      const page = await browser.get(`/cas/login?service=${encodeURIComponent(MEDIUM_SERVICE)}`);
      expect(page.status).toBe(403);
      expect(textOf(page.html)).toContain(m.levelGap.codeBody);
      expect(textOf(page.html)).not.toContain(m.levelGap.lostBody);
      expect(page.html).toContain('href="/login/password"');

      const passwordPage = await browser.get('/login/password');
      expect(passwordPage.status).toBe(200);
      const step = await browser.post('/login/password', { password: PASSWORD, method: 'PASSWORD_TOTP' });
      expect(step.location).toBe('/login/totp');
      const back = await browser.post('/login/totp', { code: await totpCode(portal, seed) });
      expect(back.location).toMatch(/^https:\/\/medium\.example\.org\/app\?ticket=ST-/);
      const ticket = new URL(back.location!).searchParams.get('ticket')!;
      const validated = await portal.app.inject({
        method: 'GET',
        url: `/cas/serviceValidate?service=${encodeURIComponent(MEDIUM_SERVICE)}&ticket=${ticket}`,
      });
      expect(validated.body).toContain('<cas:authenticationSuccess>');
    },
  );
});
