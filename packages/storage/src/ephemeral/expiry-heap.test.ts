import { describe, expect, it } from 'vitest';
import { ExpiryHeap } from './expiry-heap';

/** A small deterministic generator, so that a failure can be replayed. */
function numbers(seed: number) {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
}

describe('ExpiryHeap', () => {
  it('pops nodes by expiry time, whatever order they were pushed in', () => {
    const next = numbers(7);
    const heap = new ExpiryHeap<null>();
    const times = Array.from({ length: 500 }, () => next() % 1_000);
    times.forEach((expiresAt, i) => heap.push({ key: `k${i}`, expiresAt, entry: null }));
    expect(heap.length).toBe(500);
    const popped: number[] = [];
    for (let node = heap.pop(); node; node = heap.pop()) popped.push(node.expiresAt);
    expect(popped).toEqual([...times].sort((a, b) => a - b));
    expect(heap.peek()).toBeUndefined();
  });

  it('keeps heap order through pushes and pops mixed, and after a rebuild that drops nodes', () => {
    const next = numbers(11);
    const heap = new ExpiryHeap<number>();
    for (let i = 0; i < 300; i++) {
      heap.push({ key: `k${i}`, expiresAt: next() % 100, entry: i });
      if (i % 3 === 0) heap.pop();
    }
    heap.rebuild((node) => node.entry % 2 === 0);
    const popped: { expiresAt: number; entry: number }[] = [];
    for (let node = heap.pop(); node; node = heap.pop()) popped.push(node);
    expect(popped.every((node) => node.entry % 2 === 0)).toBe(true);
    expect(popped.map((node) => node.expiresAt)).toEqual(popped.map((node) => node.expiresAt).sort((a, b) => a - b));
  });
});
