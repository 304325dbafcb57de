import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './concurrency-limit';

/** A task that ends when told to, and records how many ran at once. */
function gate() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('concurrency limit', () => {
  it('runs at most max at once, the others in their order of arrival, a failure freeing its place', async () => {
    const limited = concurrencyLimit(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const tasks = gates.map((g, i) =>
      limited(async () => {
        running++;
        most = Math.max(most, running);
        order.push(i);
        await g.opened;
        running--;
        if (i === 0) throw new Error('first fails');
        return i;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([0, 1]);
    gates[0]!.open();
    await expect(tasks[0]).rejects.toThrow('first fails');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    expect(await Promise.all(tasks.slice(1))).toEqual([1, 2, 3]);
    expect(most).toBe(2);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => concurrencyLimit(0)).toThrow();
    expect(() => concurrencyLimit(1.5)).toThrow();
  });
});
