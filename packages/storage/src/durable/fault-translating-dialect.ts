import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect,
  Driver,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { isStoreFault, storeUnavailable } from '../store-errors';
import type { StoreHealthReporter } from '../store-health';

/**
 * Wraps a Kysely dialect so that every call that reaches the database — acquiring a connection,
 * each query, begin/commit/rollback — goes through one place: a store fault becomes
 * SesameError('STORE_UNAVAILABLE') and is reported to the health tracker, an answer is reported
 * too. The repositories stay as they are (one boundary, not one try/catch per repository).
 */
export function faultTranslatingDialect(inner: Dialect, health: StoreHealthReporter): Dialect {
  return {
    createDriver: () => new FaultTranslatingDriver(inner.createDriver(), health),
    createQueryCompiler: () => inner.createQueryCompiler(),
    createAdapter: () => inner.createAdapter(),
    createIntrospector: (db) => inner.createIntrospector(db),
  };
}

class FaultTranslatingConnection implements DatabaseConnection {
  constructor(
    readonly inner: DatabaseConnection,
    private readonly guard: <T>(work: Promise<T>) => Promise<T>,
  ) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return this.guard(this.inner.executeQuery<R>(query));
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

class FaultTranslatingDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly health: StoreHealthReporter,
  ) {}

  private readonly guard = async <T>(work: Promise<T>): Promise<T> => {
    try {
      const result = await work;
      this.health.answered('database');
      return result;
    } catch (error) {
      if (!isStoreFault(error)) throw error;
      this.health.failed('database', error);
      throw storeUnavailable(error);
    }
  };

  private unwrap(connection: DatabaseConnection): DatabaseConnection {
    return connection instanceof FaultTranslatingConnection ? connection.inner : connection;
  }

  init() {
    return this.guard(this.inner.init());
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    return new FaultTranslatingConnection(await this.guard(this.inner.acquireConnection()), this.guard);
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    return this.guard(this.inner.beginTransaction(this.unwrap(connection), settings));
  }

  commitTransaction(connection: DatabaseConnection) {
    return this.guard(this.inner.commitTransaction(this.unwrap(connection)));
  }

  rollbackTransaction(connection: DatabaseConnection) {
    return this.guard(this.inner.rollbackTransaction(this.unwrap(connection)));
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.guard(Promise.resolve(this.inner.savepoint?.(this.unwrap(connection), name, compile)));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.guard(Promise.resolve(this.inner.rollbackToSavepoint?.(this.unwrap(connection), name, compile)));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.guard(Promise.resolve(this.inner.releaseSavepoint?.(this.unwrap(connection), name, compile)));
  }

  releaseConnection(connection: DatabaseConnection) {
    return this.inner.releaseConnection(this.unwrap(connection));
  }

  destroy() {
    return this.inner.destroy();
  }
}
