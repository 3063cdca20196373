import type { DataSourceOptions } from 'typeorm';

export interface ServicePersistence {
  /** The PostgreSQL schema this service owns; no other service reads it. */
  schema: string;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  entities?: DataSourceOptions['entities'];
}

export interface DatabaseTimeouts {
  /** Server side: a statement running longer is cancelled (0: no limit, for migrations). */
  statementMs: number;
  /** Waiting for a row lock longer than this fails the statement. */
  lockMs: number;
}

/** What a request may wait on the database: far below the gateway's 10 s for the whole request. */
export const requestTimeouts: DatabaseTimeouts = { statementMs: 5000, lockMs: 3000 };

/** TypeORM options for a service: its own schema, migrations only, never synchronize. */
export function dataSourceOptions(url: string, persistence: ServicePersistence, timeouts: DatabaseTimeouts = requestTimeouts): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    schema: persistence.schema,
    entities: persistence.entities ?? [],
    migrations: persistence.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    applicationName: persistence.schema,
    // Short timeouts so an outage shows in /health quickly and requests fail fast (503
    // naming the database): connecting, a statement (server side, and client side a
    // second later for a server that no longer answers), a row lock, an idle transaction.
    extra: {
      max: 20,
      connectionTimeoutMillis: 2000,
      idleTimeoutMillis: 30_000,
      statement_timeout: timeouts.statementMs,
      query_timeout: timeouts.statementMs ? timeouts.statementMs + 1000 : undefined,
      lock_timeout: timeouts.lockMs,
      idle_in_transaction_session_timeout: 30_000,
    },
  };
}
