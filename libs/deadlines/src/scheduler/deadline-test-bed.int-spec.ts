import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { localServers } from '../../../testing/src/local-servers';
import { ManualClock } from './clock';
import { deadlineTestBed } from './deadline-test-bed';

jest.setTimeout(60_000);

// The suites' shared set-up must leave nothing behind: a leaked scheduler keeps jest alive,
// leaked keys and databases pile up on servers that every test run shares.
it('gives a pool of its size and the deadline tables; close() closes its schedulers, deletes their keys and drops the database', async () => {
  const prefix = `test-dlbed-${process.pid}-${randomBytes(3).toString('hex')}`;
  const bed = await deadlineTestBed({ database: 'deadline_bed', prefix, pool: 3 });
  const [{ name }] = await bed.dataSource.query(`SELECT current_database() AS name`);
  expect((bed.dataSource.driver as unknown as { master: { options: { max: number } } }).master.options.max).toBe(3);
  await bed.createTables('bed');
  await bed.createTables('bed');
  const s = bed.scheduler({ schema: 'bed', clock: new ManualClock(), worker: false, reconcileIntervalMs: 0, effects: { onDeadline: async () => undefined } });
  const close = jest.spyOn(s, 'close');
  const quit = jest.spyOn(bed.redis, 'quit');
  await s.transaction((tx) => tx.arm({ kind: 'bezwaartermijn', subjectId: 'zaak-1', dueAt: new Date(Date.now() + 3_600_000), ruleVersion: 'test' }));
  expect(await bed.dataSource.query(`SELECT state FROM bed.deadline`)).toEqual([{ state: 'armed' }]);
  expect((await bed.redis.keys(`${prefix}:*`)).length).toBeGreaterThan(0);

  await bed.close();
  expect(close).toHaveBeenCalled();
  expect(quit).toHaveBeenCalled();
  expect(bed.dataSource.isInitialized).toBe(false);
  const admin = new Client({ connectionString: localServers.postgresAdminUrl });
  await admin.connect();
  try {
    expect((await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rows).toEqual([]);
  } finally {
    await admin.end();
  }
  // A connection of its own: the bed's is closed.
  const redis = new Redis(localServers.redisUrl);
  try {
    expect(await redis.keys(`${prefix}:*`)).toEqual([]);
  } finally {
    await redis.quit();
  }
});
