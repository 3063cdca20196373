// Messaging benchmark: prints, in one run on this machine,
//  (a) events/s and p50/p99 latency from commit to handler through outbox, relay, RabbitMQ
//      and inbox (paced at half the ceiling measured in the same run, or BENCH_RATE
//      events/s when given; then flat out);
//  (b) the ceilings: raw amqplib confirmed publishing to a quorum queue, and PostgreSQL
//      commits of a transaction writing the same rows as a command (state row + outbox row).
// Process layout as in production: the producing service (commands + its relay) in this
// process, the consuming service (transport + handler) in a child process, both with the
// libraries' defaults. Run: npm run bench:messaging. Knobs (env): BENCH_SECONDS (8),
// BENCH_RATE (half the ceiling), BENCH_PRODUCERS (8), BENCH_PREFETCH (the transport's
// default), BENCH_INBOX_PARALLEL (the inbox's default), BENCH_BATCH (200),
// BENCH_RELAY_CONCURRENCY (1), BENCH_PACED_RUNS (3: the machine is shared, so the paced
// run is repeated and every run printed, with the median). Each paced run also prints where
// the time went (commit → claimed by the relay → confirmed by the broker → handler start →
// handler committed) and the CPU each process of the path used per event.
import { fork, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { LoggerService } from '@nestjs/common';
import type { MessageHandler } from '@nestjs/microservices';
import * as amqp from 'amqplib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  AmqpEventTransport,
  appendToOutbox,
  configureInbox,
  handleOnce,
  messagingTablesSql,
  OutboxRelay,
  type EventEnvelope,
  type EventValidator,
} from '@pao/messaging';
import { createTestDatabase, createTestVhost } from '@pao/testing';
import { cpuSeconds, pidsNamed, writeCalls } from './cpu';

const SCHEMA = 'bench';
const TYPE = 'nl.passend-onderwijs.bench.ding-geteld.v1';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
/** Paced rate; default half the end-to-end ceiling measured at the start of the run. */
const FIXED_RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 8);
const PREFETCH = process.env.BENCH_PREFETCH ? Number(process.env.BENCH_PREFETCH) : undefined;
const BATCH = Number(process.env.BENCH_BATCH ?? 200);
const RELAY_CONCURRENCY = Number(process.env.BENCH_RELAY_CONCURRENCY ?? 1);
const PACED_RUNS = Number(process.env.BENCH_PACED_RUNS ?? 3);
/** The consumer inbox's transactions at once (group commit beyond that); default: the library's. */
const INBOX_PARALLEL = process.env.BENCH_INBOX_PARALLEL ? Number(process.env.BENCH_INBOX_PARALLEL) : undefined;

const now = () => performance.timeOrigin + performance.now(); // ms, comparable across processes

const quiet: LoggerService = { log: () => undefined, error: (m) => process.stderr.write(`${String(m)}\n`), warn: (m) => process.stderr.write(`${String(m)}\n`) };

/** Structural checks as cheap as a real catalogue's, without depending on it. */
const validator: EventValidator = {
  validate(raw) {
    const e = raw as EventEnvelope;
    if (typeof e !== 'object' || e === null || e.specversion !== '1.0' || typeof e.id !== 'string' || e.type !== TYPE || typeof e.subject !== 'string') {
      return { ok: false, reason: 'not a bench event' };
    }
    if (typeof (e.data as { seq?: unknown })?.seq !== 'number') return { ok: false, reason: 'data.seq: invalid_type' };
    return { ok: true, event: e };
  },
};

function benchEvent(subject: string, seq: number): EventEnvelope {
  return {
    specversion: '1.0',
    id: randomUUID(),
    type: TYPE,
    source: 'urn:nld:passend-onderwijs:systeem:bench',
    subject,
    time: new Date().toISOString(),
    datacontenttype: 'application/json',
    correlationid: randomUUID(),
    swv: 'PO',
    data: { seq, aanvraagId: randomUUID(), soort: 'SO-midden', ingangsdatum: '2025-08-01' },
  } as EventEnvelope;
}

async function openDataSource(url: string, poolSize: number): Promise<DataSource> {
  const ds = new DataSource({ type: 'postgres', url, poolSize, logging: false });
  return ds.initialize();
}

// ---------------------------------------------------------------- child processes

async function consumerChild(dbUrl: string, amqpUrl: string): Promise<void> {
  // the services' pool size (libs/platform data-source-options)
  const ds = await openDataSource(dbUrl, 20);
  if (INBOX_PARALLEL) configureInbox(ds, SCHEMA, { parallel: INBOX_PARALLEL });
  const transport = new AmqpEventTransport({ amqpUrl, serviceName: 'bench', validator, prefetch: PREFETCH, retryDelaysMs: [200], logger: quiet });
  let pending: [string, number, number][] = [];
  const handler = async (event: EventEnvelope) => {
    const start = now();
    await handleOnce(ds, SCHEMA, 'bench.teller', event, async (m) => {
      await m.query(`INSERT INTO ${SCHEMA}.effects (event_id, seq) VALUES ($1, $2)`, [event.id, (event.data as { seq: number }).seq]);
    });
    pending.push([event.id, start, now()]);
  };
  transport.addHandler(TYPE, handler as unknown as MessageHandler, true);
  const flush = setInterval(() => {
    if (pending.length === 0) return;
    process.send?.({ kind: 'handled', items: pending });
    pending = [];
  }, 20);
  process.on('message', async (m: { kind: string }) => {
    if (m.kind !== 'stop') return;
    clearInterval(flush);
    await transport.close();
    await ds.destroy();
    process.send?.({ kind: 'stopped' }, () => process.exit(0));
  });
  await new Promise<void>((resolve) => transport.listen(() => resolve()));
  process.send?.({ kind: 'ready' });
}

// ---------------------------------------------------------------- ceilings

async function pgCeiling(dbUrl: string, clients: number, seconds: number): Promise<number> {
  const conns = await Promise.all(Array.from({ length: clients }, async () => {
    const c = new Client({ connectionString: dbUrl });
    await c.connect();
    return c;
  }));
  const deadline = now() + seconds * 1000;
  let commits = 0;
  const t0 = now();
  await Promise.all(
    conns.map(async (c, w) => {
      for (let seq = 0; now() < deadline; seq++) {
        const e = benchEvent(`ceiling-${w}`, seq);
        await c.query('BEGIN');
        await c.query(`INSERT INTO ${SCHEMA}.commands (id, aggregate_id, seq) VALUES ($1, $2, $3)`, [e.id, e.subject, seq]);
        await c.query(`INSERT INTO ${SCHEMA}.ceiling_outbox (id, aggregate_id, type, payload) VALUES ($1, $2, $3, $4)`, [e.id, e.subject, e.type, JSON.stringify(e)]);
        await c.query('COMMIT');
        commits++;
      }
    }),
  );
  const rate = commits / ((now() - t0) / 1000);
  await Promise.all(conns.map((c) => c.end()));
  return rate;
}

async function amqpCeiling(amqpUrl: string, messages: number, window: number): Promise<number> {
  const conn = await amqp.connect(amqpUrl);
  const ch = await conn.createConfirmChannel();
  const q = 'bench.ceiling';
  await ch.assertQueue(q, { durable: true, arguments: { 'x-queue-type': 'quorum' } });
  const body = Buffer.from(JSON.stringify(benchEvent(randomUUID(), 1)));
  const t0 = now();
  for (let sent = 0; sent < messages; ) {
    const n = Math.min(window, messages - sent);
    for (let i = 0; i < n; i++) ch.sendToQueue(q, body, { persistent: true, messageId: randomUUID(), contentType: 'application/cloudevents+json' });
    await ch.waitForConfirms();
    sent += n;
  }
  const rate = messages / ((now() - t0) / 1000);
  await ch.deleteQueue(q);
  await conn.close();
  return rate;
}

// ---------------------------------------------------------------- outbox path

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Run {
  /** p50/p90/p99 of each step: commit → claim → confirm → handler start → handler committed */
  steps: string;
  /** p50/p99 of commit → handler start */
  toHandler: [number, number];
  events: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
}

class Harness {
  readonly commitAt = new Map<string, number>();
  /** Set by the relay's observation hooks: when a round claimed the event, when the broker confirmed it. */
  readonly claimAt = new Map<string, number>();
  readonly confirmAt = new Map<string, number>();
  readonly latencies = new Map<string, number>();
  /** commit → handler start (outbox, relay, broker, transport) */
  readonly toHandler = new Map<string, number>();
  private waiters: (() => void)[] = [];

  constructor(private readonly consumer: ChildProcess) {
    consumer.on('message', (m: { kind: string; items?: [string, number, number][] }) => {
      if (m.kind !== 'handled' || !m.items) return;
      for (const [id, start, done] of m.items) {
        const c = this.commitAt.get(id);
        if (c !== undefined && !this.latencies.has(id)) {
          this.latencies.set(id, done - c);
          this.toHandler.set(id, start - c);
        }
      }
      this.waiters.splice(0).forEach((w) => w());
    });
  }

  async waitAllHandled(ids: string[], timeoutMs: number): Promise<void> {
    const deadline = now() + timeoutMs;
    while (!ids.every((id) => this.latencies.has(id))) {
      if (now() > deadline) throw new Error(`only ${ids.filter((id) => this.latencies.has(id)).length} of ${ids.length} events handled in time`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  summarise(ids: string[], firstCommitStart: number): Run {
    const lat = ids.map((id) => this.latencies.get(id) as number).sort((a, b) => a - b);
    const lastHandled = Math.max(...ids.map((id) => (this.commitAt.get(id) as number) + (this.latencies.get(id) as number)));
    const seconds = (lastHandled - firstCommitStart) / 1000;
    const th = ids.map((id) => this.toHandler.get(id) as number).sort((a, b) => a - b);
    const step = (name: string, from: (id: string) => number | undefined, to: (id: string) => number | undefined) => {
      const v = ids.map((id) => (to(id) ?? NaN) - (from(id) ?? NaN)).filter(Number.isFinite).sort((a, b) => a - b);
      return `${name} ${[50, 90, 99].map((p) => fmt(percentile(v, p), 1)).join('/')}`;
    };
    const handlerStart = (id: string) => (this.commitAt.get(id) as number) + (this.toHandler.get(id) as number);
    const steps = [
      step('commit→claim', (id) => this.commitAt.get(id), (id) => this.claimAt.get(id)),
      step('claim→confirm', (id) => this.claimAt.get(id), (id) => this.confirmAt.get(id)),
      step('confirm→handler start', (id) => this.confirmAt.get(id), handlerStart),
      step('handler', handlerStart, (id) => (this.commitAt.get(id) as number) + (this.latencies.get(id) as number)),
    ].join('; ');
    return { steps, toHandler: [percentile(th, 50), percentile(th, 99)], events: ids.length, seconds, rate: ids.length / seconds, p50: percentile(lat, 50), p99: percentile(lat, 99), max: lat[lat.length - 1] };
  }
}

async function command(ds: DataSource, h: Harness, subject: string, seq: number): Promise<string> {
  const e = benchEvent(subject, seq);
  await ds.transaction(async (m) => {
    await m.query(`INSERT INTO ${SCHEMA}.commands (id, aggregate_id, seq) VALUES ($1, $2, $3)`, [e.id, e.subject, seq]);
    await appendToOutbox(m, SCHEMA, [e], { validator });
  });
  h.commitAt.set(e.id, now());
  return e.id;
}

/** Producers flat out for `seconds`; throughput is measured until the last event was handled. */
async function flatOut(ds: DataSource, h: Harness, seconds: number): Promise<Run> {
  const ids: string[] = [];
  const t0 = now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: PRODUCERS }, async () => {
      for (let seq = 0; now() < deadline; seq++) ids.push(await command(ds, h, randomUUID(), seq));
    }),
  );
  await h.waitAllHandled(ids, 120_000);
  return h.summarise(ids, t0);
}

/** Open-loop load: one command every 1/rate s, regardless of how the previous ones fare. */
async function paced(ds: DataSource, h: Harness, rate: number, seconds: number): Promise<Run> {
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const t0 = now();
  const inFlight: Promise<string>[] = [];
  for (let i = 0; i < total; i++) {
    const due = t0 + i * interval;
    const wait = due - now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(command(ds, h, `agg-${i % 50}`, i));
  }
  const ids = await Promise.all(inFlight);
  await h.waitAllHandled(ids, 60_000);
  // drop the first second (connections and JIT warming up)
  const warm = ids.filter((id) => (h.commitAt.get(id) as number) >= t0 + 1000);
  return h.summarise(warm, t0 + 1000);
}

function startChild(role: string, dbUrl: string, amqpUrl: string): Promise<ChildProcess> {
  const child = fork(__filename, [role, dbUrl, amqpUrl], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
    child.on('message', (m: { kind: string }) => m.kind === 'ready' && resolve(child));
  });
}

function stopChild(child: ChildProcess): Promise<unknown> {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('message', (m: { kind: string }) => m.kind === 'stopped' && resolve(m));
    child.send({ kind: 'stop' });
  });
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const [db, vhost] = await Promise.all([createTestDatabase('bench_messaging'), createTestVhost('bench-messaging')]);
  const ds = await openDataSource(db.url, PRODUCERS + 6);
  let relay: OutboxRelay | undefined;
  let consumer: ChildProcess | undefined;
  try {
    for (const sql of messagingTablesSql(SCHEMA)) await ds.query(sql);
    await ds.query(`CREATE TABLE ${SCHEMA}.commands (id uuid PRIMARY KEY, aggregate_id text NOT NULL, seq int NOT NULL)`);
    await ds.query(`CREATE TABLE ${SCHEMA}.effects (event_id text NOT NULL, seq int)`);
    await ds.query(`CREATE TABLE ${SCHEMA}.ceiling_outbox (LIKE ${SCHEMA}.outbox INCLUDING ALL)`);

    console.log(`messaging benchmark: ${SECONDS} s per phase, ${PRODUCERS} producers, prefetch ${PREFETCH ?? 'default'}, inbox transactions ${INBOX_PARALLEL ?? 'default'}, relay window ${BATCH}, relay rounds in parallel ${RELAY_CONCURRENCY}`);
    console.log(`machine: ${os.cpus().length} cores, load average at start ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
    console.log('(b) ceilings');
    const pgRate = await pgCeiling(db.url, PRODUCERS, Math.min(SECONDS, 5));
    console.log(`  PostgreSQL commits, tx = state row + outbox row, ${PRODUCERS} clients: ${fmt(pgRate)} tx/s`);
    const amqpRate = await amqpCeiling(vhost.url, 40_000, 200);
    console.log(`  amqplib confirmed publish to a quorum queue, windows of 200:      ${fmt(amqpRate)} msg/s`);
    const ceiling = pgRate / 2;
    console.log(`  end-to-end ceiling (one commit to produce, one to consume):      ${fmt(ceiling)} events/s\n`);
    const RATE = FIXED_RATE ?? Math.round(ceiling / 2);

    consumer = await startChild('consumer', db.url, vhost.url);
    // the relay runs in the producing process, as MessagingModule runs it in every instance
    const h = new Harness(consumer);
    const stamp = (map: Map<string, number>) => (ids: readonly string[]) => {
      const t = now();
      for (const id of ids) map.set(id, t);
    };
    relay = new OutboxRelay({
      dataSource: ds,
      schema: SCHEMA,
      amqpUrl: vhost.url,
      name: 'bench-relay',
      batchSize: BATCH,
      concurrency: RELAY_CONCURRENCY,
      logger: quiet,
      hooks: { afterClaim: stamp(h.claimAt), afterConfirm: stamp(h.confirmAt) },
    });
    relay.start();
    // warm-up: opens the connection pools (a new PostgreSQL backend is a fork) and JITs
    await paced(ds, h, Math.min(RATE, 400), 3);

    console.log('(a) outbox → relay → RabbitMQ → transport → inbox, latency = commit to handler committed');
    // paced first: the flat-out run leaves autovacuum work behind that would disturb it
    const pacedRuns: Run[] = [];
    const backends: { pid: number }[] = await ds.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
    const processes = { producer: [process.pid], consumer: [consumer.pid as number], PostgreSQL: backends.map((b) => b.pid), RabbitMQ: pidsNamed('beam.smp') };
    for (let i = 0; i < PACED_RUNS; i++) {
      const before = Object.values(processes).map(cpuSeconds);
      const writesBefore = Object.values(processes).map(writeCalls);
      const t0 = now();
      const r = await paced(ds, h, RATE, SECONDS);
      const wall = (now() - t0) / 1000;
      const used = Object.values(processes).map((pids, k) => cpuSeconds(pids) - before[k]);
      const writes = Object.values(processes).map((pids, k) => writeCalls(pids) - writesBefore[k]);
      const produced = Math.round(RATE * SECONDS);
      pacedRuns.push(r);
      console.log(
        `  at ${RATE}/s #${i + 1}:  ${fmt(r.rate)} events/s (${r.events} events); p50 ${fmt(r.p50, 1)} ms, p99 ${fmt(r.p99, 1)} ms, max ${fmt(r.max, 1)} ms (to handler start: p50 ${fmt(r.toHandler[0], 1)}, p99 ${fmt(r.toHandler[1], 1)}); load ${os.loadavg()[0].toFixed(2)}`,
      );
      console.log(`     steps p50/p90/p99 ms: ${r.steps}`);
      console.log(
        `     CPU per event: ${Object.keys(processes).map((name, k) => `${name} ${fmt((1000 * used[k]) / produced, 2)} ms`).join(', ')}; together ${fmt((100 * used.reduce((a, b) => a + b, 0)) / wall / os.cpus().length)}% of the ${os.cpus().length} cores`,
      );
      console.log(`     write calls per event: ${Object.keys(processes).map((name, k) => `${name} ${fmt(writes[k] / produced, 2)}`).join(', ')}`);
    }
    const pacedRun = [...pacedRuns].sort((a, b) => a.p99 - b.p99)[Math.floor(pacedRuns.length / 2)];
    const flat = await flatOut(ds, h, SECONDS);
    console.log(
      `  flat out:     ${fmt(flat.rate)} events/s (${flat.events} events in ${fmt(flat.seconds, 1)} s) = ${fmt((100 * flat.rate) / ceiling)}% of the ceiling; p50 ${fmt(flat.p50, 1)} ms, p99 ${fmt(flat.p99, 1)} ms (to handler start: p50 ${fmt(flat.toHandler[0], 1)}, p99 ${fmt(flat.toHandler[1], 1)})`,
    );
    const [{ n: effects }] = await ds.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.effects`);
    const [{ n: distinct }] = await ds.query(`SELECT count(DISTINCT event_id)::int AS n FROM ${SCHEMA}.effects`);
    const [{ n: produced }] = await ds.query(`SELECT count(*)::int AS n FROM ${SCHEMA}.outbox`);
    await relay.stop();
    const relayStats = relay;
    relay = undefined;
    await stopChild(consumer);
    consumer = undefined;
    console.log(`\n  check: ${produced} events produced, ${effects} effects (${distinct} distinct); relay: ${relayStats.stats.published} published in ${relayStats.stats.rounds} rounds`);

    const target = 0.6 * ceiling;
    console.log('\ntargets');
    console.log(`  throughput ≥ 60% of ceiling (${fmt(target)}/s): ${flat.rate >= target ? 'met' : 'MISSED'} (${fmt(flat.rate)}/s = ${fmt((100 * flat.rate) / ceiling)}%)`);
    console.log(`  (load average at end ${os.loadavg().map((l) => l.toFixed(2)).join(' ')})`);
    console.log(`  p99 < 50 ms at ${RATE}/s = ${fmt((100 * RATE) / ceiling)}% of the ceiling (median of ${pacedRuns.length} runs): ${pacedRun.p99 < 50 ? 'met' : 'MISSED'} (${fmt(pacedRun.p99, 1)} ms)`);
  } finally {
    if (relay) await relay.stop();
    if (consumer) consumer.kill();
    await ds.destroy();
    await db.drop();
    await vhost.delete();
  }
}

const [role, dbUrl, amqpUrl] = process.argv.slice(2);
const run = role === 'consumer' ? consumerChild(dbUrl, amqpUrl) : main();
run.catch((err) => {
  console.error(err);
  process.exit(1);
});
