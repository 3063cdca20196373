// Publisher confirms are not routing guarantees: an event no queue takes must not be
// marked published.
import { randomUUID } from 'node:crypto';
import { UNROUTED_EXCHANGE, UNROUTED_QUEUE } from '../src';
import { createTestVhost, openTestDb, rawChannel, runCommand, SCHEMA, startRelay, testEvent, TYPES, waitFor, type TestDb, type TestVhost } from './support';

jest.setTimeout(30_000);

describe('unroutable events', () => {
  let vhost: TestVhost;
  let db: TestDb;

  beforeAll(async () => {
    [vhost, db] = await Promise.all([createTestVhost('msg-returns'), openTestDb('msg_returns')]);
  });

  afterAll(async () => {
    await db?.close();
    await vhost?.delete();
  });

  it('keeps an event in the outbox while the broker returns it, and publishes it once it can be routed', async () => {
    const relay = startRelay(vhost, db.dataSource, { pollIntervalMs: 100 });
    const { ch, close } = await rawChannel(vhost);
    try {
      await waitFor('relay connected (topology declared)', () => relay.brokerStatus === 'connected');
      // no service binds the type and the alternate exchange has lost its queue
      await ch.deleteQueue(UNROUTED_QUEUE);
      const event = testEvent(TYPES.geteld, randomUUID(), { seq: 1 });
      await runCommand(db.dataSource, event);
      const row = () => db.dataSource.query(`SELECT published_at, attempts, last_error FROM ${SCHEMA}.outbox WHERE id = $1`, [event.id]).then((r) => r[0]);
      await waitFor('the return recorded', async () => (await row()).attempts >= 2);
      expect(await row()).toMatchObject({ published_at: null, last_error: 'returned by the broker: unroutable' });

      // routable again: the same event goes out and is marked
      await ch.assertQueue(UNROUTED_QUEUE, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
      await ch.bindQueue(UNROUTED_QUEUE, UNROUTED_EXCHANGE, '');
      await waitFor('published after all', async () => (await row()).published_at !== null, 15_000);
      const kept = await ch.get(UNROUTED_QUEUE, { noAck: true });
      expect(kept && JSON.parse(kept.content.toString()).id).toBe(event.id);
    } finally {
      await close();
      await relay.stop();
    }
  });
});
