import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { en as demoEn, fr as demoFr } from '@sesame/demo-rp';
import { DEMO_ACCOUNTS, en, fr } from '@sesame/server';
import { chromiumForFile, waitForHeading, watchErrors } from './browser';
import { startDemoStack, type DemoStack } from './demo-stack';
import { writeFakeCamera } from './fake-camera';
import { blankFrame, enrolPhoneByCamera, ensureAppBuilt, launchPhone, type Phone } from './pwa';

/**
 * The end-to-end tests of the Sésame app with the demo app "TRACES NT (démo)": an agent with a
 * computer and a phone, in French and in English — who they are, the stack they use, and the
 * steps every such test takes the same way.
 */

export const sesame = { fr, en } as const;
export const demo = { fr: demoFr, en: demoEn } as const;
export type Locale = keyof typeof sesame;
export const DESKTOP = { width: 1280, height: 800 };
/** One demo account per language (README): the annex's n0025vuz, and an English-speaking operator. */
export const PERSON = {
  fr: DEMO_ACCOUNTS.find((a) => a.email === 'marie.dupont@ddpp35.example.fr')!,
  en: DEMO_ACCOUNTS.find((a) => a.email === 'john.smith@operator.example.com')!,
};
/** Annex step 7: a name without spaces, a 4-digit PIN. */
export const DEVICE = { fr: 'Telephone-Marie', en: 'Johns-phone' } as const;
export const PIN = { fr: '5739', en: '8264' } as const;
/** config/demo-relying-apps.json registers the demo app under this name, in both languages. */
export const DEMO_APP_NAME = 'TRACES NT (démo)';

/**
 * The test file's demo stack (Sésame and the demo app), Chromium for its computers and a folder for
 * its phones' camera files: started before the file's tests (the app built if it must be),
 * stopped after them, once `cleanUp` has closed what the tests left open.
 */
export function useDemoStackWithPhones(name: string, cleanUp: () => Promise<void> = async () => {}) {
  const chromium = chromiumForFile();
  let stack: DemoStack | undefined;
  let cameraDir: string | undefined;
  beforeAll(async () => {
    await ensureAppBuilt();
    cameraDir = await mkdtemp(join(tmpdir(), `sesame-${name}-camera-`));
    if (await chromium.launch()) stack = await startDemoStack();
  });
  afterAll(async () => {
    await cleanUp();
    await chromium.close();
    await stack?.stop();
    if (cameraDir) await rm(cameraDir, { recursive: true, force: true });
  });
  /** The running stack; without Chromium, the reason it did not start. */
  const running = (): DemoStack => {
    if (!stack) chromium.get();
    return stack!;
  };
  return {
    chromium,
    get stack(): DemoStack {
      return running();
    },
    /**
     * A phone whose camera sees nothing yet (it films `<name>-<locale>.y4m`, rewritten to show it a
     * QR code) and a computer: a desktop-sized context of the file's Chromium with one page.
     */
    async phoneAndComputer(locale: Locale): Promise<{ phone: Phone; camera: string; computer: Computer }> {
      const camera = join(cameraDir!, `${name}-${locale}.y4m`);
      await writeFakeCamera(camera, blankFrame());
      const phone = await launchPhone({ baseUrl: running().sesame.baseUrl, locale, camera });
      const context = await chromium
        .get()
        .newContext({ viewport: DESKTOP, locale: locale === 'fr' ? 'fr-FR' : 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return { phone, camera, computer: { context, page, errors: watchErrors(page) } };
    },
    /** The annex's enrolment by camera (pwa.ts) of the language's person, device name and PIN. */
    async enrolByCamera(phone: Phone, camera: string, computer: Page, locale: Locale): Promise<void> {
      await enrolPhoneByCamera({
        phone,
        camera,
        desktop: computer,
        baseUrl: running().sesame.baseUrl,
        locale,
        user: PERSON[locale],
        deviceName: DEVICE[locale],
        pin: PIN[locale],
      });
    },
  };
}

export interface Computer {
  context: BrowserContext;
  page: Page;
  /** Console errors and CSP violations on its page. */
  errors: string[];
}

/** The demo app's home → its CAS or OpenID Connect sign-in → the e-mail → Next: Sésame's password page. */
export async function demoToPasswordPage(
  page: Page,
  stack: DemoStack,
  locale: Locale,
  protocol: 'cas' | 'oidc' = 'cas',
): Promise<void> {
  const s = sesame[locale];
  const d = demo[locale];
  await page.goto(`${stack.rp.url}/?lang=${locale}`);
  await waitForHeading(page, d.home.title);
  await page
    .getByRole('link', { name: protocol === 'cas' ? d.home.casButton : d.home.oidcButton, exact: true })
    .click();
  await waitForHeading(page, s.signIn.title);
  await page.getByLabel(s.fields.email, { exact: true }).fill(PERSON[locale].email);
  await page.getByRole('button', { name: s.signIn.next, exact: true }).click();
  await waitForHeading(page, s.signIn.passwordTitle);
}

/** The value shown for `term` in the demo app's description list. */
export async function fact(section: Locator, term: string): Promise<string> {
  return (
    await section.locator(`xpath=.//dt[normalize-space()="${term}"]/following-sibling::dd[1]`).innerText()
  ).trim();
}
