import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

/**
 * Counts the statements this process sends to the databases (PostgreSQL: every `Client.query`, a
 * round trip each, BEGIN and COMMIT included; SQLite: every run of a prepared statement): a
 * figure that, unlike a duration, does not depend on the machine's load. Installed once, by
 * wrapping the drivers' prototypes (the store's pool and connections use the same modules).
 */
export interface QueryCounter {
  /** Statements sent since the counter was installed. */
  readonly count: () => number;
}

let counted = 0;
let installed = false;

export function installQueryCounter(): QueryCounter {
  if (!installed) {
    installed = true;
    wrap(pg.Client.prototype as unknown as Record<string, unknown>, ['query']);
    const probe = new BetterSqlite3(':memory:');
    try {
      const statementPrototype = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, unknown>;
      wrap(statementPrototype, ['run', 'get', 'all', 'iterate']);
    } finally {
      probe.close();
    }
  }
  return { count: () => counted };
}

function wrap(prototype: Record<string, unknown>, names: readonly string[]): void {
  for (const name of names) {
    const original = prototype[name] as (...args: unknown[]) => unknown;
    prototype[name] = function (this: unknown, ...args: unknown[]) {
      counted++;
      return original.apply(this, args);
    };
  }
}
