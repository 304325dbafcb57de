import type { EphemeralStore } from '@sesame/core';
import { createTemporaryRedisStore, withBackend } from '@sesame/storage/conformance';
import { afterEach, describe, expect, it } from 'vitest';
import { countVerifications, createTestPortal, type TestPortal } from '../../test/test-portal';
import { loadConfig } from '../config/load-config';

/**
 * The password-guessing limits over HTTP (docs/adr/0010; issue 10, finding 2): POST
 * /login/password in parallel bursts, an office behind one address, a guessing attack spread over
 * many addresses, and which address counts (trustProxy). Addresses other than inject()'s
 * 127.0.0.1 are given by X-Forwarded-For, with 127.0.0.1 listed as the trusted proxy.
 */

const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const WRONG = 'le chien dort sur le radiateur';
const OFFICE = '192.0.2.10';
const BEHIND_LOCAL_PROXY = { trustProxy: '127.0.0.1' };

function describeLimits(name: string, ephemeral: () => EphemeralStore | undefined) {
  describe(`sign-in limits over HTTP (${name})`, () => {
    const opened: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const close of opened.splice(0).reverse()) await close();
    });

    async function start(config: Record<string, unknown> = BEHIND_LOCAL_PROXY): Promise<TestPortal> {
      const store = ephemeral();
      const portal = await createTestPortal({ config, ...(store ? { wrapEphemeral: () => store } : {}) });
      if (store) opened.push(() => store.close());
      opened.push(() => portal.close());
      await portal.createUser({ email: EMAIL, password: PASSWORD });
      return portal;
    }

    /** A browser at the password step for `email`, whose requests come from `ip` (via the proxy). */
    async function atPasswordStep(portal: TestPortal, email: string, ip = OFFICE) {
      const browser = portal.browser('en');
      const headers = { 'x-forwarded-for': ip };
      await browser.get('/login', headers);
      expect((await browser.post('/login', { email }, { headers })).status).toBe(303);
      return {
        browser,
        password: (password: string) => browser.post('/login/password', { password }, { headers }),
      };
    }

    async function attempt(portal: TestPortal, email: string, password: string, ip = OFFICE) {
      return (await (await atPasswordStep(portal, email, ip)).password(password)).status;
    }

    it('checks at most lockAfterFailures (+2) of 50 parallel wrong passwords; the right one after is refused', async () => {
      const portal = await start();
      const verified = countVerifications(portal);
      const steps = await Promise.all(Array.from({ length: 50 }, () => atPasswordStep(portal, EMAIL)));
      const statuses = (await Promise.all(steps.map((step) => step.password(WRONG)))).map((page) => page.status);

      const limit = portal.config.signIn.lockAfterFailures;
      expect(verified.count).toBeLessThanOrEqual(limit + 2);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(50 - limit);
      const right = await (await atPasswordStep(portal, EMAIL)).password(PASSWORD);
      expect(right.status).toBe(429);
      expect(right.headers['retry-after']).toBe(String(portal.config.signIn.lockMinutes * 60));
      expect(portal.mailer.of('account-locked')).toHaveLength(1);
    });

    it('refuses the right password sent inside a parallel burst, past the threshold', async () => {
      const portal = await start();
      const steps = await Promise.all(Array.from({ length: 50 }, () => atPasswordStep(portal, EMAIL)));
      const pages = await Promise.all(steps.map((step, i) => step.password(i === 40 ? PASSWORD : WRONG)));
      expect(pages[40]!.status).toBe(429);
      expect(steps[40]!.browser.session).toBeUndefined();
    });

    it('lets every account of an office behind one address sign in after a few failures each', async () => {
      const portal = await start();
      const colleagues = Array.from({ length: 15 }, (_, i) => `agent${i}@example.org`);
      for (const email of colleagues) await portal.createUser({ email, password: PASSWORD });
      // 15 × 4 = 60 failures from one address: more than the old per-IP limit (50), nobody locked.
      for (let typo = 1; typo < portal.config.signIn.lockAfterFailures; typo++)
        expect(await Promise.all(colleagues.map((email) => attempt(portal, email, WRONG)))).toEqual(
          colleagues.map(() => 401),
        );
      expect(await Promise.all(colleagues.map((email) => attempt(portal, email, PASSWORD)))).toEqual(
        colleagues.map(() => 303),
      );
    });

    it('does not lock the owner elsewhere out after 5 failures from one address', async () => {
      const portal = await start();
      for (let i = 0; i < portal.config.signIn.lockAfterFailures; i++)
        await attempt(portal, EMAIL, WRONG, '203.0.113.66');
      expect(await attempt(portal, EMAIL, PASSWORD, '203.0.113.66')).toBe(429);
      expect(await attempt(portal, EMAIL, PASSWORD, OFFICE)).toBe(303);
    });

    it('locks the account for everyone after accountLockAfterFailures from many addresses, and mails its owner once', async () => {
      const portal = await start();
      const verified = countVerifications(portal);
      const limit = portal.config.signIn.accountLockAfterFailures;
      expect(limit).toBe(20);
      const addresses = Array.from({ length: 40 }, (_, i) => `198.51.100.${i + 1}`);
      const steps = await Promise.all(addresses.map((ip) => atPasswordStep(portal, EMAIL, ip)));
      const statuses = (await Promise.all(steps.map((step) => step.password(WRONG)))).map((page) => page.status);
      expect(verified.count).toBeLessThanOrEqual(limit + 2);
      expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(40 - limit);
      expect(await attempt(portal, EMAIL, PASSWORD, '203.0.113.1')).toBe(429);
      expect(portal.mailer.of('account-locked')).toHaveLength(1);
      const user = (await portal.durable.users.findByEmail(EMAIL))!;
      const locks = (await portal.durable.audit.list({ userId: user.id, limit: 100 })).filter(
        (event) => event.type === 'account.locked',
      );
      expect(locks.map((event) => event.details)).toEqual([
        { minutes: portal.config.signIn.lockMinutes, scope: 'account' },
      ]);
    });
  });
}

describeLimits('memory', () => undefined);
withBackend('redis', (url) => describeLimits('redis', () => createTemporaryRedisStore(url)));

describe('which address the limits count (trustProxy)', () => {
  let portal: TestPortal | undefined;
  afterEach(async () => {
    await portal?.close();
    portal = undefined;
  });

  async function start(trustProxy: unknown) {
    portal = await createTestPortal({ config: { trustProxy } });
    await portal.createUser({ email: EMAIL, password: PASSWORD });
    return portal;
  }

  /** Five failures, each claiming another address in X-Forwarded-For; then the right password. */
  async function spoofedFailuresThenRight(p: TestPortal, forwardedFor: (i: number) => string) {
    for (let i = 0; i < p.config.signIn.lockAfterFailures; i++) {
      const browser = p.browser('en');
      const headers = { 'x-forwarded-for': forwardedFor(i) };
      await browser.get('/login', headers);
      await browser.post('/login', { email: EMAIL }, { headers });
      await browser.post('/login/password', { password: WRONG }, { headers });
    }
    const browser = p.browser('en');
    const headers = { 'x-forwarded-for': '203.0.113.200' };
    await browser.get('/login', headers);
    await browser.post('/login', { email: EMAIL }, { headers });
    const right = await browser.post('/login/password', { password: PASSWORD }, { headers });
    const user = (await p.durable.users.findByEmail(EMAIL))!;
    const failed = (await p.durable.audit.list({ userId: user.id, limit: 20 })).filter(
      (event) => event.type === 'sign_in.failed',
    );
    return { status: right.status, ips: new Set(failed.map((event) => event.ip)) };
  }

  it('ignores X-Forwarded-For by default (trustProxy=false): the sender cannot choose its address', async () => {
    const p = await start(false);
    const { status, ips } = await spoofedFailuresThenRight(p, (i) => `198.51.100.${i + 1}`);
    expect(ips).toEqual(new Set(['127.0.0.1']));
    expect(status).toBe(429);
  });

  it('ignores X-Forwarded-For from a peer that is not a listed proxy', async () => {
    const p = await start('10.0.0.1, 192.168.0.0/16');
    const { status, ips } = await spoofedFailuresThenRight(p, (i) => `198.51.100.${i + 1}`);
    expect(ips).toEqual(new Set(['127.0.0.1']));
    expect(status).toBe(429);
  });

  it('takes the client address from X-Forwarded-For set by a listed proxy', async () => {
    const p = await start('127.0.0.1');
    const { status, ips } = await spoofedFailuresThenRight(p, (i) => `198.51.100.${i + 1}`);
    expect(ips.size).toBe(p.config.signIn.lockAfterFailures);
    expect(ips.has('198.51.100.1')).toBe(true);
    expect(status).toBe(303);
  });

  it('reads past a listed proxy only: what the client wrote before it does not count', async () => {
    const p = await start('127.0.0.1');
    // The client writes a different address each time; the proxy appends the one it saw.
    const { status, ips } = await spoofedFailuresThenRight(p, (i) => `198.51.100.${i + 1}, ${OFFICE}`);
    expect(ips).toEqual(new Set([OFFICE]));
    // Locked from the office only: the right password from elsewhere still signs in.
    expect(status).toBe(303);
  });

  it('trusts the given number of hops with a hop count', async () => {
    const p = await start('1');
    expect(p.config.trustProxy).toBe(1);
    const { ips } = await spoofedFailuresThenRight(p, (i) => `198.51.100.${i + 1}, ${OFFICE}`);
    expect(ips).toEqual(new Set([OFFICE]));
  });
});

describe('signIn configuration', () => {
  it('has a per-account limit of 20 by default, never below the per-network one', () => {
    expect(loadConfig({}).signIn).toEqual({
      lockAfterFailures: 5,
      accountLockAfterFailures: 20,
      lockMinutes: 15,
      lockMaxMinutes: 240,
      maxConsecutiveFailures: 100,
      failureMemoryDays: 30,
    });
    expect(loadConfig({ SESAME_MAX_CONSECUTIVE_FAILURES: '60' }).signIn.maxConsecutiveFailures).toBe(60);
    expect(() => loadConfig({ SESAME_MAX_CONSECUTIVE_FAILURES: '101' })).toThrow(/maxConsecutiveFailures/);
    expect(() => loadConfig({ SESAME_MAX_CONSECUTIVE_FAILURES: '10' })).toThrow(/maxConsecutiveFailures/);
    expect(loadConfig({ SESAME_ACCOUNT_LOCK_AFTER_FAILURES: '50' }).signIn.accountLockAfterFailures).toBe(50);
    expect(() => loadConfig({ SESAME_LOCK_AFTER_FAILURES: '30' })).toThrow(/accountLockAfterFailures/);
  });
});
