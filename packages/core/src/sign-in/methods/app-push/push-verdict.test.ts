import { describe, expect, it } from 'vitest';
import { verdictIn } from './push-verdict';

describe('verdictIn: the verdict of a message on the transaction channel', () => {
  it.each(['approved', 'denied', 'reported', 'failed', 'cancelled'])('a push-verdict event says %s', (verdict) => {
    const event = { type: 'push-verdict', challengeId: 'c', deviceId: 'd', verdict };
    expect(verdictIn(JSON.stringify(event))).toBe(verdict);
  });

  it.each([
    ['not JSON', 'approved'],
    ['no verdict', '{"type":"push-verdict"}'],
    ['an unknown verdict', '{"verdict":"maybe"}'],
    ['a verdict that is not a string', '{"verdict":1}'],
    ['null', 'null'],
    ['a number', '42'],
  ])('%s is no verdict', (_, message) => {
    expect(verdictIn(message)).toBeNull();
  });
});
