import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';

/**
 * A query of fixed shape, built and compiled by Kysely once per database, then run with new
 * values (issue 12 point 5): building a query anew — the builder's immutable nodes, then the
 * compiler's walk over them — cost more than SQLite running it, several times per request.
 *
 * `build` receives the arguments as stand-ins and must hand each one to Kysely as a value, as is
 * (`where('id', '=', id)`, `values({ … })`, `set({ … })`), never look into it (no `.toISOString()`
 * there: the caller converts first). The compiled text is then the same for every call, and only
 * the parameters differ: each stand-in's place among them is found once, and filled with the
 * call's argument. A stand-in that does not come out as a parameter (an argument inlined into the
 * SQL, or not used) is a programming error, thrown at the first call. Values stay bound
 * parameters, as they were, never text in the SQL.
 *
 * Compiled per Kysely adapter (a database's dialect): a transaction shares its database's, so it
 * runs the same compiled query on its own connection.
 */
export function preparedQuery<DB, A extends readonly unknown[], O>(
  build: (db: Kysely<DB>, ...args: A) => Compilable<O>,
): (db: Kysely<DB>, ...args: A) => Promise<QueryResult<O>> {
  const plans = new WeakMap<object, Plan>();
  return async (db, ...args) => {
    const adapter = db.getExecutor().adapter;
    let plan = plans.get(adapter);
    if (plan === undefined) {
      plan = compilePlan(db, build);
      plans.set(adapter, plan);
    }
    const { compiled, slots } = plan;
    const parameters = slots.map((slot, i) => (slot === CONSTANT ? compiled.parameters[i] : args[slot]));
    return await db.executeQuery<O>({ ...compiled, parameters } as CompiledQuery<O>);
  };
}

const CONSTANT = -1;

interface Plan {
  readonly compiled: CompiledQuery;
  /** Per parameter: the argument that fills it, or CONSTANT (a value written in `build`). */
  readonly slots: readonly number[];
}

/** One stand-in per argument: a string no caller sends (NUL bytes around a marker). */
const standIn = (i: number) => `\u0000sesame-prepared-argument-${i}\u0000`;

function compilePlan<DB, A extends readonly unknown[], O>(
  db: Kysely<DB>,
  build: (db: Kysely<DB>, ...args: A) => Compilable<O>,
): Plan {
  const arity = build.length - 1;
  const standIns = Array.from({ length: arity }, (_, i) => standIn(i));
  const compiled = build(db, ...(standIns as unknown as A)).compile();
  if (compiled.sql.includes('\u0000')) {
    throw new Error(`preparedQuery: an argument was written into the SQL: ${JSON.stringify(compiled.sql)}`);
  }
  const slots = compiled.parameters.map((value) => (typeof value === 'string' ? standIns.indexOf(value) : CONSTANT));
  for (let i = 0; i < arity; i++) {
    if (!slots.includes(i)) {
      throw new Error(`preparedQuery: argument ${i + 1} is not a parameter of ${JSON.stringify(compiled.sql)}`);
    }
  }
  return { compiled, slots };
}
