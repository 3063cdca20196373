// Duplicates: the same event delivered twice, and a relay that dies between confirm and mark.
import { randomUUID } from 'node:crypto';
import { EVENTS_EXCHANGE, type AmqpEventTransport, type EventEnvelope, type OutboxRelay } from '../src';
import {
  count,
  createTestVhost,
  openTestDb,
  pool,
  rawChannel,
  recordEffect,
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

jest.setTimeout(60_000);

describe('idempotent consumption', () => {
  let vhost: TestVhost;
  let db: TestDb;
  let consumer: AmqpEventTransport;
  const calls = new Map<string, number>();

  beforeAll(async () => {
    [vhost, db] = await Promise.all([createTestVhost('msg-idem'), openTestDb('msg_idem')]);
    const effect = recordEffect(db.dataSource);
    consumer = await startConsumer(vhost, {
      [TYPES.geteld]: async (event, ctx) => {
        calls.set(event.id, (calls.get(event.id) ?? 0) + 1);
        await effect(event, ctx);
      },
    });
  });

  afterAll(async () => {
    await consumer?.close();
    await db?.close();
    await vhost?.delete();
  });

  const effectsOf = (ids: string[]) => count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.effects WHERE event_id = ANY($1)`, [ids]);

  it('has the effect once when the same event is delivered twice', async () => {
    const event = testEvent(TYPES.geteld, randomUUID(), { seq: 1 });
    const { ch, close } = await rawChannel(vhost);
    try {
      for (let i = 0; i < 2; i++) ch.publish(EVENTS_EXCHANGE, event.type, Buffer.from(JSON.stringify(event)), { persistent: true, messageId: event.id });
      await ch.waitForConfirms();
    } finally {
      await close();
    }
    await waitFor('both deliveries handled', () => calls.get(event.id) === 2);
    expect(await effectsOf([event.id])).toBe(1);
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.inbox WHERE event_id = $1`, [event.id])).toBe(1);
  });

  it('has the effect once when a relay crashes after the confirms but before marking the events sent', async () => {
    const events: EventEnvelope[] = Array.from({ length: 30 }, (_, i) => testEvent(TYPES.geteld, randomUUID(), { seq: i }));
    await pool(events, 5, (e, i) => runCommand(db.dataSource, e, i));
    const ids = events.map((e) => e.id);

    let crashed: readonly string[] = [];
    const doomed: OutboxRelay = startRelay(vhost, db.dataSource, {
      name: 'svc-relay-doomed',
      hooks: {
        afterConfirm: (confirmedIds) => {
          // the process "dies" here: the messages are on the broker, the marks never happen
          crashed = confirmedIds;
          void doomed.stop();
          throw new Error('simulated crash between confirm and mark');
        },
      },
    });
    await waitFor('the doomed relay published and crashed', () => crashed.length > 0 && !doomed.isRunning);
    await waitFor('the crashed window handled once', () => crashed.every((id) => calls.get(id) === 1));
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE id = ANY($1) AND published_at IS NULL`, [crashed])).toBe(crashed.length);

    // the replacement relay publishes the same rows again
    const relay = startRelay(vhost, db.dataSource, { name: 'svc-relay-2' });
    try {
      await waitFor('outbox published', async () => (await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE published_at IS NULL`)) === 0);
      await waitFor('the crashed window delivered a second time', () => crashed.every((id) => calls.get(id) === 2));
      await waitFor('every event handled', () => ids.every((id) => (calls.get(id) ?? 0) >= 1));
    } finally {
      await relay.stop();
    }
    expect(await effectsOf(ids)).toBe(ids.length);
    expect(await count(db.dataSource, `SELECT count(DISTINCT event_id) AS n FROM ${SCHEMA}.effects WHERE event_id = ANY($1)`, [ids])).toBe(ids.length);
  });
});
