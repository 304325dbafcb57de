import { describe, expect, it } from 'vitest';
import { fakeMethod, fakePasswordMethod } from '../testing/fake-methods';
import { methodRegistry } from './registry';

describe('methodRegistry', () => {
  it('finds a method by folder name and by wire name, in registration order', () => {
    const password = fakePasswordMethod();
    const push = fakeMethod('app-push');
    const registry = methodRegistry([password, push]);
    expect(registry.list).toEqual([password, push]);
    expect(registry.password).toBe(password);
    expect(registry.byId('app-push')).toBe(push);
    expect(registry.byWireName('PASSWORD_MOBILE_APP')).toBe(push);
    expect(registry.byId('app-qr')).toBeUndefined();
    expect(registry.byWireName('SMS')).toBeUndefined();
  });

  it('refuses a deployment without the password, or a method registered twice', () => {
    expect(() => methodRegistry([fakeMethod('app-push')])).toThrow(/password/);
    expect(() => methodRegistry([fakePasswordMethod(), fakeMethod('app-qr'), fakeMethod('app-qr')])).toThrow(/twice/);
  });
});
