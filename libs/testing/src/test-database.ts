import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { localServers } from './local-servers';

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: localServers.postgresAdminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own for one test file (optionally copied from a template). */
export async function createTestDatabase(prefix = 'test', template?: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`.toLowerCase();
  await admin((c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  return {
    name,
    url: withDatabase(localServers.postgresAdminUrl, name),
    drop: () => dropDatabase(name),
  };
}

/** Drops with FORCE; retries briefly if a backend (e.g. autovacuum) cannot be ended yet. */
async function dropDatabase(name: string, attempts = 20): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      return;
    } catch (e) {
      if (i >= attempts || (e as { code?: string }).code !== '42501') throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
