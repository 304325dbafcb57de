import { SesameError, type EphemeralStore } from '@sesame/core';
import { createTemporaryRedisStore, withBackend } from '@sesame/storage/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import {
  countVerifications,
  createTestPortal,
  errorNotice,
  errorSummary,
  type TestPortal,
} from '../../test/test-portal';
import { COOKIES } from '../http/cookies';
import { en } from '../i18n/en';
import { format } from '../i18n/format-message';

/**
 * Attacker cases of the growing lock-out (docs/adr/0063): a guesser with as many addresses as it
 * likes, as patient as it likes, never gets more than `maxConsecutiveFailures` passwords checked
 * on one account; parallel requests do not race past a threshold or the cap; the count is reset
 * by the right password, a password reset by e-mail or the helpdesk — never by waiting. Every
 * request comes through the local proxy (127.0.0.1 trusted) from the address in X-Forwarded-For.
 */

const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const WRONG = 'le chien dort sur le radiateur';
const NEW = 'trois tortues traversent la rue';

/** Small numbers, so that a test runs through every stage: locks at 5, 10, 15 failures, the cap at 20. */
const SMALL = {
  trustProxy: '127.0.0.1',
  'signIn.lockAfterFailures': 5,
  'signIn.accountLockAfterFailures': 5,
  'signIn.maxConsecutiveFailures': 20,
  'signIn.lockMinutes': 15,
  'signIn.lockMaxMinutes': 45,
  'signIn.failureMemoryDays': 30,
};

let address = 0;
/** A new address for every guess: the attacker's botnet. */
const anotherAddress = () => `198.51.${Math.floor(address / 250) % 250}.${(address++ % 250) + 1}`;

async function atPasswordStep(portal: TestPortal, email: string, ip: string, knownBrowser?: string) {
  const browser = portal.browser('en');
  if (knownBrowser !== undefined) browser.setCookie(COOKIES.knownBrowser, knownBrowser);
  const headers = { 'x-forwarded-for': ip };
  await browser.get('/login', headers);
  expect((await browser.post('/login', { email }, { headers })).status).toBe(303);
  return { browser, password: (password: string) => browser.post('/login/password', { password }, { headers }) };
}

async function attempt(portal: TestPortal, password: string, ip = anotherAddress(), email = EMAIL) {
  return (await atPasswordStep(portal, email, ip)).password(password);
}

const HOME = '203.0.113.7';

/** The owner signs in on the usual browser with the right password: that browser's cookie. */
async function usualBrowser(portal: TestPortal, email = EMAIL, password = PASSWORD): Promise<string> {
  const step = await atPasswordStep(portal, email, HOME);
  expect((await step.password(password)).status).toBe(303);
  return step.browser.cookie(COOKIES.knownBrowser)!;
}

/** A password from a browser holding the known-browser cookie `cookie` (the owner's, or a copy). */
async function fromBrowser(portal: TestPortal, cookie: string, password: string, ip = HOME) {
  return (await atPasswordStep(portal, EMAIL, ip, cookie)).password(password);
}

const untilReset = en.errors.accountLockedUntilReset;
const lockedFor = (minutes: number) => format(en.errors.ACCOUNT_LOCKED, { minutes });

/** The portal of each test: one account, the small policy; closed after it. */
let portal: TestPortal | undefined;
afterEach(async () => {
  await portal?.close();
  portal = undefined;
});

async function start(): Promise<TestPortal> {
  portal = await createTestPortal({ config: SMALL });
  await portal.createUser({ email: EMAIL, password: PASSWORD });
  return portal;
}

describe('growing lock-out: a patient attacker with many addresses (memory store, test clock)', () => {
  /** Guesses until refused, each from a new address; returns the refusal. */
  async function guessUntilRefused(p: TestPortal) {
    for (;;) {
      const page = await attempt(p, WRONG);
      if (page.status !== 401) return page;
    }
  }

  it('checks at most maxConsecutiveFailures passwords however long it goes on, each lock longer, then only a reset opens', async () => {
    const p = await start();
    const verified = countVerifications(p);
    const waits: string[] = [];
    // Each lock waited out, then more guesses: 15, 30, 45 (the most) minutes, then until reset.
    for (let round = 0; round < 4; round++) {
      const refused = await guessUntilRefused(p);
      expect(refused.status).toBe(429);
      waits.push(refused.headers['retry-after'] ?? 'none');
      p.clock.advanceMinutes(Number(refused.headers['retry-after'] ?? 0) / 60 + 1);
    }
    expect(waits).toEqual(['900', '1800', '2700', 'none']);
    expect(verified.count).toBe(20);

    // A year of trying, once a day from a new address: not one more password is checked.
    for (let day = 0; day < 365; day += 1) {
      p.clock.advanceMinutes(24 * 60);
      const page = await attempt(p, day % 50 === 0 ? PASSWORD : WRONG);
      expect(page.status).toBe(429);
      expect(page.headers['retry-after']).toBeUndefined();
    }
    expect(verified.count).toBe(20);

    // The owner is told what to do, on screen and by mail; the right password alone does not open.
    const owner = await attempt(p, PASSWORD, '203.0.113.7');
    expect(owner.status).toBe(429);
    expect(errorSummary(owner.html)).toEqual([untilReset]);
    expect(p.mailer.of('account-locked').map((mail) => mail.params.minutes)).toEqual([15, 30, 45]);
    expect(p.mailer.of('account-locked-until-reset')).toHaveLength(1);
    const user = (await p.durable.users.findByEmail(EMAIL))!;
    const locks = (await p.durable.audit.list({ userId: user.id, limit: 100 })).filter(
      (event) => event.type === 'account.locked',
    );
    expect(locks.map((event) => event.details).reverse()).toEqual([
      { minutes: 15, scope: 'account' },
      { minutes: 30, scope: 'account' },
      { minutes: 45, scope: 'account' },
      { untilReset: true, scope: 'account' },
    ]);

    // The way out the attacker cannot block: the link mailed to the owner.
    const browser = p.browser('en');
    await browser.get('/password/forgot');
    expect((await browser.post('/password/forgot', { email: EMAIL })).status).toBe(200);
    await browser.follow(await browser.get(p.linkIn(p.mailer.last('password-reset'))));
    expect((await browser.post('/password/reset', { password: NEW, passwordConfirm: NEW })).status).toBe(303);
    expect((await attempt(p, NEW, '203.0.113.7')).status).toBe(303);
  });

  it('never unlocks by waiting: a lock’s end, the failure memory less a day, do not reset the count', async () => {
    const p = await start();
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    // Four failures, then silence for 29 days: the fifth failure still locks.
    p.clock.advanceMinutes(29 * 24 * 60);
    const fifth = await attempt(p, WRONG);
    expect(fifth.status).toBe(429);
    expect(errorSummary(fifth.html)).toEqual([lockedFor(15)]);
    p.clock.advanceMinutes(16);
    // After the lock: four more are checked, the fifth locks for twice as long.
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    const tenth = await attempt(p, WRONG);
    expect(tenth.headers['retry-after']).toBe('1800');
  });

  it('starts the count again after the right password, and only then', async () => {
    const p = await start();
    for (let i = 0; i < 5; i++) await attempt(p, WRONG);
    p.clock.advanceMinutes(16);
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    // The owner signs in: the next run starts from nothing (a 15-minute lock after 5, not 30).
    expect((await attempt(p, PASSWORD, '203.0.113.7')).status).toBe(303);
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    expect((await attempt(p, WRONG)).headers['retry-after']).toBe('900');
  });

  it('starts the count again when the owner, signed in, changes the password', async () => {
    const p = await start();
    const owner = p.browser('en');
    const headers = { 'x-forwarded-for': '203.0.113.7' };
    await owner.get('/login', headers);
    await owner.post('/login', { email: EMAIL }, { headers });
    expect((await owner.post('/login/password', { password: PASSWORD }, { headers })).status).toBe(303);
    // The attacker reaches the first lock and waits it out, then four more.
    for (let i = 0; i < 5; i++) await attempt(p, WRONG);
    p.clock.advanceMinutes(16);
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    const changed = await owner.post(
      '/account/password',
      { currentPassword: PASSWORD, newPassword: NEW, newPasswordConfirm: NEW },
      { headers },
    );
    expect(changed.status).toBe(303);
    // Four more are checked, and the fifth locks for 15 minutes, not 30: the count began again.
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    expect((await attempt(p, WRONG)).headers['retry-after']).toBe('900');
  });

  it('locks an address without an account as an account, while it is being tried', async () => {
    const p = await start();
    const waits: string[] = [];
    for (let round = 0; round < 4; round++) {
      let page;
      do page = await attempt(p, WRONG, anotherAddress(), 'nobody@example.org');
      while (page.status === 401);
      waits.push(page.headers['retry-after'] ?? 'none');
      p.clock.advanceMinutes(Number(page.headers['retry-after'] ?? 0) / 60 + 1);
    }
    expect(waits).toEqual(['900', '1800', '2700', 'none']);
    expect(errorSummary((await attempt(p, WRONG, anotherAddress(), 'nobody@example.org')).html)).toEqual([untilReset]);
  });
});

describe('known browsers (device cookies, docs/adr/0065): the owner’s usual browser and the attacker’s lock', () => {
  /** The attacker, from a new address each guess, takes the account to the cap, waiting out each lock. */
  async function toTheCap(p: TestPortal) {
    for (;;) {
      const page = await attempt(p, WRONG);
      if (page.status === 401) continue;
      expect(page.status).toBe(429);
      if (page.headers['retry-after'] === undefined) return;
      p.clock.advanceMinutes(Number(page.headers['retry-after']) / 60 + 1);
    }
  }

  it('lets the owner’s usual browser sign in at the cap, and the count starts again for everyone', async () => {
    const p = await start();
    const cookie = await usualBrowser(p);
    await toTheCap(p);
    // Anywhere else, the right password is refused: the account is locked until reset.
    expect(errorSummary((await attempt(p, PASSWORD, '203.0.113.99')).html)).toEqual([untilReset]);
    const home = await atPasswordStep(p, EMAIL, HOME, cookie);
    expect((await home.password(PASSWORD)).status).toBe(303);
    expect(home.browser.session).toBeDefined();
    // The count began again: the attacker needs 5 new failures for a 15-minute lock.
    for (let i = 0; i < 4; i++) expect((await attempt(p, WRONG)).status).toBe(401);
    expect((await attempt(p, WRONG)).headers['retry-after']).toBe('900');
  });

  it('also lets the usual browser through a timed lock, from any network', async () => {
    const p = await start();
    const cookie = await usualBrowser(p);
    for (let i = 0; i < 5; i++) await attempt(p, WRONG);
    expect((await attempt(p, PASSWORD)).status).toBe(429);
    expect((await fromBrowser(p, cookie, PASSWORD, '192.0.2.44')).status).toBe(303);
  });

  it('gives no exemption to a forged cookie, another account’s, a trust past 90 days, or one from an old password', async () => {
    const p = await start();
    await p.createUser({ email: 'paul.martin@example.org', password: NEW });
    const other = await usualBrowser(p, 'paul.martin@example.org', NEW);
    const old = await usualBrowser(p);
    // Past TRUSTED_BROWSER_DAYS without a password sign-in there: only a known browser.
    p.clock.advanceMinutes(91 * 24 * 60);
    const fresh = await usualBrowser(p);
    const forged = `${fresh.slice(0, 30)}${fresh[30] === 'A' ? 'B' : 'A'}${fresh.slice(31)}`;
    await toTheCap(p);
    const verified = countVerifications(p);
    for (const cookie of [forged, other, old]) {
      const page = await fromBrowser(p, cookie, PASSWORD);
      expect(page.status).toBe(429);
      expect(errorSummary(page.html)).toEqual([untilReset]);
    }
    expect(verified.count).toBe(0);
    // A trust from a password since changed is worth nothing either.
    const user = (await p.durable.users.findByEmail(EMAIL))!;
    await p.durable.users.update(user.id, { passwordHash: await p.services.accounts.hasher.hash(NEW) });
    expect((await fromBrowser(p, fresh, NEW)).status).toBe(429);
    expect(verified.count).toBe(0);
  });

  it('gives a stolen cookie its bounded guesses only: 5, a pause, 5, then the account’s lock until reset', async () => {
    const p = await start();
    const cookie = await usualBrowser(p);
    await toTheCap(p);
    const verified = countVerifications(p);
    const thief = '192.0.2.66';
    for (let i = 0; i < 5; i++) expect((await fromBrowser(p, cookie, WRONG, thief)).status).toBe(401);
    expect(errorSummary((await fromBrowser(p, cookie, WRONG, thief)).html)).toEqual([untilReset]);
    p.clock.advanceMinutes(16);
    for (let i = 0; i < 5; i++) expect((await fromBrowser(p, cookie, WRONG, thief)).status).toBe(401);
    for (let day = 0; day < 30; day++) {
      p.clock.advanceMinutes(24 * 60);
      expect((await fromBrowser(p, cookie, WRONG, thief)).status).toBe(429);
    }
    expect(verified.count).toBe(10);
    // Nobody was mailed for the browser's own failures: only the account's locks were.
    expect(p.mailer.of('account-locked-until-reset')).toHaveLength(1);
  });
});

function describeRaces(name: string, ephemeral: () => EphemeralStore | undefined) {
  describe(`growing lock-out: parallel requests (${name})`, () => {
    const opened: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const close of opened.splice(0).reverse()) await close();
    });

    async function start(config: Record<string, unknown>): Promise<TestPortal> {
      const store = ephemeral();
      const p = await createTestPortal({ config, ...(store ? { wrapEphemeral: () => store } : {}) });
      if (store) opened.push(() => store.close());
      opened.push(() => p.close());
      await p.createUser({ email: EMAIL, password: PASSWORD });
      return p;
    }

    it('checks no more than maxConsecutiveFailures of 60 parallel guesses from 60 addresses, the right one inside included', async () => {
      // No lock before the cap: the burst meets the cap itself.
      const p = await start({ ...SMALL, 'signIn.accountLockAfterFailures': 20 });
      const verified = countVerifications(p);
      const steps = await Promise.all(Array.from({ length: 60 }, () => atPasswordStep(p, EMAIL, anotherAddress())));
      const pages = await Promise.all(steps.map((step, i) => step.password(i === 45 ? PASSWORD : WRONG)));
      expect(verified.count).toBeLessThanOrEqual(20);
      expect(pages.filter((page) => page.status === 429).length).toBeGreaterThanOrEqual(40);
      // Unless it was among the 20 checked, the right password inside the burst opened nothing.
      if (pages[45]!.status !== 303) expect(steps[45]!.browser.session).toBeUndefined();
      if (pages[45]!.status !== 303) expect((await attempt(p, PASSWORD)).status).toBe(429);
    });

    it('checks no more than its own threshold of a burst from one known browser at the cap', async () => {
      const p = await start({ ...SMALL, 'signIn.accountLockAfterFailures': 20 });
      const cookie = await usualBrowser(p);
      // The 20th failure reaches the cap, and says so.
      for (let i = 0; i < 20; i++) expect((await attempt(p, WRONG)).status).toBe(i < 19 ? 401 : 429);
      expect((await attempt(p, PASSWORD)).status).toBe(429);
      const verified = countVerifications(p);
      const steps = await Promise.all(
        Array.from({ length: 30 }, () => atPasswordStep(p, EMAIL, anotherAddress(), cookie)),
      );
      const statuses = (await Promise.all(steps.map((step) => step.password(WRONG)))).map((page) => page.status);
      expect(verified.count).toBe(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(25);
    });

    it('checks no more than a threshold of a burst, however many thresholds it spans', async () => {
      const p = await start(SMALL);
      const verified = countVerifications(p);
      const steps = await Promise.all(Array.from({ length: 30 }, () => atPasswordStep(p, EMAIL, anotherAddress())));
      const statuses = (await Promise.all(steps.map((step) => step.password(WRONG)))).map((page) => page.status);
      expect(verified.count).toBe(5);
      expect(statuses.filter((status) => status === 429)).toHaveLength(26);
      expect(p.mailer.of('account-locked')).toHaveLength(1);
    });
  });
}

describeRaces('memory', () => undefined);
withBackend('redis', (url) => describeRaces('redis', () => createTemporaryRedisStore(url)));

describe('growing lock-out: a store that does not answer', () => {
  it('is a 503, never a check without the count: the touch of the count failing refuses the right password', async () => {
    let down = false;
    const portal = await createTestPortal({
      config: SMALL,
      wrapEphemeral: (store): EphemeralStore => ({
        ...store,
        touch: (key, ttl) =>
          down && key.startsWith('signin:')
            ? Promise.reject(new SesameError('STORE_UNAVAILABLE'))
            : store.touch(key, ttl),
      }),
    });
    try {
      await portal.createUser({ email: EMAIL, password: PASSWORD });
      const verified = countVerifications(portal);
      down = true;
      const step = await atPasswordStep(portal, EMAIL, '203.0.113.7');
      const page = await step.password(PASSWORD);
      expect(page.status).toBe(503);
      expect(errorNotice(page.html)).toBe(en.errors.STORE_UNAVAILABLE);
      expect(step.browser.session).toBeUndefined();
      expect(verified.count).toBe(0);
      down = false;
      expect((await attempt(portal, PASSWORD, '203.0.113.7')).status).toBe(303);
    } finally {
      await portal.close();
    }
  });
});

describe('known browsers: a store that does not answer', () => {
  it('is a 503 with nothing checked when the trust cannot be read, never an exemption or a bypass', async () => {
    let down = false;
    const portal = await createTestPortal({
      config: SMALL,
      wrapEphemeral: (store): EphemeralStore => ({
        ...store,
        get: (key) =>
          down && key.startsWith('signin:trusted:')
            ? Promise.reject(new SesameError('STORE_UNAVAILABLE'))
            : store.get(key),
      }),
    });
    try {
      await portal.createUser({ email: EMAIL, password: PASSWORD });
      const cookie = await usualBrowser(portal);
      const verified = countVerifications(portal);
      down = true;
      const page = await fromBrowser(portal, cookie, PASSWORD);
      expect(page.status).toBe(503);
      expect(errorNotice(page.html)).toBe(en.errors.STORE_UNAVAILABLE);
      expect(verified.count).toBe(0);
      down = false;
      expect((await fromBrowser(portal, cookie, PASSWORD)).status).toBe(303);
    } finally {
      await portal.close();
    }
  });
});
