// Two relays on one outbox: no event published twice by them, order per aggregate kept.
import { randomUUID } from 'node:crypto';
import type { ConsumeMessage } from 'amqplib';
import { DataSource } from 'typeorm';
import { EVENTS_EXCHANGE, type EventEnvelope, type OutboxRelay } from '../src';
import { count, createTestVhost, openTestDb, pool, rawChannel, runCommand, SCHEMA, startRelay, testEvent, TYPES, waitFor, type TestDb, type TestVhost } from './support';

jest.setTimeout(60_000);

const AGGREGATES = 24;
const PER_AGGREGATE = 60;

describe('two relays on one outbox', () => {
  let vhost: TestVhost;
  let db: TestDb;
  let raw: Awaited<ReturnType<typeof rawChannel>>;
  const received: EventEnvelope[] = [];

  beforeAll(async () => {
    [vhost, db] = await Promise.all([createTestVhost('msg-relays'), openTestDb('msg_relays', 16)]);
    raw = await rawChannel(vhost);
    // an observer queue that sees the publish order as the broker got it
    const { queue } = await raw.ch.assertQueue('observer', { durable: true, arguments: { 'x-queue-type': 'quorum' } });
    await raw.ch.assertExchange(EVENTS_EXCHANGE, 'topic', { durable: true, alternateExchange: 'pao.events.unrouted' });
    await raw.ch.bindQueue(queue, EVENTS_EXCHANGE, '#');
    await raw.ch.consume(queue, (m: ConsumeMessage | null) => {
      if (!m) return;
      received.push(JSON.parse(m.content.toString()));
      raw.ch.ack(m);
    });
  });

  afterAll(async () => {
    await raw?.close();
    await db?.close();
    await vhost?.delete();
  });

  it('publishes each event once and keeps each aggregate in order', async () => {
    const relays: OutboxRelay[] = [
      startRelay(vhost, db.dataSource, { name: 'svc-relay-a', batchSize: 16, pollIntervalMs: 50, concurrency: 2 }),
      startRelay(vhost, db.dataSource, { name: 'svc-relay-b', batchSize: 16, pollIntervalMs: 50 }),
    ];
    try {
      // each aggregate's commands commit one after the other (as a command serialises on
      // its aggregate); different aggregates commit concurrently
      const aggregates = Array.from({ length: AGGREGATES }, () => randomUUID());
      await pool(aggregates, 8, async (aggregate) => {
        for (let seq = 0; seq < PER_AGGREGATE; seq++) await runCommand(db.dataSource, testEvent(TYPES.geteld, aggregate, { seq }), seq);
      });
      const total = AGGREGATES * PER_AGGREGATE;
      await waitFor('all events received', () => received.length >= total, 30_000);
      await waitFor('outbox fully marked', async () => (await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE published_at IS NULL`)) === 0);
      expect(received).toHaveLength(total);
      expect(new Set(received.map((e) => e.id)).size).toBe(total);

      const bySubject = new Map<string, number[]>();
      for (const e of received) bySubject.set(e.subject, [...(bySubject.get(e.subject) ?? []), (e.data as { seq: number }).seq]);
      for (const seqs of bySubject.values()) expect(seqs).toEqual(Array.from({ length: PER_AGGREGATE }, (_, i) => i));

      // both relays really worked, side by side (a with two rounds in parallel)
      expect(relays[0].stats.published).toBeGreaterThan(0);
      expect(relays[1].stats.published).toBeGreaterThan(0);
      expect(relays[0].stats.published + relays[1].stats.published).toBe(total);
      expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE attempts <> 1`)).toBe(0);
    } finally {
      await Promise.all(relays.map((r) => r.stop()));
    }
  });

  it('wakes without polling: after a commit in its own process, and on NOTIFY from another process', async () => {
    // polling every minute: only the wake-ups can deliver within the test's deadline
    const relay = startRelay(vhost, db.dataSource, { name: 'svc-relay-wake', pollIntervalMs: 60_000 });
    const other = new DataSource({ type: 'postgres', url: db.db.url, poolSize: 2 });
    await other.initialize();
    try {
      // once idle (start-up rounds done) and listening, only a wake-up can make it move
      await waitFor('relay idle and listening', () => relay.isIdle && relay.isListening);
      const local = testEvent(TYPES.geteld, randomUUID(), { seq: 0 });
      await runCommand(db.dataSource, local);
      await waitFor('local commit relayed', () => received.some((e) => e.id === local.id), 3_000);
      const remote = testEvent(TYPES.geteld, randomUUID(), { seq: 0 });
      await runCommand(other, remote); // no relay in "this process": appendToOutbox sends NOTIFY
      await waitFor('remote commit relayed', () => received.some((e) => e.id === remote.id), 3_000);
    } finally {
      await relay.stop();
      await other.destroy();
    }
  });

  it('rolls a round back when its marks fail, and publishes the rows again once they can be marked', async () => {
    // the marks and COMMIT go out together: a failing mark must turn the COMMIT into a
    // rollback (nothing marked) and the next round must work on a fresh connection
    await db.dataSource.query(`CREATE TABLE ${SCHEMA}.marks_refused (refused boolean)`);
    await db.dataSource.query(`
      CREATE FUNCTION ${SCHEMA}.refuse_marks() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM ${SCHEMA}.marks_refused) THEN RAISE EXCEPTION 'marks refused for the test'; END IF;
        RETURN NEW;
      END $$`);
    await db.dataSource.query(`CREATE TRIGGER refuse_marks BEFORE UPDATE ON ${SCHEMA}.outbox FOR EACH ROW EXECUTE FUNCTION ${SCHEMA}.refuse_marks()`);
    await db.dataSource.query(`INSERT INTO ${SCHEMA}.marks_refused VALUES (true)`);
    const relay = startRelay(vhost, db.dataSource, { name: 'svc-relay-refused', pollIntervalMs: 50, errorBackoffMs: 20 });
    try {
      const event = testEvent(TYPES.geteld, randomUUID(), { seq: 0 });
      await runCommand(db.dataSource, event);
      const copies = () => received.filter((e) => e.id === event.id).length;
      // published (the broker confirmed it) but never marked: the rounds roll back and retry
      await waitFor('published twice without a mark', () => copies() >= 2, 10_000);
      const row = async () => (await db.dataSource.query(`SELECT published_at, attempts FROM ${SCHEMA}.outbox WHERE id = $1`, [event.id]))[0];
      expect(await row()).toEqual({ published_at: null, attempts: 0 });
      expect(relay.stats.published).toBe(0);
      await waitFor('a failed round logged', () => relay.testLog.lines.some((l) => l.includes('marks refused for the test')));

      await db.dataSource.query(`DELETE FROM ${SCHEMA}.marks_refused`);
      await waitFor('marked once the marks go through', async () => (await row()).published_at !== null);
      expect((await row()).attempts).toBe(1);
      const settledCopies = copies();
      await new Promise((r) => setTimeout(r, 300));
      expect(copies()).toBe(settledCopies); // marked: no more copies
    } finally {
      await relay.stop();
      await db.dataSource.query(`DROP TRIGGER refuse_marks ON ${SCHEMA}.outbox`);
    }
  });
});
