// A Nest app: @EventPattern handlers behind AmqpEventTransport, events published through
// EventPublisher (outbox) and relayed by the module's relay; the correlation id flows
// command → event → handler → the event it publishes → the next handler.
import { randomUUID } from 'node:crypto';
import { Controller, type INestApplication } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { Test } from '@nestjs/testing';
import { metricsRegistry } from '@pao/platform';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  AmqpEventContext,
  AmqpEventTransport,
  currentCorrelationId,
  EventPublisher,
  handleOnce,
  Headers,
  MessagingModule,
  messagingTablesSql,
  OutboxRelay,
  ParkEventError,
  runWithCorrelationId,
  type EventEnvelope,
} from '../src';
import { count, createTestVhost, drain, openTestDb, rawChannel, SCHEMA, testEvent, testLogger, testValidator, TYPES, waitFor, type TestDb, type TestVhost } from './support';

jest.setTimeout(60_000);

interface Seen {
  type: string;
  id: string;
  correlationFromContext: string;
  currentCorrelation: string | undefined;
  attempt: number;
  payloadIsEnvelope: boolean;
}
const seen: Seen[] = [];

@Controller()
class DingHandlers {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  @EventPattern(TYPES.geteld)
  async geteld(@Payload() event: EventEnvelope, @Ctx() ctx: AmqpEventContext): Promise<void> {
    record(event, ctx);
    await handleOnce(this.dataSource, SCHEMA, 'svc.geteld', event, async (manager) => {
      await manager.query(`INSERT INTO ${SCHEMA}.effects (event_id, consumer, subject) VALUES ($1, 'svc.geteld', $2)`, [event.id, event.subject]);
      // no correlation id given: it is inherited from the event being handled
      await this.publisher.publish(manager, testEvent(TYPES.gevolgd, event.subject, { oorzaak: event.id }, { correlationid: undefined }));
    });
  }

  @EventPattern(TYPES.mislukt)
  async mislukt(@Payload() event: EventEnvelope, @Ctx() ctx: AmqpEventContext): Promise<void> {
    record(event, ctx);
    if ((event.data as { seq: number }).seq === 2) throw new ParkEventError('zaak-onbekend');
    throw new Error('stuk');
  }

  @EventPattern(TYPES.gevolgd)
  async gevolgd(@Payload() event: EventEnvelope, @Ctx() ctx: AmqpEventContext): Promise<void> {
    record(event, ctx);
  }
}

function record(event: EventEnvelope, ctx: AmqpEventContext): void {
  seen.push({
    type: event.type,
    id: event.id,
    correlationFromContext: ctx.getCorrelationId(),
    currentCorrelation: currentCorrelationId(),
    attempt: ctx.getAttempt(),
    payloadIsEnvelope: event.specversion === '1.0' && ctx.getEvent() === event,
  });
}

describe('Nest integration', () => {
  let vhost: TestVhost;
  let db: TestDb;
  let app: INestApplication;

  beforeAll(async () => {
    [vhost, db] = await Promise.all([createTestVhost('msg-nest'), openTestDb('msg_nest')]);
    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ type: 'postgres', url: db.db.url }),
        MessagingModule.forService({
          serviceName: 'svc',
          schema: SCHEMA,
          amqpUrl: vhost.url,
          validator: testValidator,
          relay: { pollIntervalMs: 200 },
          consumer: { retryDelaysMs: [100], minReconnectDelayMs: 50 },
        }),
      ],
      controllers: [DingHandlers],
    }).compile();
    moduleRef.useLogger(false);
    app = moduleRef.createNestApplication({ logger: false });
    app.connectMicroservice({ strategy: app.get(AmqpEventTransport) }, { inheritAppConfig: true });
    await app.startAllMicroservices();
    await app.init();
  });

  /** The value of one series in the /metrics text (undefined when absent). */
  async function metric(series: string): Promise<number | undefined> {
    const line = (await metricsRegistry.metrics()).split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  }

  afterAll(async () => {
    const transport = app?.get(AmqpEventTransport);
    await app?.close();
    expect(transport?.isConnected).toBe(false); // closed with the app
    await db?.close();
    await vhost?.delete();
  });

  it('delivers an event published through the outbox to an @EventPattern handler, with the correlation id', async () => {
    const correlationId = `req-${randomUUID()}`;
    const subject = randomUUID();
    const publisher = app.get(EventPublisher);
    const dataSource = app.get(DataSource);
    const event = await runWithCorrelationId(correlationId, () =>
      dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO ${SCHEMA}.commands (id, aggregate_id, seq) VALUES ($1, $2, 1)`, [randomUUID(), subject]);
        const e = testEvent(TYPES.geteld, subject, { seq: 1 }, { correlationid: currentCorrelationId() });
        await publisher.publish(manager, e);
        return e;
      }),
    );

    await waitFor('the follow-up event handled', () => seen.some((s) => s.type === TYPES.gevolgd));
    const first = seen.find((s) => s.id === event.id);
    const followUp = seen.find((s) => s.type === TYPES.gevolgd);
    expect(first).toEqual({ type: TYPES.geteld, id: event.id, correlationFromContext: correlationId, currentCorrelation: correlationId, attempt: 1, payloadIsEnvelope: true });
    expect(followUp).toMatchObject({ correlationFromContext: correlationId, currentCorrelation: correlationId, payloadIsEnvelope: true });
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.effects WHERE event_id = $1`, [event.id])).toBe(1);
    const [stored] = await db.dataSource.query(`SELECT payload FROM ${SCHEMA}.outbox WHERE type = $1`, [TYPES.gevolgd]);
    expect(stored.payload.correlationid).toBe(correlationId);
  });

  it('retries and parks a failing Nest handler; ParkEventError parks at once', async () => {
    const publisher = app.get(EventPublisher);
    const failing = testEvent(TYPES.mislukt, randomUUID(), { seq: 1 });
    const refused = testEvent(TYPES.mislukt, randomUUID(), { seq: 2 });
    await app.get(DataSource).transaction((m) => publisher.publish(m, [failing, refused]));
    const { ch, close } = await rawChannel(vhost);
    try {
      const parked: Awaited<ReturnType<typeof drain>> = [];
      await waitFor('both parked', async () => {
        parked.push(...(await drain(ch, 'svc.parking')));
        return parked.length >= 2;
      });
      const headersOf = (id: string) => parked.find((m) => m.properties.messageId === id)?.properties.headers ?? {};
      // Nest's RPC exception filter hides an ordinary error's message (it logs it instead)
      expect(headersOf(failing.id)[Headers.parkReason]).toBe('handler failed 2 time(s), last: Internal server error');
      expect(headersOf(failing.id)[Headers.parkedAttempts]).toBe(2);
      expect(headersOf(refused.id)[Headers.parkReason]).toBe('handler refused: zaak-onbekend');
      expect(headersOf(refused.id)[Headers.parkedAttempts]).toBe(1);
      expect(seen.filter((s) => s.id === failing.id).map((s) => s.attempt)).toEqual([1, 2]);
      expect(seen.filter((s) => s.id === refused.id).map((s) => s.attempt)).toEqual([1]);
    } finally {
      await close();
    }
  });

  it('refuses to publish an event the catalogue rejects (the command fails, nothing is written)', async () => {
    const publisher = app.get(EventPublisher);
    const bad = testEvent(TYPES.geteld, randomUUID(), { seq: 'een' });
    await expect(app.get(DataSource).transaction((m) => publisher.publish(m, bad))).rejects.toThrow('invalid event of type');
    expect(await count(db.dataSource, `SELECT count(*) AS n FROM ${SCHEMA}.outbox WHERE id = $1`, [bad.id])).toBe(0);
  });

  it('reports publishing, consuming and the backlog in /metrics', async () => {
    // after the tests above: geteld + gevolgd handled, mislukt retried once and parked twice
    const geteld = `consumer="svc",event_type="${TYPES.geteld}"`;
    const mislukt = `consumer="svc",event_type="${TYPES.mislukt}"`;
    await waitFor('consumer counters', async () => (await metric(`messaging_consumer_events_total{${mislukt},outcome="parked"}`)) === 2);
    expect(await metric(`messaging_consumer_events_total{${geteld},outcome="handled"}`)).toBe(1);
    expect(await metric(`messaging_consumer_events_total{consumer="svc",event_type="${TYPES.gevolgd}",outcome="handled"}`)).toBe(1);
    expect(await metric(`messaging_consumer_events_total{${mislukt},outcome="retried"}`)).toBe(1);
    expect(await metric(`messaging_handler_duration_seconds_count{${geteld},outcome="success"}`)).toBe(1);
    expect(await metric(`messaging_handler_duration_seconds_count{${mislukt},outcome="failure"}`)).toBe(3);
    expect(await metric(`messaging_handler_duration_seconds_bucket{le="+Inf",${geteld},outcome="success"}`)).toBe(1);
    expect(await metric(`messaging_events_published_total{schema="${SCHEMA}"}`)).toBe(4);
    expect(await metric(`messaging_outbox_unpublished{schema="${SCHEMA}"}`)).toBe(0);
    expect(await metric(`messaging_outbox_oldest_unpublished_age_seconds{schema="${SCHEMA}"}`)).toBe(0);
    const text = await metricsRegistry.metrics();
    expect(text).toContain('# TYPE messaging_publish_failures_total counter');
    expect(text).toContain('# TYPE messaging_handler_duration_seconds histogram');
    expect(app.get(OutboxRelay).stats.published).toBe(4); // the same count as the relay's own stats

    // a backlog shows on the next scrape: a relay of another schema that cannot reach its broker
    for (const sql of messagingTablesSql('svc_b')) await db.dataSource.query(sql);
    await db.dataSource.query(
      `INSERT INTO svc_b.outbox (id, aggregate_id, type, payload, created_at)
       SELECT gen_random_uuid(), 'a' || g, $1, '{}'::jsonb, now() - interval '90 seconds' FROM generate_series(1, 3) g`,
      [TYPES.geteld],
    );
    const stuck = new OutboxRelay({ dataSource: db.dataSource, schema: 'svc_b', amqpUrl: 'amqp://127.0.0.1:1', name: 'svc-b-relay', logger: testLogger('svc-b-relay') });
    stuck.start();
    try {
      expect(await metric('messaging_outbox_unpublished{schema="svc_b"}')).toBe(3);
      expect(await metric('messaging_outbox_oldest_unpublished_age_seconds{schema="svc_b"}')).toBeGreaterThanOrEqual(90);
      expect(await metric(`messaging_outbox_unpublished{schema="${SCHEMA}"}`)).toBe(0);
    } finally {
      await stuck.stop();
    }
    expect(await metric('messaging_outbox_unpublished{schema="svc_b"}')).toBeUndefined(); // a stopped relay no longer reports
  });
});
