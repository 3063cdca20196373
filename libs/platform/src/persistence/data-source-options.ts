import type { DataSourceOptions } from 'typeorm';

export interface ServicePersistence {
  /** The PostgreSQL schema this service owns; no other service reads it. */
  schema: string;
  migrations: NonNullable<DataSourceOptions['migrations']>;
  entities?: DataSourceOptions['entities'];
}

/** TypeORM options for a service: its own schema, migrations only, never synchronize. */
export function dataSourceOptions(url: string, persistence: ServicePersistence): DataSourceOptions {
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
    // Short timeouts so an outage shows in /health quickly and requests fail fast.
    extra: { max: 20, connectionTimeoutMillis: 2000, idleTimeoutMillis: 30_000 },
  };
}
