import {
  type AccountDeps,
  type AccountPolicy,
  authenticatePassword,
  type DurableStore,
  type EphemeralStore,
  hmacChallengeMac,
  isSesameError,
  markBrowserKnown,
  type MailRequest,
  type PasswordHasher,
  rememberSignIn,
  SignInGuard,
} from '@sesame/core';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// Core's internal check behind password and e-mail changes (not in core's public index).
import { verifyCurrentPassword } from '../../../core/src/accounts/current-password';
import { createDurableStore, createMemoryEphemeralStore } from '../../src';
import { withBackend } from '../backends';
import { createTemporaryRedisStore } from '../temporary-stores';

/**
 * The password-guessing limits of docs/adr/0010 on a real ephemeral store (memory, and Redis when
 * REDIS_URL is set), with a hasher that counts the passwords it checks and takes a little time,
 * as argon2 does, so that parallel attempts really overlap.
 */

const EMAIL = 'marie.dupont@example.org';
const PASSWORD = 'le chat dort sur le radiateur';
const WRONG = 'le chien dort sur le radiateur';
const OFFICE = '192.0.2.10';

const POLICY: AccountPolicy = {
  password: { minLength: 12, maxLength: 128, blocklist: new Set() },
  linkTtlMinutes: 90,
  lockAfterFailures: 5,
  accountLockAfterFailures: 20,
  lockMinutes: 15,
  mailRequests: { perAddress: 5, perIp: 30, windowMinutes: 15 },
};

class CountingHasher implements PasswordHasher {
  verified = 0;
  async hash(password: string) {
    return `hash:${password}`;
  }
  async verify(hash: string, password: string) {
    this.verified++;
    await sleep(1 + Math.floor(Math.random() * 5));
    return hash === `hash:${password}`;
  }
}

interface World {
  deps: AccountDeps;
  hasher: CountingHasher;
  mails: MailRequest[];
  durable: DurableStore;
  ephemeral: EphemeralStore;
}

async function createWorld(ephemeral: EphemeralStore): Promise<World> {
  const durable = await createDurableStore('sqlite::memory:');
  const hasher = new CountingHasher();
  const mails: MailRequest[] = [];
  const deps: AccountDeps = {
    durable,
    ephemeral,
    hasher,
    mailer: { send: async (mail) => void mails.push(mail) },
    clock: { now: () => new Date() },
    policy: POLICY,
  };
  return { deps, hasher, mails, durable, ephemeral };
}

const meta = (ip: string) => ({ ip, userAgent: 'tests', locale: 'fr' as const });

/** The error code of a sign-in attempt, or 'signed-in'. */
async function outcome(world: World, email: string, password: string, ip = OFFICE): Promise<string> {
  try {
    await authenticatePassword(world.deps, email, password, meta(ip));
    return 'signed-in';
  } catch (error) {
    if (isSesameError(error)) return error.code;
    throw error;
  }
}

async function createUser(world: World, email: string, password = PASSWORD) {
  await world.durable.users.create({
    id: `u${world.mails.length}${email.length}${Math.random().toString(36).slice(2, 8)}`,
    email,
    firstName: 'Marie',
    lastName: 'Dupont',
    emailLocale: 'fr',
    passwordHash: await world.hasher.hash(password),
    organisation: null,
    roles: [],
    createdAt: new Date(),
  });
}

function describeLimits(name: string, makeStore: () => EphemeralStore) {
  describe(`password guessing limits (${name})`, () => {
    let world: World;
    beforeEach(async () => {
      world = await createWorld(makeStore());
      await createUser(world, EMAIL);
    });
    afterEach(async () => {
      await world.ephemeral.close();
      await world.durable.close();
    });

    it('checks at most lockAfterFailures (+2) of 50 parallel guesses; the right password after them is refused', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => outcome(world, EMAIL, WRONG)));
      expect(world.hasher.verified).toBeLessThanOrEqual(POLICY.lockAfterFailures + 2);
      expect(results.filter((result) => result === 'INVALID_CREDENTIALS').length).toBeLessThan(
        POLICY.lockAfterFailures,
      );
      expect(results.filter((result) => result === 'ACCOUNT_LOCKED').length).toBeGreaterThan(45 - 3);
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('ACCOUNT_LOCKED');
      // The owner is told once, not once per refused guess.
      expect(world.mails.map((mail) => mail.template)).toEqual(['account-locked']);
    });

    it('does not let the right password inside a parallel burst sign in once the threshold is passed', async () => {
      const burst = Array.from({ length: 49 }, () => WRONG);
      burst.splice(30, 0, PASSWORD);
      const results = await Promise.all(burst.map((password) => outcome(world, EMAIL, password)));
      expect(results[30]).toBe('ACCOUNT_LOCKED');
      expect(world.hasher.verified).toBeLessThanOrEqual(POLICY.lockAfterFailures + 2);
    });

    it('locks an unknown address the same way, and mails nobody', async () => {
      const results = await Promise.all(Array.from({ length: 50 }, () => outcome(world, 'nobody@example.org', WRONG)));
      expect(world.hasher.verified).toBeLessThanOrEqual(POLICY.lockAfterFailures + 2);
      expect(results.at(-1)).toBe('ACCOUNT_LOCKED');
      expect(await outcome(world, 'nobody@example.org', PASSWORD)).toBe('ACCOUNT_LOCKED');
      expect(world.mails).toEqual([]);
    });

    it('never locks out the other accounts of an office behind one address', async () => {
      const colleagues = Array.from({ length: 30 }, (_, i) => `agent${i}@example.org`);
      for (const email of colleagues) await createUser(world, email);
      // 30 colleagues, 4 typos each: 120 failures from one address, and nobody is locked.
      for (let typo = 0; typo < POLICY.lockAfterFailures - 1; typo++) {
        const results = await Promise.all(colleagues.map((email) => outcome(world, email, WRONG)));
        expect(new Set(results)).toEqual(new Set(['INVALID_CREDENTIALS']));
      }
      const results = await Promise.all(colleagues.map((email) => outcome(world, email, PASSWORD)));
      expect(new Set(results)).toEqual(new Set(['signed-in']));
      // An attacker at the same address guessing one account does not lock the others out either.
      for (let i = 0; i < 10; i++) await outcome(world, EMAIL, WRONG);
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('ACCOUNT_LOCKED');
      expect(await outcome(world, colleagues[0]!, PASSWORD)).toBe('signed-in');
    });

    it('locks the account from one network only: its owner elsewhere still signs in', async () => {
      for (let i = 0; i < POLICY.lockAfterFailures; i++) await outcome(world, EMAIL, WRONG, '203.0.113.66');
      expect(await outcome(world, EMAIL, PASSWORD, '203.0.113.66')).toBe('ACCOUNT_LOCKED');
      expect(await outcome(world, EMAIL, PASSWORD, OFFICE)).toBe('signed-in');
      expect(world.mails.map((mail) => mail.template)).toEqual(['account-locked']);
    });

    it('counts the addresses of one IPv6 /64 as one network', async () => {
      for (let i = 0; i < POLICY.lockAfterFailures; i++)
        await outcome(world, EMAIL, WRONG, `2001:db8:1:2::${(i + 1).toString(16)}`);
      expect(await outcome(world, EMAIL, PASSWORD, '2001:db8:1:2:ffff::1')).toBe('ACCOUNT_LOCKED');
      expect(await outcome(world, EMAIL, PASSWORD, '2001:db8:1:3::1')).toBe('signed-in');
    });

    it('locks the account for everyone after accountLockAfterFailures from many networks, and mails its owner', async () => {
      const networks = Array.from({ length: 40 }, (_, i) => `198.51.100.${i + 1}`);
      // A distributed attack: 2 guesses from each of 40 addresses, all at once.
      const results = await Promise.all([...networks, ...networks].map((ip) => outcome(world, EMAIL, WRONG, ip)));
      expect(world.hasher.verified).toBeLessThanOrEqual(POLICY.accountLockAfterFailures + 2);
      expect(results.filter((result) => result === 'ACCOUNT_LOCKED').length).toBeGreaterThanOrEqual(
        80 - POLICY.accountLockAfterFailures,
      );
      expect(await outcome(world, EMAIL, PASSWORD, OFFICE)).toBe('ACCOUNT_LOCKED');
      expect(await outcome(world, EMAIL, PASSWORD, '203.0.113.1')).toBe('ACCOUNT_LOCKED');
      expect(world.mails.map((mail) => mail.template)).toEqual(['account-locked']);
      // The other accounts are untouched.
      await createUser(world, 'other@example.org');
      expect(await outcome(world, 'other@example.org', PASSWORD, networks[0])).toBe('signed-in');
    });

    it('mails the owner once for several networks locked in one period, and again when locked everywhere', async () => {
      for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3'])
        for (let i = 0; i < POLICY.lockAfterFailures; i++) await outcome(world, EMAIL, WRONG, ip);
      expect(world.mails).toHaveLength(1);
      for (let i = 0; i < POLICY.lockAfterFailures; i++) await outcome(world, EMAIL, WRONG, '198.51.100.4');
      expect(world.mails).toHaveLength(2);
      expect(await outcome(world, EMAIL, PASSWORD, OFFICE)).toBe('ACCOUNT_LOCKED');
    });

    it('starts counting again after a success', async () => {
      for (let i = 1; i < POLICY.lockAfterFailures; i++) await outcome(world, EMAIL, WRONG);
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('signed-in');
      for (let i = 1; i < POLICY.lockAfterFailures; i++)
        expect(await outcome(world, EMAIL, WRONG)).toBe('INVALID_CREDENTIALS');
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('signed-in');
    });

    it('lifts, on a password reset, the account lock and the lock where the reset came from, no other', async () => {
      const guard = new SignInGuard(world.ephemeral, POLICY);
      for (const ip of ['198.51.100.1', '198.51.100.2'])
        for (let i = 0; i < POLICY.lockAfterFailures; i++) await outcome(world, EMAIL, WRONG, ip);
      await guard.unlock(EMAIL, '198.51.100.1');
      expect(await outcome(world, EMAIL, PASSWORD, '198.51.100.1')).toBe('signed-in');
      expect(await outcome(world, EMAIL, PASSWORD, '198.51.100.2')).toBe('ACCOUNT_LOCKED');

      for (let i = 0; i < POLICY.accountLockAfterFailures; i++)
        await outcome(world, EMAIL, WRONG, `203.0.113.${i + 1}`);
      expect(await outcome(world, EMAIL, PASSWORD, OFFICE)).toBe('ACCOUNT_LOCKED');
      await guard.unlock(EMAIL, OFFICE);
      expect(await outcome(world, EMAIL, PASSWORD, OFFICE)).toBe('signed-in');
    });

    it('does not count a try whose check could not be made: an outage of the durable store locks nobody', async () => {
      const findByEmail = world.durable.users.findByEmail.bind(world.durable.users);
      world.durable.users.findByEmail = async () => {
        throw Object.assign(new Error('store down'), { code: 'STORE_UNAVAILABLE' });
      };
      for (let i = 0; i < 3 * POLICY.lockAfterFailures; i++) {
        await expect(authenticatePassword(world.deps, EMAIL, PASSWORD, meta(OFFICE))).rejects.toThrow('store down');
      }
      world.durable.users.findByEmail = findByEmail;
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('signed-in');
      // And the reservations given back were only those: real failures still lock.
      for (let i = 0; i < POLICY.lockAfterFailures; i++) await outcome(world, EMAIL, WRONG);
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('ACCOUNT_LOCKED');
    });

    it('reserves before checking when a signed-in user re-types the password, too', async () => {
      const user = (await world.durable.users.findByEmail(EMAIL))!;
      await Promise.allSettled(
        Array.from({ length: 50 }, () => verifyCurrentPassword(world.deps, user, WRONG, meta(OFFICE))),
      );
      expect(world.hasher.verified).toBeLessThanOrEqual(POLICY.lockAfterFailures + 2);
      expect(await outcome(world, EMAIL, PASSWORD)).toBe('ACCOUNT_LOCKED');
    });
  });
}

/**
 * A browser that signed in with the password (docs/adr/0065) on a real store: past the account's
 * lock until reset; a parallel burst with its cookie, over a hasher that takes time, gets no more
 * than its own threshold checked.
 */
function describeKnownBrowser(name: string, makeStore: () => EphemeralStore) {
  describe(`known browsers past the account-wide lock (${name})`, () => {
    let world: World;
    let cookie: string;
    let ip = 0;
    const capped = { ...POLICY, maxConsecutiveFailures: 20 };
    const from = (address: string) => ({ ...meta(address), knownBrowser: cookie });

    beforeEach(async () => {
      world = await createWorld(makeStore());
      world.deps.policy = capped;
      world.deps.knownBrowserMac = hmacChallengeMac('a', { a: crypto.getRandomValues(new Uint8Array(32)) });
      await createUser(world, EMAIL);
      const user = (await world.durable.users.findByEmail(EMAIL))!;
      cookie = markBrowserKnown(world.deps.knownBrowserMac, user.id, undefined);
      await rememberSignIn({ ...world.deps, mac: world.deps.knownBrowserMac }, user, ['PASSWORD'], cookie);
      // The attacker, from 20 addresses, takes the account to the cap.
      for (let i = 0; i < 20; i++) await outcome(world, EMAIL, WRONG, `198.51.100.${++ip}`);
      expect(await outcome(world, EMAIL, PASSWORD, '203.0.113.1')).toBe('ACCOUNT_LOCKED');
      world.hasher.verified = 0;
    });
    afterEach(async () => {
      await world.ephemeral.close();
      await world.durable.close();
    });

    const known = async (password: string, address: string) => {
      try {
        await authenticatePassword(world.deps, EMAIL, password, from(address));
        return 'signed-in';
      } catch (error) {
        if (isSesameError(error)) return error.code;
        throw error;
      }
    };

    it('signs the known browser in at the cap, and the count starts again', async () => {
      expect(await known(PASSWORD, OFFICE)).toBe('signed-in');
      const guard = new SignInGuard(world.ephemeral, capped);
      expect(await guard.lockState(EMAIL)).toEqual({ lockedEverywhere: false, failures: 0 });
    });

    it('checks no more than 5 of 40 parallel guesses with the known cookie', async () => {
      const results = await Promise.all(Array.from({ length: 40 }, (_, i) => known(WRONG, `192.0.2.${i + 1}`)));
      expect(world.hasher.verified).toBe(5);
      expect(results.filter((result) => result === 'ACCOUNT_LOCKED')).toHaveLength(35);
      expect(await known(PASSWORD, OFFICE)).toBe('ACCOUNT_LOCKED');
    });
  });
}

describeLimits('memory', () => createMemoryEphemeralStore());
withBackend('redis', (url) => describeLimits('redis', () => createTemporaryRedisStore(url)));
describeKnownBrowser('memory', () => createMemoryEphemeralStore());
withBackend('redis', (url) => describeKnownBrowser('redis', () => createTemporaryRedisStore(url)));
