// Test support for the scheduler's integration suites; not exported from the library (it opens real servers).
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
// The two helpers directly (not the @pao/testing barrel): it also loads the OIDC stub, which pulls ESM-only code.
import { localServers } from '../../../testing/src/local-servers';
import { migratedTestDatabase } from '../../../testing/src/migrated-test-database';
import { DeadlineScheduler, type DeadlineSchedulerOptions } from './deadline-scheduler';
import { deadlineTablesSql } from './sql';
import { deleteRedisPrefix } from './testing';

export interface DeadlineTestBedOptions {
  /** Prefix of the database's name. */
  database: string;
  /** BullMQ key prefix of every scheduler of the suite; close() deletes its keys. */
  prefix: string;
  /** The DataSource's pool (pg's default when left out). */
  pool?: number;
}

/** The options of a scheduler on the bed: its database, the local Redis and the suite's prefix are the bed's. */
export type BedSchedulerOptions = Omit<DeadlineSchedulerOptions, 'dataSource' | 'redis' | 'prefix'>;

/** What a deadline suite shares across its tests: an empty database, a Redis connection, its schedulers. */
export interface DeadlineTestBed {
  dataSource: DataSource;
  redis: Redis;
  /** Creates the deadline tables in `schema` (idempotent: again is a no-op). */
  createTables(schema: string): Promise<void>;
  /** A scheduler on the bed, closed by close(). */
  scheduler(options: BedSchedulerOptions): DeadlineScheduler;
  /** Closes the schedulers (their errors ignored), deletes the prefix's keys, then Redis, the DataSource and the database. */
  close(): Promise<void>;
}

export async function deadlineTestBed(options: DeadlineTestBedOptions): Promise<DeadlineTestBed> {
  const db = await migratedTestDatabase(options.database, { dataSource: options.pool === undefined ? {} : { extra: { max: options.pool } } });
  const dataSource = db.dataSource;
  const redis = new Redis(localServers.redisUrl);
  const open: DeadlineScheduler[] = [];
  return {
    dataSource,
    redis,
    async createTables(schema) {
      for (const sql of deadlineTablesSql(schema)) await dataSource.query(sql);
    },
    scheduler(schedulerOptions) {
      const s = new DeadlineScheduler({ dataSource, redis: localServers.redisUrl, prefix: options.prefix, ...schedulerOptions });
      open.push(s);
      return s;
    },
    async close() {
      for (const s of open) await s.close().catch(() => undefined);
      await deleteRedisPrefix(redis, options.prefix);
      await redis.quit();
      await db.close();
    },
  };
}
