import { describe, expect, it } from 'vitest';
import {
  browserKnowsAccount,
  KNOWN_BROWSER_MAX_ACCOUNTS,
  readKnownBrowser,
  rememberAccount,
  writeKnownBrowser,
} from './known-browser';
import { hmacChallengeMac } from './stateless-challenge';

const key = () => crypto.getRandomValues(new Uint8Array(32));

describe('the known-browser cookie (docs/adr/0032 §2)', () => {
  it('remembers the accounts that signed in, and names none of them', () => {
    const mac = hmacChallengeMac('a', { a: key() });
    const cookie = writeKnownBrowser(mac, rememberAccount(readKnownBrowser(mac, undefined), 'n0025vuz'));
    const browser = readKnownBrowser(mac, cookie);
    expect(browserKnowsAccount(browser, 'n0025vuz')).toBe(true);
    expect(browserKnowsAccount(browser, 'x0099abc')).toBe(false);
    expect(Buffer.from(cookie, 'base64url').toString('latin1')).not.toContain('n0025vuz');
  });

  it('an altered, foreign or malformed cookie is a new browser', () => {
    const mac = hmacChallengeMac('a', { a: key() });
    const cookie = writeKnownBrowser(mac, rememberAccount(readKnownBrowser(mac, undefined), 'n0025vuz'));
    const bytes = Buffer.from(cookie, 'base64url');
    bytes[20] = bytes[20]! ^ 1;
    for (const other of [bytes.toString('base64url'), 'garbage', '', '!!!']) {
      expect(browserKnowsAccount(readKnownBrowser(mac, other), 'n0025vuz')).toBe(false);
    }
    const otherServer = hmacChallengeMac('a', { a: key() });
    expect(browserKnowsAccount(readKnownBrowser(otherServer, cookie), 'n0025vuz')).toBe(false);
  });

  it('a key rotation keeps the browsers known (any key of the ring verifies)', () => {
    const k1 = key();
    const before = hmacChallengeMac('k1', { k1 });
    const cookie = writeKnownBrowser(before, rememberAccount(readKnownBrowser(before, undefined), 'n0025vuz'));
    const after = hmacChallengeMac('k2', { k1, k2: key() });
    expect(browserKnowsAccount(readKnownBrowser(after, cookie), 'n0025vuz')).toBe(true);
  });

  it('is bounded: the oldest account is forgotten first; signing in again moves it first', () => {
    const mac = hmacChallengeMac('a', { a: key() });
    let browser = readKnownBrowser(mac, undefined);
    for (let i = 0; i <= KNOWN_BROWSER_MAX_ACCOUNTS; i++) {
      browser = readKnownBrowser(mac, writeKnownBrowser(mac, rememberAccount(browser, `user${i}`)));
      if (i === 1) browser = rememberAccount(browser, 'user0');
    }
    expect(browser.tags).toHaveLength(KNOWN_BROWSER_MAX_ACCOUNTS);
    expect(browserKnowsAccount(browser, `user${KNOWN_BROWSER_MAX_ACCOUNTS}`)).toBe(true);
    expect(browserKnowsAccount(browser, 'user0')).toBe(true);
    expect(browserKnowsAccount(browser, 'user1')).toBe(false);
  });
});
