import { afterEach, describe, expect, it } from 'vitest';
import { type Browser, createTestPortal, errorSummary, signIn, type TestPortal } from '../../test/test-portal';
import { en } from '../i18n/en';

/**
 * The attacker suite, SMS toll fraud (docs/adr/0059): Mallory registers accounts (registration is
 * open) and has Sésame text premium-rate numbers at the operator's cost by adding them as phone
 * numbers — the confirmation code is texted to whatever number is typed. Must hold: a number
 * outside the accepted countries is never texted; one number gets at most `sms.maxPerNumberPerDay`
 * confirmation texts whatever the accounts; requests racing a cap get exactly the cap, never more;
 * no refusal is a 500.
 */
const PASSWORD = 'correct horse battery staple';
const PREMIUM = '+33899123456';

let portal: TestPortal;
afterEach(() => portal?.close());

async function start(config: Record<string, unknown>) {
  portal = await createTestPortal({ config: { 'sms.provider': 'outbox', ...config } });
}

/** Mallory's accounts, each signed in (password only: no second factor yet, so adding a number is allowed). */
async function accounts(count: number): Promise<Browser[]> {
  const browsers: Browser[] = [];
  for (let i = 0; i < count; i++) {
    const email = `mallory.${i}@example.net`;
    await portal.createUser({ email, password: PASSWORD });
    const browser = portal.browser('en');
    expect((await signIn(browser, email, PASSWORD)).location).toBe('/account');
    browsers.push(browser);
  }
  return browsers;
}

const textsTo = async (to?: string) =>
  (await portal.durable.outbox.list(500)).filter(
    (mail) => mail.subject.startsWith('SMS ') && (to === undefined || mail.to === to),
  );

const addNumber = (browser: Browser, phone: string) => browser.post('/account/phone-numbers/new', { phone });

describe('SMS pumping through "Add a mobile phone number" (docs/adr/0059)', () => {
  it('five accounts texting one premium number: three texts (sms.maxPerNumberPerDay), then 429 for every account', async () => {
    await start({ 'sms.maxPerNumberPerDay': 3 });
    const mallory = await accounts(5);
    const statuses = [];
    for (const browser of mallory) statuses.push((await addNumber(browser, '+33 8 99 12 34 56')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await textsTo(PREMIUM)).toHaveLength(3);
    const refused = await addNumber(mallory[4]!, PREMIUM);
    expect(errorSummary(refused.html)).toEqual([en.errors.SMS_LIMIT_REACHED]);
    // The cap is the number's: another number is still texted to the same account.
    expect((await addNumber(mallory[4]!, '+33 6 12 34 56 78')).status).toBe(200);
    expect(await textsTo(PREMIUM)).toHaveLength(3);
  });

  it('numbers outside the accepted countries (international networks, satellite, the Caribbean, the UK) are never texted, and cost the account nothing', async () => {
    await start({});
    const [mallory] = await accounts(1);
    for (const phone of [
      '+882 1234 5678 90',
      '+881 6 1234 5678',
      '+1 268 464 1234',
      '+44 7700 900123',
      '+7 900 123 45 67',
    ]) {
      const page = await addNumber(mallory!, phone);
      expect(page.status, phone).toBe(400);
      expect(errorSummary(page.html)[0], phone).toMatch(/^Sésame does not send text messages to this number\./);
    }
    expect(await textsTo()).toHaveLength(0);
    // None of the account's 5 sends per window went on them.
    for (let i = 0; i < 5; i++) expect((await addNumber(mallory!, `+33 6 12 34 56 7${i}`)).status).toBe(200);
    expect(await textsTo()).toHaveLength(5);
  });

  it('eight accounts racing for one number at once: exactly the cap is sent, the others 429, no 500', async () => {
    await start({ 'sms.maxPerNumberPerDay': 3 });
    const mallory = await accounts(8);
    const pages = await Promise.all(mallory.map((browser) => addNumber(browser, PREMIUM)));
    const statuses = pages.map((page) => page.status).sort();
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429, 429, 429]);
    expect(await textsTo(PREMIUM)).toHaveLength(3);
  });

  it('eight accounts racing for the hourly ceiling with eight numbers: exactly its confirmation half is sent', async () => {
    // sms.maxPerHour 8: confirmation texts may take 4 of them, the rest is kept for sign-ins.
    await start({ 'sms.maxPerHour': 8 });
    const mallory = await accounts(8);
    const pages = await Promise.all(mallory.map((browser, i) => addNumber(browser, `+33 8 99 12 34 5${i}`)));
    expect(pages.map((page) => page.status).sort()).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    expect(await textsTo()).toHaveLength(4);
  });
});
