import {
  computeOcra,
  generateNumberMatch,
  type PushChallenge,
  pushOcraQuestion,
  SESAME_PUSH_OCRA_SUITE,
} from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { pushOcraMatches } from './push-ocra';

const challenge = (extra: Partial<PushChallenge> = {}): PushChallenge => ({
  type: 'push-challenge',
  deviceId: 'dev_0123456789abcdef',
  account: 'n0025vuz',
  challengeId: 'c-0123456789abcdef',
  nonce: 'n-0123456789abcdef',
  relyingApp: 'TRACES',
  browser: 'Firefox 128 on Windows',
  ip: '192.0.2.10',
  issuedAt: 1_765_000_000,
  expiresAt: 1_765_000_120,
  candidates: generateNumberMatch().candidates,
  ...extra,
});

/** What the app answers (authenticator-core): protocol's question and OCRA, over Web Crypto. */
const appResponse = async (secret: Uint8Array, c: PushChallenge, picked: number) =>
  computeOcra(SESAME_PUSH_OCRA_SUITE, secret, { question: await pushOcraQuestion(c, picked) });

describe('pushOcraMatches (node:crypto, the same OCRA as the app’s Web Crypto one)', () => {
  it('accepts what the app computes, for any secret, challenge and number', async () => {
    for (let i = 0; i < 20; i++) {
      const secret = crypto.getRandomValues(new Uint8Array(32));
      const c = challenge({ nonce: `n-${i}`, ...(i % 2 ? { place: 'Rennes, France' } : {}) });
      const picked = c.candidates[i % c.candidates.length]!;
      expect(pushOcraMatches(secret, c, picked, await appResponse(secret, c, picked))).toBe(true);
    }
  });

  it('refuses another number, another challenge, another secret, and a malformed response', async () => {
    const secret = crypto.getRandomValues(new Uint8Array(32));
    const c = challenge();
    const [picked, other] = [c.candidates[0], c.candidates[1]];
    const response = await appResponse(secret, c, picked);
    expect(pushOcraMatches(secret, c, other, response)).toBe(false);
    expect(pushOcraMatches(secret, challenge({ relyingApp: 'Other app' }), picked, response)).toBe(false);
    expect(pushOcraMatches(new Uint8Array(32).fill(7), c, picked, response)).toBe(false);
    for (const malformed of [undefined, 12345678, '', response.slice(1), `${response}0`, 'abcdefgh', ` ${response}`]) {
      expect(pushOcraMatches(secret, c, picked, malformed)).toBe(false);
    }
  });

  it('refuses a secret shorter than 128 bits (RFC 4226 §4 R6)', () => {
    expect(() => pushOcraMatches(new Uint8Array(15), challenge(), 1, '00000000')).toThrow(RangeError);
  });
});
