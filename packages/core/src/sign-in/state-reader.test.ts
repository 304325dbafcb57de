import { describe, expect, it } from 'vitest';
import { createStateReader } from './state-reader';
import { readSignInState } from './state-schema';
import { challengeStep, passwordStep } from './testing/sign-in-fixtures';

describe('createStateReader (readSignInState remembered by the stored text)', () => {
  it('reads as readSignInState does, and the same text as the same frozen state', () => {
    const read = createStateReader();
    const text = JSON.stringify(challengeStep());
    const first = read(text);
    expect(first).toEqual(readSignInState(text));
    expect(read(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first as ReturnType<typeof challengeStep>).ctx)).toBe(true);
    expect(Object.isFrozen((first as ReturnType<typeof challengeStep>).presented)).toBe(true);
  });

  it('reads a changed record afresh, and a malformed one as null every time', () => {
    const read = createStateReader();
    expect(read(JSON.stringify(passwordStep()))).toEqual(passwordStep());
    expect(read(JSON.stringify(challengeStep()))).toEqual(challengeStep());
    for (let i = 0; i < 2; i++) {
      expect(read('{"v":2,"step":"nope"}')).toBeNull();
      expect(read('not json')).toBeNull();
    }
  });

  it('keeps at most maxEntries texts, the least recently read out first', () => {
    const read = createStateReader(2);
    const a = JSON.stringify(passwordStep());
    const b = JSON.stringify(challengeStep());
    const c = JSON.stringify(challengeStep({ expiresAt: 1 }));
    const first = read(a);
    read(b);
    expect(read(a)).toBe(first); // a is now the most recent
    read(c); // b goes
    expect(read(a)).toBe(first);
    expect(read(b)).toEqual(challengeStep()); // b read again: c goes
    read(c); // c read again: a goes
    expect(read(a)).not.toBe(first);
    expect(read(a)).toEqual(passwordStep());
  });
});
