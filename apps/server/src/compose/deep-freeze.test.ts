import { describe, expect, it } from 'vitest';
import { deepFreeze, isDeepFrozen, supplied } from './deep-freeze';

class Store {
  value = 1;
}

describe('deepFreeze', () => {
  it('freezes plain objects and arrays all the way down', () => {
    const value = deepFreeze({ a: { b: [{ c: 1 }] } });
    expect(Object.isFrozen(value.a.b[0])).toBe(true);
    expect(isDeepFrozen(value)).toBe(true);
  });

  it('leaves class instances (stores, third-party objects) alone', () => {
    const store = new Store();
    deepFreeze({ store });
    expect(Object.isFrozen(store)).toBe(false);
  });

  it('leaves what the caller keeps alone, and says so', () => {
    const config = { port: 1 };
    const value = deepFreeze({ config, own: {} }, new Set([config]));
    expect(Object.isFrozen(config)).toBe(false);
    expect(Object.isFrozen(value.own)).toBe(true);
    expect(isDeepFrozen(value, new Set([config]))).toBe(true);
    expect(isDeepFrozen(value)).toBe(false);
  });

  it('keeps what was supplied and what it holds one level down', () => {
    const users = { create: () => {} };
    const durable = { users };
    const kept = supplied([durable, 'not an object', null]);
    const value = deepFreeze({ users }, kept);
    expect(Object.isFrozen(users)).toBe(false);
    expect(Object.isFrozen(value)).toBe(true);
  });

  it('survives cycles', () => {
    const a: { self?: unknown } = {};
    a.self = a;
    expect(isDeepFrozen(deepFreeze(a))).toBe(true);
  });
});
