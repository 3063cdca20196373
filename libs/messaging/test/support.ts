// Shared helpers of the messaging tests: a small event catalogue of their own, a database
// with the messaging tables, RabbitMQ management calls, polling with a deadline.
import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { createTestDatabase, createTestVhost, localServers, type TestDatabase, type TestVhost } from '@pao/testing';
import type { LoggerService } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import {
  AmqpEventTransport,
  appendToOutbox,
  handleOnce,
  messagingTablesSql,
  OutboxRelay,
  type AmqpEventContext,
  type AmqpEventTransportOptions,
  type EventEnvelope,
  type EventValidator,
  type OutboxRelayOptions,
} from '../src';

export const SCHEMA = 'svc';

export const TYPES = {
  geteld: 'nl.passend-onderwijs.test.ding-geteld.v1',
  mislukt: 'nl.passend-onderwijs.test.ding-mislukt.v1',
  gevolgd: 'nl.passend-onderwijs.test.ding-gevolgd.v1',
} as const;

const dataSchemas: Record<string, z.ZodType> = {
  [TYPES.geteld]: z.object({ seq: z.number().int() }).strict(),
  [TYPES.mislukt]: z.object({ seq: z.number().int() }).strict(),
  [TYPES.gevolgd]: z.object({ oorzaak: z.uuid() }).strict(),
};

const envelopeSchema = z
  .object({
    specversion: z.literal('1.0'),
    id: z.uuid(),
    type: z.string().min(1),
    source: z.string().startsWith('urn:'),
    subject: z.string().min(1),
    time: z.iso.datetime({ offset: true }),
    datacontenttype: z.literal('application/json'),
    correlationid: z.string().min(1),
    swv: z.enum(['PO', 'VO']),
    data: z.unknown(),
  })
  .strict();

function issues(error: z.ZodError): string {
  // paths and codes only: a reason must never echo values
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`).join('; ');
}

/** The tests' own catalogue (messaging must not depend on the real one at runtime). */
export const testValidator: EventValidator = {
  validate(raw) {
    const env = envelopeSchema.safeParse(raw);
    if (!env.success) return { ok: false, reason: `envelope: ${issues(env.error)}` };
    const schema = dataSchemas[env.data.type];
    if (!schema) return { ok: false, reason: `unknown event type ${env.data.type.slice(0, 120)}` };
    const data = schema.safeParse(env.data.data);
    if (!data.success) return { ok: false, reason: `data: ${issues(data.error)}` };
    return { ok: true, event: { ...env.data, data: data.data } as EventEnvelope };
  },
};

export function testEvent(type: string, subject: string, data: unknown, extra: Partial<EventEnvelope> = {}): EventEnvelope {
  return {
    specversion: '1.0',
    id: randomUUID(),
    type,
    source: 'urn:nld:test:systeem:svc',
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    swv: 'PO',
    data,
    ...extra,
  } as EventEnvelope;
}

export interface TestDb {
  db: TestDatabase;
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A database of its own with the messaging tables, `svc.commands` and `svc.effects` (no unique key, to count duplicates). */
export async function openTestDb(prefix: string, poolSize = 20): Promise<TestDb> {
  const db = await createTestDatabase(prefix);
  const dataSource = new DataSource({ type: 'postgres', url: db.url, poolSize, logging: false });
  await dataSource.initialize();
  for (const sql of messagingTablesSql(SCHEMA)) await dataSource.query(sql);
  await dataSource.query(`CREATE TABLE ${SCHEMA}.commands (id uuid PRIMARY KEY, aggregate_id text NOT NULL, seq int NOT NULL)`);
  await dataSource.query(
    `CREATE TABLE ${SCHEMA}.effects (event_id text NOT NULL, consumer text NOT NULL, subject text, seq int, handled_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
  );
  return {
    db,
    dataSource,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await db.drop();
    },
  };
}

export async function count(ds: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const rows: { n: string | number }[] = await ds.query(sql, params);
  return Number(rows[0].n);
}

/** Polls `check` until it returns a truthy value; fails with `what` after `timeoutMs`. */
type Falsy = undefined | null | false | 0 | '';
export async function waitFor<T>(what: string, check: () => Promise<T | Falsy> | T | Falsy, timeoutMs = 15_000, intervalMs = 25): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as T;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** Runs `tasks` with at most `concurrency` at a time. */
export async function pool<T>(items: readonly T[], concurrency: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

// ---- RabbitMQ ----

async function management(method: string, path: string, body?: unknown): Promise<unknown> {
  const auth = Buffer.from(`${localServers.rabbitUser}:${localServers.rabbitPassword}`).toString('base64');
  const res = await fetch(`${localServers.rabbitManagementUrl}/api${path}`, {
    method,
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json', 'x-reason': 'messaging test: simulated outage' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok && res.status !== 404) throw new Error(`RabbitMQ management ${method} ${path}: ${res.status} ${await res.text()}`);
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

export { createTestVhost, type TestVhost };

/**
 * A broker outage as the clients of one vhost see it, without touching the shared server:
 * the vhost refuses new connections (max-connections 0) and the existing ones — found by
 * their client-given names — are force-closed. Clients see a dropped connection and failing
 * reconnects, exactly as with a stopped broker. Returns the names closed.
 */
export async function cutVhost(vhost: TestVhost, connectionNames: readonly string[]): Promise<string[]> {
  const v = encodeURIComponent(vhost.name);
  await management('PUT', `/vhost-limits/${v}/max-connections`, { value: 0 });
  // the management API lists connections with a few seconds' delay: wait for ours
  const conns = await waitFor(
    `connections ${connectionNames.join(', ')} listed`,
    async () => {
      const list = (await management('GET', `/vhosts/${v}/connections`)) as { name: string; client_properties?: { connection_name?: string } }[];
      const ours = list.filter((c) => connectionNames.includes(c.client_properties?.connection_name ?? ''));
      const names = new Set(ours.map((c) => c.client_properties?.connection_name));
      return connectionNames.every((n) => names.has(n)) ? ours : undefined;
    },
    20_000,
    250,
  );
  for (const c of conns) await management('DELETE', `/connections/${encodeURIComponent(c.name)}`);
  return conns.map((c) => c.client_properties?.connection_name ?? c.name);
}

/** Ends the outage: the vhost accepts connections again. */
export async function restoreVhost(vhost: TestVhost): Promise<void> {
  await management('DELETE', `/vhost-limits/${encodeURIComponent(vhost.name)}/max-connections`);
}

/** A plain amqplib connection and confirm channel for inspecting or injecting messages. */
export async function rawChannel(vhost: TestVhost): Promise<{ conn: amqp.ChannelModel; ch: amqp.ConfirmChannel; close(): Promise<void> }> {
  const conn = await amqp.connect(vhost.url);
  const ch = await conn.createConfirmChannel();
  return { conn, ch, close: () => conn.close().catch(() => undefined) };
}

/** Takes (and acks) every message currently in `queue`. */
export async function drain(ch: amqp.Channel, queue: string): Promise<amqp.GetMessage[]> {
  const out: amqp.GetMessage[] = [];
  for (;;) {
    const m = await ch.get(queue, { noAck: true });
    if (!m) return out;
    out.push(m);
  }
}

// ---- consumers and relays with test settings ----

/** Keeps log lines in memory (print them with MESSAGING_TEST_VERBOSE=1). */
export function testLogger(name: string): LoggerService & { lines: string[] } {
  const lines: string[] = [];
  const write = (level: string) => (message: unknown) => {
    const line = `[${name}] ${level} ${String(message)}`;
    lines.push(line);
    if (process.env.MESSAGING_TEST_VERBOSE) process.stdout.write(`${line}\n`);
  };
  return { lines, log: write('log'), error: write('error'), warn: write('warn'), debug: write('debug'), verbose: write('verbose') };
}

export type TestHandler = (event: EventEnvelope, ctx: AmqpEventContext) => Promise<unknown>;

/** An AmqpEventTransport (service `svc`) with fast reconnects and short retry delays, consuming. */
export async function startConsumer(
  vhost: TestVhost,
  handlers: Record<string, TestHandler>,
  options: Partial<AmqpEventTransportOptions> = {},
): Promise<AmqpEventTransport & { testLog: ReturnType<typeof testLogger> }> {
  const logger = testLogger('consumer');
  const transport = new AmqpEventTransport({
    amqpUrl: vhost.url,
    serviceName: 'svc',
    validator: testValidator,
    retryDelaysMs: [100, 300, 900],
    minReconnectDelayMs: 50,
    maxReconnectDelayMs: 400,
    logger,
    ...options,
  });
  for (const [type, fn] of Object.entries(handlers)) transport.addHandler(type, fn as unknown as MessageHandler, true);
  await new Promise<void>((resolve) => transport.listen(() => resolve()));
  return Object.assign(transport, { testLog: logger });
}

export function startRelay(vhost: TestVhost, dataSource: DataSource, options: Partial<OutboxRelayOptions> = {}): OutboxRelay & { testLog: ReturnType<typeof testLogger> } {
  const logger = testLogger(options.name ?? 'relay');
  const relay = new OutboxRelay({
    dataSource,
    schema: SCHEMA,
    amqpUrl: vhost.url,
    name: 'svc-relay',
    pollIntervalMs: 250,
    errorBackoffMs: 50,
    minReconnectDelayMs: 50,
    maxReconnectDelayMs: 400,
    logger,
    ...options,
  });
  relay.start();
  return Object.assign(relay, { testLog: logger });
}

/** A command: one state row and its event, in one transaction. */
export async function runCommand(ds: DataSource, event: EventEnvelope, seq = 0): Promise<void> {
  await ds.transaction(async (m) => {
    await m.query(`INSERT INTO ${SCHEMA}.commands (id, aggregate_id, seq) VALUES ($1, $2, $3)`, [event.id, event.subject, seq]);
    await appendToOutbox(m, SCHEMA, [event], { validator: testValidator });
  });
}

/** The standard effect: the inbox row and one `effects` row, in one transaction. */
export function recordEffect(ds: DataSource, consumer = 'svc.test'): TestHandler {
  return async (event) => {
    await handleOnce(ds, SCHEMA, consumer, event, async (m) => {
      const seq = (event.data as { seq?: number } | undefined)?.seq ?? null;
      await m.query(`INSERT INTO ${SCHEMA}.effects (event_id, consumer, subject, seq) VALUES ($1, $2, $3, $4)`, [event.id, consumer, event.subject, seq]);
    });
  };
}
