import { runMigrations, type ServicePersistence } from '@pao/platform';
import { DataSource } from 'typeorm';
import type { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { createTestDatabase } from './test-database';

/** What runs on the fresh database before it is opened: one service's migrations, or a script (e.g. every service's). */
export type TestMigrations = ServicePersistence | ((url: string) => Promise<unknown>);

export interface MigratedTestDatabaseOptions {
  /** Left out: the database stays empty. */
  migrations?: TestMigrations;
  /** DataSource options besides the url, e.g. `{ extra: { max: 2 } }` for a pool of two. */
  dataSource?: Omit<PostgresConnectionOptions, 'type' | 'url'>;
}

export interface MigratedTestDatabase {
  name: string;
  url: string;
  /** Open; close() destroys it. */
  dataSource: DataSource;
  /** Destroys the DataSource, then drops the database (also when destroying failed). */
  close(): Promise<void>;
}

/**
 * A fresh database of its own for one test file, migrated and opened. If the migrations or
 * the opening fail, the database is dropped before the error is thrown: the caller has
 * nothing to close then.
 */
export async function migratedTestDatabase(prefix: string, options: MigratedTestDatabaseOptions = {}): Promise<MigratedTestDatabase> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({ ...options.dataSource, type: 'postgres', url: db.url });
  const close = async () => {
    try {
      if (dataSource.isInitialized) await dataSource.destroy();
    } finally {
      await db.drop();
    }
  };
  try {
    await migrate(db.url, options.migrations);
    await dataSource.initialize();
  } catch (e) {
    await close();
    throw e;
  }
  return { name: db.name, url: db.url, dataSource, close };
}

async function migrate(url: string, migrations: TestMigrations | undefined): Promise<void> {
  if (migrations === undefined) return;
  if (typeof migrations === 'function') await migrations(url);
  else await runMigrations(url, migrations);
}
