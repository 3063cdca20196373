import type { BaseConfig } from '@pao/platform';
import { freePort } from './app-process';
import { localServers } from './local-servers';
import { migratedTestDatabase, type MigratedTestDatabase, type MigratedTestDatabaseOptions } from './migrated-test-database';
import { createTestVhost, type TestVhost } from './test-vhost';

/** What one service runs on in a test file: a database, vhost and Redis prefix of its own. */
export interface ServiceTestBed {
  db: MigratedTestDatabase;
  vhost: TestVhost;
  /** `test-<name>-<pid>-<ms>` (underscores become dashes: Redis prefixes allow none). */
  redisPrefix: string;
  /** The platform's settings for this bed: a free port on 127.0.0.1, silent logs, 5 s shutdown grace, the tests' internal auth secret. */
  config: BaseConfig;
  /**
   * Drops the database, then deletes the vhost (also when dropping failed). The Redis keys are the caller's to delete
   * (`deleteRedisPrefixAt`): that lives in @pao/deadlines, whose own test bed uses this library.
   */
  close(): Promise<void>;
}

/** The database (migrated and opened as migratedTestDatabase does), a vhost, and settings pointing at both. */
export async function serviceTestBed(name: string, options: MigratedTestDatabaseOptions = {}): Promise<ServiceTestBed> {
  const db = await migratedTestDatabase(name, options);
  let vhost: TestVhost;
  try {
    vhost = await createTestVhost(name);
  } catch (e) {
    await db.close();
    throw e;
  }
  const redisPrefix = `test-${name.replace(/_/g, '-')}-${process.pid}-${Date.now()}`;
  const config: BaseConfig = {
    NODE_ENV: 'test',
    HTTP_HOST: '127.0.0.1',
    HTTP_PORT: await freePort(),
    DATABASE_URL: db.url,
    REDIS_URL: localServers.redisUrl,
    AMQP_URL: vhost.url,
    LOG_LEVEL: 'silent',
    REDIS_PREFIX: redisPrefix,
    SHUTDOWN_GRACE_MS: 5000,
    INTERNAL_AUTH_SECRET: localServers.internalAuthSecret,
  };
  const close = async () => {
    try {
      await db.close();
    } finally {
      await vhost.delete();
    }
  };
  return { db, vhost, redisPrefix, config, close };
}
