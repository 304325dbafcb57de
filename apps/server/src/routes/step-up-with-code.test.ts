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
      // Only the missing factor (docs/adr/0050, 0054): the button confirms the kept sign-in with the
      // code, the session standing for the password — no password page in between.
      expect(page.html).toMatch(/action="\/login\/step-up"[^]*name="method" value="PASSWORD_TOTP"/);
      expect(page.html).not.toContain('/login/password?method=');
      const step = await browser.post('/login/step-up', { method: 'PASSWORD_TOTP' });
      expect(step.location).toBe('/login/totp');
      const codePage = await browser.get('/login/totp');
      expect(codePage.status).toBe(200);
      expect(codePage.html).not.toContain('type="password"');
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

  it('attacker suite: the password alone, at the level page, with guessed codes: never the application, and blocked after five', async () => {
    const owner = portal.browser('en');
    expect((await signIn(owner, EMAIL, PASSWORD)).location).toBe('/account');
    await enrolTotp(portal, owner);
    // Someone who knows only the password, in a browser of their own.
    const attacker = portal.browser('en');
    expect((await signIn(attacker, EMAIL, PASSWORD)).location).toBe('/account');
    expect((await attacker.get(`/cas/login?service=${encodeURIComponent(MEDIUM_SERVICE)}`)).status).toBe(403);
    const step = await attacker.post('/login/step-up', { method: 'PASSWORD_TOTP' });
    expect(step.location).toBe('/login/totp');
    const answers = [];
    for (const code of ['000000', '111111', '222222', '333333', '444444', '555555', '666666']) {
      answers.push(await attacker.post('/login/totp', { code }));
    }
    expect(answers.every((a) => !a.location?.startsWith('https://medium.example.org/'))).toBe(true);
    // Four refused, the fifth blocks and ends this sign-in; later posts go back to the password step.
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 401, 403, 303, 303]);
    expect(answers.at(-1)!.location).toBe('/login/password');
  });
});
