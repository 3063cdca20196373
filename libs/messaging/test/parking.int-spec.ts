// Poison messages: malformed, unknown type, and a handler that keeps failing.
import { randomUUID } from 'node:crypto';
import { assertConsumerTopology, EVENTS_EXCHANGE, Headers, type AmqpEventTransport } from '../src';
import { createTestVhost, drain, rawChannel, recordEffect, startConsumer, testEvent, TYPES, openTestDb, waitFor, type TestDb, type TestVhost } from './support';

jest.setTimeout(60_000);

describe('parking and retries', () => {
  let vhost: TestVhost;
  let db: TestDb;
  let consumer: AmqpEventTransport;
  let raw: Awaited<ReturnType<typeof rawChannel>>;
  const handled: string[] = [];
  const failures: number[] = [];

  beforeAll(async () => {
    [vhost, db] = await Promise.all([createTestVhost('msg-park'), openTestDb('msg_park')]);
    const effect = recordEffect(db.dataSource);
    consumer = await startConsumer(
      vhost,
      {
        [TYPES.geteld]: async (event, ctx) => {
          await effect(event, ctx);
          handled.push(event.id);
        },
        [TYPES.mislukt]: async () => {
          failures.push(performance.now());
          throw new Error('verwerking mislukt (test)');
        },
      },
      // the unknown type is routed to the service, as a catalogue mismatch would be
      { retryDelaysMs: [150, 450, 1000], maxAttempts: 4, bindings: ['nl.passend-onderwijs.test.onbekend.v1'] },
    );
    raw = await rawChannel(vhost);
  });

  afterAll(async () => {
    await raw?.close();
    await consumer?.close();
    await db?.close();
    await vhost?.delete();
  });

  function publish(routingKey: string, body: Buffer | object, messageId: string = randomUUID()): Promise<void> {
    const content = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
    raw.ch.publish(EVENTS_EXCHANGE, routingKey, content, { persistent: true, messageId });
    return raw.ch.waitForConfirms();
  }

  it('parks a malformed message and one of unknown type with the reason, and keeps consuming', async () => {
    const parkedSoFar: Awaited<ReturnType<typeof drain>> = [];
    const garbage = Buffer.from('{"specversion":"1.0", this is not json');
    await publish(TYPES.geteld, garbage, 'malformed-1');
    const unknown = testEvent('nl.passend-onderwijs.test.onbekend.v1', randomUUID(), { seq: 1 });
    await publish(unknown.type, unknown, unknown.id);
    const invalid = testEvent(TYPES.geteld, randomUUID(), { seq: 'twee' });
    await publish(invalid.type, invalid, invalid.id);
    // a good message behind them proves the consumer is still consuming
    const good = testEvent(TYPES.geteld, randomUUID(), { seq: 3 });
    await publish(good.type, good, good.id);
    await waitFor('good message handled', () => handled.includes(good.id));

    const parked = await waitFor(
      'three messages parked',
      async () => {
        const got = await drain(raw.ch, consumer.queues.parking);
        parkedSoFar.push(...got);
        return parkedSoFar.length >= 3 && parkedSoFar;
      },
      10_000,
      50,
    );
    const byId = new Map(parked.map((m) => [m.properties.messageId as string, m]));
    const m1 = byId.get('malformed-1');
    expect(m1?.content.equals(garbage)).toBe(true); // the original body, untouched
    expect(m1?.properties.headers?.[Headers.parkReason]).toBe('malformed: body is not JSON');
    expect(m1?.properties.headers?.[Headers.parkedBy]).toBe('svc');
    expect(m1?.properties.headers?.[Headers.parkedAttempts]).toBe(1);

    const m2 = byId.get(unknown.id);
    expect(JSON.parse(m2!.content.toString())).toEqual(unknown);
    expect(m2?.properties.headers?.[Headers.parkReason]).toBe('invalid: unknown event type nl.passend-onderwijs.test.onbekend.v1');

    const m3 = byId.get(invalid.id);
    expect(m3?.properties.headers?.[Headers.parkReason]).toBe('invalid: data: seq: invalid_type');
    expect(String(m3?.properties.headers?.[Headers.parkReason])).not.toContain('twee'); // no values in headers
    expect(handled).toEqual([good.id]);
  });
  it('retries a failing handler with growing delays, then parks it after the configured attempts', async () => {
    const doomed = testEvent(TYPES.mislukt, randomUUID(), { seq: 1 });
    const t0 = performance.now();
    await publish(doomed.type, doomed, doomed.id);
    const parked: Awaited<ReturnType<typeof drain>> = [];
    await waitFor(
      'failing message parked',
      async () => {
        parked.push(...(await drain(raw.ch, consumer.queues.parking)));
        return parked.length > 0;
      },
      15_000,
      50,
    );
    expect(failures).toHaveLength(4); // 1 attempt + 3 retries, then no more
    const gaps = failures.map((t, i) => t - (i === 0 ? t0 : failures[i - 1])).slice(1);
    // configured 150, 450, 1000 ms: each wait at least its delay and longer than the one before
    expect(gaps[0]).toBeGreaterThanOrEqual(140);
    expect(gaps[1]).toBeGreaterThanOrEqual(440);
    expect(gaps[2]).toBeGreaterThanOrEqual(990);
    expect(gaps[1]).toBeGreaterThan(gaps[0]);
    expect(gaps[2]).toBeGreaterThan(gaps[1]);

    expect(parked).toHaveLength(1);
    const h = parked[0].properties.headers ?? {};
    expect(parked[0].properties.messageId).toBe(doomed.id);
    expect(JSON.parse(parked[0].content.toString())).toEqual(doomed);
    expect(h[Headers.parkReason]).toBe('handler failed 4 time(s), last: Error: verwerking mislukt (test)');
    expect(h[Headers.parkedAttempts]).toBe(4);
    expect(h[Headers.parkedBy]).toBe('svc');

    // and the consumer still consumes
    const after = testEvent(TYPES.geteld, randomUUID(), { seq: 9 });
    await publish(after.type, after, after.id);
    await waitFor('message after the parked one handled', () => handled.includes(after.id));
    expect(failures).toHaveLength(4);
  });

  it('parks through the broker a message redelivered more than x-delivery-limit times (a consumer that keeps dying)', async () => {
    const { ch } = raw;
    const names = await assertConsumerTopology(ch, { serviceName: 'svc-limit', bindings: [TYPES.geteld], retryDelaysMs: [100], deliveryLimit: 2 });
    const event = testEvent(TYPES.geteld, randomUUID(), { seq: 1 });
    await publish(event.type, event, event.id);
    // a consumer that takes the message and "crashes" (returns it) every time
    let deliveries = 0;
    const { consumerTag } = await ch.consume(names.main, (m) => {
      if (!m) return;
      deliveries++;
      ch.nack(m, false, true);
    });
    const parked = await waitFor('dead-lettered by the broker', async () => {
      const got = await drain(ch, names.parking);
      return got.length > 0 && got;
    });
    await ch.cancel(consumerTag);
    expect(deliveries).toBe(3); // the first delivery and 2 redeliveries
    expect(parked[0].properties.messageId).toBe(event.id);
    expect(parked[0].properties.headers?.['x-first-death-reason']).toBe('delivery_limit');
  });
});
