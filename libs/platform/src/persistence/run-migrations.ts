import { DataSource } from 'typeorm';
import { ServicePersistence, dataSourceOptions } from './data-source-options';

/**
 * Runs a service's pending migrations. The schema is created first because TypeORM
 * keeps its migrations table inside it.
 */
export async function runMigrations(url: string, persistence: ServicePersistence): Promise<string[]> {
  // A migration may rewrite a large table: no statement or lock limit.
  const dataSource = new DataSource(dataSourceOptions(url, persistence, { statementMs: 0, lockMs: 0 }));
  await dataSource.initialize();
  try {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${persistence.schema}"`);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}
