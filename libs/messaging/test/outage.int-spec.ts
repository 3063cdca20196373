// Broker outage and PostgreSQL connection loss: nothing lost, nothing twice in effect.
import { randomUUID } from 'node:crypto';
import type { AmqpEventTransport, OutboxRelay } from '../src';
import {
  count,
  createTestVhost,
  cutVhost,
  openTestDb,
  pool,
  rawChannel,
  recordEffect,
  restoreVhost,
  runCommand,
  SCHEMA,
  startConsumer,
  startRelay,
  testEvent,
  TYPES,
  waitFor,
  type TestDb,
  type TestVhost,
} from './support';

jest.setTimeout(90_000);

describe('outages', () => {
  let vhost: TestVhost;
  let db: TestDb;
  let relay: OutboxRelay;
  let consumer: AmqpEventTransport;
  let invocations = 0;

  beforeAll(async () => {
    [vhost, db] = await Promise.all([createTestVhost('msg-outage'), openTestDb('msg_outage', 24)]);
    const effect = recordEffect(db.dataSource);
    consumer = await startConsumer(vhost, {
      [TYPES.geteld]: async (event, ctx) => {
        invocations++;
        await effect(event, ctx);
      },
    });
    relay = startRelay(vhost, db.dataSource);
  });

  afterAll(async () => {
    await restoreVhost(vhost).catch(() => undefined);
    await consumer?.close();
    await relay?.stop();
    await db?.close();
    await vhost?.delete();
  });

  const effects = () => count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.effects`);
  const distinctEffects = () => count(db.dataSource, `SELECT count(DISTINCT event_id) AS n FROM ${SCHEMA}.effects`);
  const unpublished = () => count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE published_at IS NULL`);
  const command = (i: number) => runCommand(db.dataSource, testEvent(TYPES.geteld, randomUUID(), { seq: i }), i);

  /** Every queue of the service empty and no handler running: nothing more can arrive. */
  async function settled(): Promise<boolean> {
    const { ch, close } = await rawChannel(vhost);
    try {
      const q = await ch.checkQueue(consumer.queues.main);
      const parking = await ch.checkQueue(consumer.queues.parking);
      expect(parking.messageCount).toBe(0);
      return q.messageCount === 0 && (await unpublished()) === 0;
    } finally {
      await close();
    }
  }

  it('delivers every event exactly once in effect when the broker is unreachable while 1,000 commands commit', async () => {
    // traffic flowing when the broker goes away: 200 commands, the cut comes after the first effects
    const warmup = pool(
      Array.from({ length: 200 }, (_, i) => i),
      4,
      (i) => command(i),
    );
    await waitFor('first effects', async () => (await effects()) >= 20);
    const closed = await cutVhost(vhost, ['svc-relay', 'svc-consumer']);
    expect(closed.sort()).toEqual(['svc-consumer', 'svc-relay']);
    await waitFor('relay and consumer disconnected', () => relay.brokerStatus !== 'connected' && !consumer.isConnected);
    await warmup;

    // the outage: 1,000 commands commit, each a row and an event in one transaction
    const effectsBefore = await effects();
    await pool(
      Array.from({ length: 1000 }, (_, i) => 1000 + i),
      10,
      (i) => command(i),
    );
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.commands`)).toBe(1200);
    expect(await unpublished()).toBeGreaterThanOrEqual(1000); // nothing got out meanwhile
    expect(await effects()).toBe(effectsBefore);
    expect(relay.brokerStatus).not.toBe('connected');
    const backlog = await relay.backlog();
    expect(backlog.unpublished).toBeGreaterThanOrEqual(1000);
    expect(backlog.oldestAgeSeconds).toBeGreaterThan(0);

    // the broker is back
    await restoreVhost(vhost);
    await waitFor('all 1,200 effects', async () => (await effects()) >= 1200, 45_000, 100);
    await waitFor('queues drained and outbox published', settled, 15_000, 100);
    expect(await effects()).toBe(1200);
    expect(await distinctEffects()).toBe(1200);
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.inbox`)).toBe(1200);
    expect(await relay.backlog()).toEqual({ unpublished: 0, oldestAgeSeconds: null });
    // the handler may have run more often than 1,200 times (redeliveries), never with effect
    expect(invocations).toBeGreaterThanOrEqual(1200);
  });

  it('carries on when PostgreSQL drops every connection of the service (LISTEN, relay and handlers)', async () => {
    const before = await effects();
    const producing = pool(
      Array.from({ length: 300 }, (_, i) => 5000 + i),
      4,
      async (i) => {
        // a command that hits a killed connection is retried, as a caller would
        for (let attempt = 0; ; attempt++) {
          try {
            return await command(i);
          } catch (err) {
            if (attempt > 5) throw err;
          }
        }
      },
    );
    await waitFor('some effects', async () => (await effects()) >= before + 50);
    const killed = await count(
      db.dataSource,
      `SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    expect(killed).toBeGreaterThan(1);
    await producing;
    await waitFor('all effects after the connection loss', async () => (await effects()) >= before + 300, 30_000, 100);
    await waitFor('queues drained and outbox published', settled, 15_000, 100);
    expect(await effects()).toBe(before + 300);
    expect(await distinctEffects()).toBe(before + 300);
  });
});
