// Retention: old published outbox rows and old inbox rows go, in batches; unpublished and
// recent rows stay; two pruners at once neither fight nor double-delete.
import { DataSource } from 'typeorm';
import { metricsRegistry } from '@pao/platform';
import { MessagingRetention, MIN_INBOX_RETENTION_MS } from '../src';
import { count, openTestDb, SCHEMA, testLogger, waitFor, type TestDb } from './support';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;

describe('retention', () => {
  let db: TestDb;
  let other: DataSource; // a second "process": its own pool

  beforeAll(async () => {
    db = await openTestDb('msg_retention', 5);
    other = new DataSource({ type: 'postgres', url: db.db.url, poolSize: 5, logging: false });
    await other.initialize();
  });

  afterAll(async () => {
    if (other?.isInitialized) await other.destroy();
    await db?.close();
  });

  beforeEach(async () => {
    await db.dataSource.query(`TRUNCATE ${SCHEMA}.outbox, ${SCHEMA}.inbox`);
  });

  /** `n` outbox rows created `createdDaysAgo` days ago, published `publishedDaysAgo` days ago (null: unpublished). */
  async function outboxRows(n: number, tag: string, createdDaysAgo: number, publishedDaysAgo: number | null): Promise<void> {
    await db.dataSource.query(
      `INSERT INTO ${SCHEMA}.outbox (id, aggregate_id, type, payload, created_at, published_at)
       SELECT gen_random_uuid(), $1 || g, 'test.v1', '{}'::jsonb, now() - $2 * interval '1 day',
              CASE WHEN $3::float8 IS NULL THEN NULL ELSE now() - $3::float8 * interval '1 day' END
       FROM generate_series(1, $4) g`,
      [tag, createdDaysAgo, publishedDaysAgo, n],
    );
  }

  async function inboxRows(n: number, tag: string, processedDaysAgo: number): Promise<void> {
    await db.dataSource.query(
      `INSERT INTO ${SCHEMA}.inbox (consumer, event_id, source, event_type, processed_at)
       SELECT 'svc.' || $1, gen_random_uuid()::text, 'urn:test', 'test.v1', now() - $2 * interval '1 day'
       FROM generate_series(1, $3) g`,
      [tag, processedDaysAgo, n],
    );
  }

  const outboxCount = (tag: string) => count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE aggregate_id LIKE $1 || '%'`, [tag]);
  const inboxCount = (tag: string) => count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.inbox WHERE consumer = 'svc.' || $1`, [tag]);

  async function seed(): Promise<void> {
    await outboxRows(450, 'old-published-', 20, 15);
    await outboxRows(30, 'recent-published-', 20, 13); // created long ago, published recently: stays
    await outboxRows(20, 'old-unpublished-', 40, null); // never deleted, however old
    await outboxRows(10, 'fresh-unpublished-', 0, null);
    await inboxRows(380, 'old', 15);
    await inboxRows(25, 'recent', 13);
  }

  async function expectPruned(): Promise<void> {
    expect(await outboxCount('old-published-')).toBe(0);
    expect(await outboxCount('recent-published-')).toBe(30);
    expect(await outboxCount('old-unpublished-')).toBe(20);
    expect(await outboxCount('fresh-unpublished-')).toBe(10);
    expect(await inboxCount('old')).toBe(0);
    expect(await inboxCount('recent')).toBe(25);
  }

  it('deletes old published outbox rows and old inbox rows in batches; keeps unpublished and recent ones', async () => {
    await seed();
    const retention = new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA, batchSize: 100 });
    expect(await retention.pruneOnce()).toEqual({ outbox: 450, inbox: 380, yielded: false });
    await expectPruned();
    expect(await retention.pruneOnce()).toEqual({ outbox: 0, inbox: 0, yielded: false });

    const text = await metricsRegistry.metrics();
    expect(text).toContain(`messaging_pruned_rows_total{schema="${SCHEMA}",table="outbox"} 450`);
    expect(text).toContain(`messaging_pruned_rows_total{schema="${SCHEMA}",table="inbox"} 380`);
  });

  it('stops a run after maxBatchesPerRun; the next run goes on', async () => {
    await seed();
    const retention = new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA, batchSize: 100, maxBatchesPerRun: 2 });
    expect(await retention.pruneOnce()).toEqual({ outbox: 200, inbox: 200, yielded: false });
    for (let i = 0; i < 3; i++) await retention.pruneOnce();
    await expectPruned();
  });

  it('honours configured retentions', async () => {
    await seed();
    const retention = new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA, outboxRetentionMs: 12 * DAY, inboxRetentionMs: 12 * DAY });
    expect(await retention.pruneOnce()).toEqual({ outbox: 480, inbox: 405, yielded: false });
    expect(await outboxCount('old-unpublished-')).toBe(20);
    expect(await outboxCount('fresh-unpublished-')).toBe(10);
  });

  it('yields to another instance holding the pruning lock, without waiting', async () => {
    await seed();
    const qr = other.createQueryRunner();
    await qr.connect();
    try {
      await qr.startTransaction();
      await qr.query(`SELECT pg_advisory_xact_lock(hashtext('pao.messaging.retention'), hashtext($1))`, [SCHEMA]);
      const retention = new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA });
      const started = Date.now();
      expect(await retention.pruneOnce()).toEqual({ outbox: 0, inbox: 0, yielded: true });
      expect(Date.now() - started).toBeLessThan(2_000);
      await qr.commitTransaction();
      expect(await retention.pruneOnce()).toEqual({ outbox: 450, inbox: 380, yielded: false });
    } finally {
      await qr.release();
    }
  });

  it('two pruners at once: every old row deleted once, nothing else touched', async () => {
    await seed();
    const a = new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA, batchSize: 10 });
    const b = new MessagingRetention({ dataSource: other, schema: SCHEMA, batchSize: 10 });
    const totals = { outbox: 0, inbox: 0 };
    // each keeps running until its run completes without yielding (a yield means the other was busy)
    await Promise.all(
      [a, b].map(async (r) => {
        for (;;) {
          const res = await r.pruneOnce();
          totals.outbox += res.outbox;
          totals.inbox += res.inbox;
          if (!res.yielded) return;
        }
      }),
    );
    expect(totals).toEqual({ outbox: 450, inbox: 380 });
    await expectPruned();
  });

  it('runs on its interval once started, and stops', async () => {
    await seed();
    const retention = new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA, intervalMs: 50, logger: testLogger('retention') });
    retention.start();
    try {
      await waitFor('old rows pruned by the timer', async () => (await outboxCount('old-published-')) === 0 && (await inboxCount('old')) === 0);
    } finally {
      await retention.stop();
    }
    await expectPruned();
    await outboxRows(5, 'old-published-', 20, 15);
    await new Promise((r) => setTimeout(r, 200));
    expect(await outboxCount('old-published-')).toBe(5); // stopped: no more runs
  });

  it('refuses an inbox retention shorter than a day', () => {
    expect(() => new MessagingRetention({ dataSource: db.dataSource, schema: SCHEMA, inboxRetentionMs: MIN_INBOX_RETENTION_MS - 1 })).toThrow('inbox must outlive every redelivery');
  });
});
