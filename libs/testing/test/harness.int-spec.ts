import { Client } from 'pg';
import { connect } from 'amqplib';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTestDatabase, createTestVhost, localServers, migratedTestDatabase } from '../src';

class EenTabel1700000000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE harness.tabel (id int PRIMARY KEY)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE harness.tabel`);
  }
}

class Kapot1700000000001 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`SELECT * FROM harness.bestaat_niet`);
  }
  async down(): Promise<void> {}
}

/** The databases of this process whose name starts with the prefix. */
async function databases(prefix: string): Promise<string[]> {
  const admin = new Client({ connectionString: localServers.postgresAdminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}_${process.pid}_%`]);
    return rows.map((r: { datname: string }) => r.datname);
  } finally {
    await admin.end();
  }
}

describe('test harness against the real local servers', () => {
  it('creates a database of its own and drops it again', async () => {
    const db = await createTestDatabase('harness');
    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query('select current_database() as name');
    await client.end();
    expect(rows[0].name).toBe(db.name);
    await db.drop();
    const again = new Client({ connectionString: db.url });
    await expect(again.connect()).rejects.toThrow(/does not exist/);
  });

  it('creates a migrated database, opens it with the options given, and drops it on close', async () => {
    const db = await migratedTestDatabase('harness_migrated', { migrations: { schema: 'harness', migrations: [EenTabel1700000000000] }, dataSource: { extra: { max: 3 } } });
    expect(db.dataSource.isInitialized).toBe(true);
    expect(await db.dataSource.query(`SELECT current_database() AS name, to_regclass('harness.tabel') IS NOT NULL AS tabel`)).toEqual([{ name: db.name, tabel: true }]);
    expect(await db.dataSource.query(`SELECT name FROM harness.migrations`)).toEqual([{ name: 'EenTabel1700000000000' }]);
    expect((db.dataSource.driver as unknown as { master: { options: { max: number } } }).master.options.max).toBe(3);
    await db.close();
    expect(db.dataSource.isInitialized).toBe(false);
    expect(await databases('harness_migrated')).toEqual([]);
  });

  it('runs a migration script with the url, or nothing, before opening', async () => {
    const urls: string[] = [];
    const db = await migratedTestDatabase('harness_script', { migrations: async (url) => void urls.push(url) });
    expect(urls).toEqual([db.url]);
    await db.close();
    const leeg = await migratedTestDatabase('harness_leeg');
    expect(await leeg.dataSource.query(`SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'harness'`)).toEqual([{ n: 0 }]);
    await leeg.close();
  });

  it('drops the database again when a migration fails, and throws', async () => {
    await expect(migratedTestDatabase('harness_kapot', { migrations: { schema: 'harness', migrations: [EenTabel1700000000000, Kapot1700000000001] } })).rejects.toThrow(/bestaat_niet/);
    expect(await databases('harness_kapot')).toEqual([]);
  });

  it('creates a vhost of its own that the project user can use', async () => {
    const vhost = await createTestVhost('harness');
    const conn = await connect(vhost.url);
    const ch = await conn.createChannel();
    const q = await ch.assertQueue('', { exclusive: true });
    expect(q.queue).toMatch(/^amq\.gen/);
    await conn.close();
    await vhost.delete();
    await expect(connect(vhost.url)).rejects.toThrow();
  });
});
