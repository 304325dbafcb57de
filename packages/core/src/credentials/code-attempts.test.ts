import { describe, expect, it } from 'vitest';
import { createMemoryEphemeralStore } from '../../testing';
import { isSesameError } from '../errors';
import { CodeAttempts } from './code-attempts';

function world() {
  let time = 0;
  const store = createMemoryEphemeralStore({ clock: () => time });
  const attempts = new CodeAttempts(store, 'test', { blockAfterWrongAnswers: 5, blockMinutes: 15 });
  return { store, attempts, advance: (ms: number) => void (time += ms) };
}

describe('CodeAttempts: codes reserved before they are checked (issue 10)', () => {
  it('numbers the reservations; the 5th blocks when wrong; the 6th is refused unchecked', async () => {
    const w = world();
    const numbers = [];
    for (let i = 0; i < 5; i++) numbers.push(await w.attempts.reserve('n0025vuz'));
    expect(numbers.map((a) => a.number)).toEqual([1, 2, 3, 4, 5]);
    expect(numbers.map((a) => w.attempts.blocks(a))).toEqual([false, false, false, false, true]);
    await expect(w.attempts.reserve('n0025vuz')).rejects.toSatisfy(
      (e: unknown) => isSesameError(e, 'TOO_MANY_REQUESTS') && e.details.retryAfterSeconds === 900,
    );
    await w.store.close();
  });

  it('of 20 parallel reservations exactly 5 are granted', async () => {
    const w = world();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => w.attempts.reserve('n0025vuz')));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    await w.store.close();
  });

  it('a right code gives its reservation back; scopes are apart; the window ends', async () => {
    const w = world();
    for (let i = 0; i < 4; i++) await w.attempts.reserve('n0025vuz');
    const right = await w.attempts.reserve('n0025vuz');
    await right.right();
    expect((await w.attempts.reserve('n0025vuz')).number).toBe(5);
    expect((await w.attempts.reserve('x0099abc')).number).toBe(1);
    w.advance(15 * 60_000);
    expect((await w.attempts.reserve('n0025vuz')).number).toBe(1);
    await w.store.close();
  });
});
