// Group commit of the inbox (inbox-groups.ts) against a real PostgreSQL: calls that wait for
// a free transaction share one, and still each commit once, in their own async context, and
// alone when a neighbour fails.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { configureInbox, currentCorrelationId, handleOnce, runWithCorrelationId } from '../src';
import { count, openTestDb, SCHEMA, testEvent, TYPES, type TestDb } from './support';

jest.setTimeout(60_000);

describe('inbox group commit', () => {
  let db: TestDb;

  beforeAll(async () => {
    db = await openTestDb('msg_inbox_groups');
    await db.dataSource.query(`ALTER TABLE ${SCHEMA}.effects ADD COLUMN txid bigint, ADD COLUMN correlation text`);
  });

  afterAll(async () => {
    await db?.close();
  });

  /** An effect that records its transaction and the correlation id it runs under. */
  const record = (eventId: string) => async (m: EntityManager) => {
    await m.query(`INSERT INTO ${SCHEMA}.effects (event_id, consumer, txid, correlation) VALUES ($1, 'svc.groep', txid_current(), $2)`, [
      eventId,
      currentCorrelationId() ?? null,
    ]);
  };

  const effects = async (ids: string[]) =>
    (await db.dataSource.query(`SELECT event_id, txid, correlation FROM ${SCHEMA}.effects WHERE event_id = ANY($1)`, [ids])) as {
      event_id: string;
      txid: string;
      correlation: string | null;
    }[];

  /** One transaction at a time; the first call holds it until `release()`, so the rest queue behind it. */
  async function withBlockedFirst<T>(run: (queued: (eventId: string, fn: (m: EntityManager) => Promise<void>, correlation?: string) => Promise<boolean>) => Promise<T>) {
    const schema = SCHEMA;
    configureInbox(db.dataSource, schema, { parallel: 1 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const blocker = testEvent(TYPES.geteld, randomUUID(), {});
    const first = handleOnce(db.dataSource, schema, 'svc.groep', blocker, async (m) => {
      await record(blocker.id)(m);
      await held;
    });
    const calls: Promise<boolean>[] = [];
    const queued = (eventId: string, fn: (m: EntityManager) => Promise<void>, correlation?: string) => {
      const event = { ...testEvent(TYPES.geteld, randomUUID(), {}), id: eventId };
      const call = correlation
        ? runWithCorrelationId(correlation, () => handleOnce(db.dataSource, schema, 'svc.groep', event, fn))
        : handleOnce(db.dataSource, schema, 'svc.groep', event, fn);
      calls.push(call);
      return call;
    };
    try {
      const result = run(queued);
      release();
      await first;
      return await result;
    } finally {
      release();
      await Promise.allSettled(calls);
      configureInbox(db.dataSource, schema, {});
    }
  }

  it('runs calls that wait for a transaction together in the next one, each in its own correlation', async () => {
    const ids = Array.from({ length: 5 }, () => randomUUID());
    const ran = await withBlockedFirst((queued) => Promise.all(ids.map((id, i) => queued(id, record(id), `corr-${i}`))));
    expect(ran).toEqual([true, true, true, true, true]);
    const rows = await effects(ids);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.txid)).size).toBe(1);
    expect(Object.fromEntries(rows.map((r) => [r.event_id, r.correlation]))).toEqual(Object.fromEntries(ids.map((id, i) => [id, `corr-${i}`])));
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.inbox WHERE event_id = ANY($1)`, [ids])).toBe(5);
  });

  it('gives a quiet consumer a transaction of its own at once', async () => {
    const [a, b] = [randomUUID(), randomUUID()];
    await handleOnce(db.dataSource, SCHEMA, 'svc.groep', { ...testEvent(TYPES.geteld, a, {}), id: a }, record(a));
    await handleOnce(db.dataSource, SCHEMA, 'svc.groep', { ...testEvent(TYPES.geteld, b, {}), id: b }, record(b));
    const rows = await effects([a, b]);
    expect(new Set(rows.map((r) => r.txid)).size).toBe(2);
  });

  it('commits the others of a group when one effect fails, and fails only that one', async () => {
    const ids = Array.from({ length: 4 }, () => randomUUID());
    const bad = ids[2];
    const outcomes = await withBlockedFirst((queued) =>
      Promise.allSettled(
        ids.map((id) =>
          queued(id, async (m) => {
            await record(id)(m);
            if (id === bad) throw new Error('effect refused');
          }),
        ),
      ),
    );
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason).toMatchObject({ message: 'effect refused' });
    const rows = await effects(ids);
    expect(rows.map((r) => r.event_id).sort()).toEqual(ids.filter((id) => id !== bad).sort());
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.inbox WHERE event_id = ANY($1)`, [ids])).toBe(3);
  });

  it('runs an event once when it comes twice in one group, and not at all when it was handled before', async () => {
    const twice = randomUUID();
    const before = randomUUID();
    await handleOnce(db.dataSource, SCHEMA, 'svc.groep', { ...testEvent(TYPES.geteld, before, {}), id: before }, record(before));
    const ran = await withBlockedFirst((queued) => Promise.all([queued(twice, record(twice)), queued(twice, record(twice)), queued(before, record(before))]));
    expect(ran).toEqual([true, false, false]);
    expect(await effects([twice])).toHaveLength(1);
    expect(await effects([before])).toHaveLength(1);
  });
});
