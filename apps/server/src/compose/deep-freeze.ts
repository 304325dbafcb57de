/**
 * Freezes `value` and every plain object and array under it (ADR 0026 §2.6: nothing is assigned
 * after the server is built). Class instances (stores, the provider, prom-client metrics), and
 * the objects of `keep` (what the caller supplied: configuration, stores) are left as they are.
 */
export function deepFreeze<T>(value: T, keep: ReadonlySet<unknown> = new Set()): T {
  freeze(value, keep, new Set());
  return value;
}

function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function freeze(value: unknown, keep: ReadonlySet<unknown>, seen: Set<unknown>): void {
  if (!isPlain(value) || keep.has(value) || seen.has(value)) return;
  seen.add(value);
  for (const key of Object.keys(value)) freeze(value[key], keep, seen);
  Object.freeze(value);
}

/**
 * What a caller supplied and the objects it holds one level down (a store's repositories: the
 * contexts hold `durable.users` itself, and test kits wrap stores in proxies that must stay free).
 */
export function supplied(values: readonly unknown[]): Set<unknown> {
  const kept = new Set<unknown>();
  for (const value of values) {
    if (value === null || typeof value !== 'object') continue;
    kept.add(value);
    for (const inner of Object.values(value)) if (inner !== null && typeof inner === 'object') kept.add(inner);
  }
  return kept;
}

/** Every plain object under `value` is frozen (compose.test.ts). */
export function isDeepFrozen(
  value: unknown,
  keep: ReadonlySet<unknown> = new Set(),
  seen = new Set<unknown>(),
): boolean {
  if (!isPlain(value) || keep.has(value) || seen.has(value)) return true;
  seen.add(value);
  return Object.isFrozen(value) && Object.keys(value).every((key) => isDeepFrozen(value[key], keep, seen));
}
