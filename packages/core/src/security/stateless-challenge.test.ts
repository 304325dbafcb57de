import { describe, expect, it } from 'vitest';
import { hmacChallengeMac, issueStatelessChallenge, openStatelessChallenge } from './stateless-challenge';

const key = () => crypto.getRandomValues(new Uint8Array(32));
const NOW = new Date('2026-12-07T10:00:00Z');
const TTL = 300_000;

describe('stateless challenges (docs/adr/0029 §8)', () => {
  it('opens for its purpose until its expiry, with a fresh nonce each time', () => {
    const mac = hmacChallengeMac('a', { a: key() });
    const one = issueStatelessChallenge(mac, 'p', NOW, TTL);
    const opened = openStatelessChallenge(mac, 'p', one, new Date(NOW.getTime() + TTL - 1));
    expect(opened).toEqual({ nonce: expect.any(String), expiresAt: NOW.getTime() + TTL });
    expect(openStatelessChallenge(mac, 'p', one, new Date(NOW.getTime() + TTL))).toBeNull();
    const two = openStatelessChallenge(mac, 'p', issueStatelessChallenge(mac, 'p', NOW, TTL), NOW);
    expect(two?.nonce).not.toBe(opened?.nonce);
  });

  it('never opens for another purpose, another key, or once a byte changed', () => {
    const mac = hmacChallengeMac('a', { a: key() });
    const challenge = issueStatelessChallenge(mac, 'p', NOW, TTL);
    expect(openStatelessChallenge(mac, 'q', challenge, NOW)).toBeNull();
    expect(openStatelessChallenge(hmacChallengeMac('a', { a: key() }), 'p', challenge, NOW)).toBeNull();
    for (let i = 0; i < challenge.length; i++) {
      const flipped = challenge.slice(0, i) + (challenge[i] === 'A' ? 'B' : 'A') + challenge.slice(i + 1);
      expect(openStatelessChallenge(mac, 'p', flipped, NOW)).toBeNull();
    }
    expect(openStatelessChallenge(mac, 'p', '', NOW)).toBeNull();
    expect(openStatelessChallenge(mac, 'p', challenge + 'AA', NOW)).toBeNull();
  });

  it('a rotated ring still opens the challenges of its previous key', () => {
    const a = key();
    const before = hmacChallengeMac('a', { a });
    const after = hmacChallengeMac('b', { a, b: key() });
    const challenge = issueStatelessChallenge(before, 'p', NOW, TTL);
    expect(openStatelessChallenge(after, 'p', challenge, NOW)).not.toBeNull();
    expect(openStatelessChallenge(hmacChallengeMac('b', { b: key() }), 'p', challenge, NOW)).toBeNull();
  });
});
