import { Client } from 'pg';
import { connect } from 'amqplib';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { baseConfigSchema } from '@pao/platform';
import { createTestDatabase, createTestVhost, localServers, migratedTestDatabase, serviceTestBed } from '../src';

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

describe('serviceTestBed against the real local servers', () => {
  it('migrates and opens a database, makes a vhost, points valid platform settings at both, and removes both on close', async () => {
    const urls: string[] = [];
    const bed = await serviceTestBed('harness_bed', { migrations: async (url) => void urls.push(url), dataSource: { extra: { max: 2 } } });
    expect(urls).toEqual([bed.db.url]);
    expect(await bed.db.dataSource.query(`SELECT current_database() AS name`)).toEqual([{ name: bed.db.name }]);
    expect(bed.redisPrefix).toMatch(new RegExp(`^test-harness-bed-${process.pid}-\\d+$`));
    expect(baseConfigSchema.parse(bed.config)).toEqual(bed.config);
    expect(bed.config).toMatchObject({ NODE_ENV: 'test', DATABASE_URL: bed.db.url, AMQP_URL: bed.vhost.url, REDIS_URL: localServers.redisUrl, REDIS_PREFIX: bed.redisPrefix, INTERNAL_AUTH_SECRET: localServers.internalAuthSecret, LOG_LEVEL: 'silent' });
    expect(bed.config.HTTP_PORT).toBeGreaterThan(0);
    const conn = await connect(bed.vhost.url);
    await conn.close();

    await bed.close();
    expect(bed.db.dataSource.isInitialized).toBe(false);
    expect(await databases('harness_bed')).toEqual([]);
    await expect(connect(bed.vhost.url)).rejects.toThrow();
  });

  it('drops the database again when the vhost cannot be made, and throws', async () => {
    const managementUrl = localServers.rabbitManagementUrl;
    localServers.rabbitManagementUrl = 'http://127.0.0.1:9'; // nothing listens: the vhost call fails
    try {
      await expect(serviceTestBed('harness_bed_kapot')).rejects.toThrow();
    } finally {
      localServers.rabbitManagementUrl = managementUrl;
    }
    expect(await databases('harness_bed_kapot')).toEqual([]);
  });
});
