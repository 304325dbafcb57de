import { describe, expect, it } from 'vitest';
import { ENROLLED_MARKER, syncEnrolledMarker } from './enrolled-marker';
import { parsePendingFocus, parseRoute } from './router';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('"On mobile" in the app', () => {
  it('leaves the portal a marker while an account is active, and removes it when none is left', () => {
    const storage = memoryStorage();
    syncEnrolledMarker(true, storage);
    expect(storage.items.get(ENROLLED_MARKER)).toBe('1');
    // The portal's script reads this very key (apps/server/public/sign-in-mobile.js).
    expect(ENROLLED_MARKER).toBe('sesame-app-enrolled');
    syncEnrolledMarker(false, storage);
    expect(storage.items.has(ENROLLED_MARKER)).toBe(false);
    const refusing = {
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => syncEnrolledMarker(true, refusing)).not.toThrow();
  });

  it('opens #/pending on the request named by the portal’s link', () => {
    expect(parseRoute('#/pending?n=42&exp=1750000000')).toBe('pending');
    expect(parsePendingFocus('#/pending?n=42&exp=1750000000')).toEqual({ number: 42, expiresAt: 1750000000 });
    expect(parsePendingFocus('#/pending')).toBeNull();
    expect(parsePendingFocus('#/home?n=42&exp=1750000000')).toBeNull();
    expect(parsePendingFocus('#/pending?n=&exp=1750000000')).toBeNull();
    expect(parsePendingFocus('#/pending?n=4.2&exp=1750000000')).toBeNull();
    expect(parsePendingFocus('#/pending?n=-1&exp=1750000000')).toBeNull();
    expect(parseRoute('#/pendingx?n=1')).toBeNull();
  });
});
