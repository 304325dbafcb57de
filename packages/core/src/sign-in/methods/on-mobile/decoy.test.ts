import { NUMBER_MATCH_MAX, NUMBER_MATCH_MIN } from '@sesame/protocol';
import { describe, expect, it } from 'vitest';
import { decoyRequest } from './decoy';

describe('decoyRequest: "On mobile" for an unknown address (ADR 0002)', () => {
  it('no account; a number of the real shape; the expiry a real challenge would have, from the whole second', () => {
    const now = new Date('2025-03-01T08:00:00.750Z');
    const decoy = decoyRequest({ pushChallengeTtlSeconds: 120 }, now);
    expect(decoy.userId).toBeNull();
    expect(Number.isInteger(decoy.shown)).toBe(true);
    expect(decoy.shown).toBeGreaterThanOrEqual(NUMBER_MATCH_MIN);
    expect(decoy.shown).toBeLessThanOrEqual(NUMBER_MATCH_MAX);
    expect(decoy.expiresAt).toBe(Date.parse('2025-03-01T08:02:00.000Z'));
  });
});
