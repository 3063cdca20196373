// Deadlines benchmark: prints, in one run on this machine,
//  (a) the ceiling: raw BullMQ add rate (single adds, addBulk), Redis bytes per delayed job,
//      and fire rate (delayed jobs all due at once, no-op processor);
//  (b) arming rate of DeadlineScheduler for BENCH_ARM deadlines (one transaction per
//      deadline with BENCH_CLIENTS callers, and armMany in batches), Redis bytes per armed
//      deadline, the reconciler re-arming all of them after Redis lost its keys, the
//      sweeper firing them when all are overdue, and rescheduleMany / cancelMany in
//      batches; BENCH_COMMANDS commands that each arm 5 deadlines (2 with a warning), one
//      arm per deadline against one armMany;
//  (c) the lag between due moment and effect (p50/p99) when BENCH_LAG deadlines come due
//      spread over one minute, and when BENCH_BURST come due at the same instant, job
//      path only, with where the time went (firing transactions, wake-ups that found
//      their deadline fired already, the queue draining its jobs).
// Run: npm run bench:deadlines. Knobs (env): BENCH_ARM (100000), BENCH_RAW (100000),
// BENCH_LAG (10000), BENCH_BURST (100000), BENCH_COMMANDS (2000), BENCH_CLIENTS (16),
// BENCH_CONCURRENCY (50), BENCH_FIRE_BATCH / BENCH_FIRINGS / BENCH_DRAIN_BATCH (the scheduler's defaults), BENCH_PARTS (raw,arm,commands,spread,burst: which parts run).
import { randomUUID } from 'node:crypto';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { ArmInput, DeadlineScheduler, deleteRedisPrefix, ManualClock, type Clock } from '@pao/deadlines';
// The two helpers directly: the @pao/testing barrel also loads an ESM-only OIDC stub.
import { localServers } from '../../libs/testing/src/local-servers';
import { createTestDatabase } from '../../libs/testing/src/test-database';
import { firingBreakdown, makeSchema, syntheticEffects } from './shared';

const N_ARM = Number(process.env.BENCH_ARM ?? 100_000);
const N_RAW = Number(process.env.BENCH_RAW ?? 100_000);
const N_LAG = Number(process.env.BENCH_LAG ?? 10_000);
const N_BURST = Number(process.env.BENCH_BURST ?? 100_000);
const PARTS = new Set((process.env.BENCH_PARTS ?? 'raw,arm,commands,spread,burst').split(','));
const N_COMMANDS = Number(process.env.BENCH_COMMANDS ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 16);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
const PREFIX = `bench-dl-${process.pid}`;

const results: Array<[string, string]> = [];
function record(what: string, value: string): void {
  results.push([what, value]);
  process.stdout.write(`  ${what}: ${value}\n`);
}
const perSec = (n: number, ms: number) => `${Math.round((n / ms) * 1000).toLocaleString('en-US')}/s (${n.toLocaleString('en-US')} in ${(ms / 1000).toFixed(1)} s)`;

async function usedMemory(redis: Redis): Promise<number> {
  const info = await redis.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)?.[1] ?? NaN);
}

/** Bytes per job from MEMORY USAGE: a sample of job hashes plus the share of the delayed zset. */
async function sampledBytesPerJob(redis: Redis, queue: Queue, jobIds: string[], total: number): Promise<number> {
  const sample = jobIds.filter((_, i) => i % Math.max(1, Math.floor(jobIds.length / 500)) === 0).slice(0, 500);
  let sum = 0;
  for (const id of sample) sum += Number((await redis.call('MEMORY', 'USAGE', queue.toKey(id))) ?? 0);
  const zset = Number((await redis.call('MEMORY', 'USAGE', queue.toKey('delayed'), 'SAMPLES', '0')) ?? 0);
  return sum / sample.length + zset / total;
}

async function pool<T>(n: number, workers: number, fn: (i: number) => Promise<T>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      for (let i = next++; i < n; i = next++) await fn(i);
    }),
  );
}

async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200)); // a count(*) over the effects every 20 ms would load PostgreSQL itself
  }
}

// ------------------------------------------------------------------ (a) raw BullMQ

async function rawBullmq(redis: Redis): Promise<void> {
  process.stdout.write('raw BullMQ (ceiling)\n');
  const connection = new Redis(localServers.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue('raw', { connection, prefix: PREFIX });
  const opts = { removeOnComplete: true, removeOnFail: true };

  const before = await usedMemory(redis);
  let t = performance.now();
  await pool(N_RAW, 64, (i) => queue.add('dl', { id: randomUUID(), g: 1 }, { ...opts, jobId: `raw-${i}`, delay: 3_600_000 + i }));
  const addMs = performance.now() - t;
  record('raw BullMQ add (delayed, 64 in flight)', perSec(N_RAW, addMs));
  const after = await usedMemory(redis);
  const ids = Array.from({ length: N_RAW }, (_, i) => `raw-${i}`);
  record('raw BullMQ Redis memory per delayed job', `${Math.round((after - before) / N_RAW)} B (INFO used_memory delta), ${Math.round(await sampledBytesPerJob(redis, queue, ids, N_RAW))} B (MEMORY USAGE sample)`);
  await deleteRedisPrefix(redis, `${PREFIX}:raw`);

  t = performance.now();
  for (let i = 0; i < N_RAW; i += 1000) {
    await queue.addBulk(Array.from({ length: Math.min(1000, N_RAW - i) }, (_, k) => ({ name: 'dl', data: { id: randomUUID(), g: 1 }, opts: { ...opts, jobId: `raw-${i + k}`, delay: 3_600_000 } })));
  }
  record('raw BullMQ addBulk (delayed, batches of 1000)', perSec(N_RAW, performance.now() - t));

  let done = 0;
  const workerConnection = new Redis(localServers.redisUrl, { maxRetriesPerRequest: null });
  const worker = new Worker('raw', async () => void done++, { connection: workerConnection, prefix: PREFIX, concurrency: CONCURRENCY });
  await worker.waitUntilReady();
  t = performance.now();
  await queue.promoteJobs({ count: 5000 });
  await waitUntil(async () => done >= N_RAW, 600_000, 'raw jobs processed');
  record(`raw BullMQ fire (all due at once, no-op processor, concurrency ${CONCURRENCY})`, perSec(N_RAW, performance.now() - t));
  await worker.close();
  await queue.close();
  await workerConnection.quit();
  await connection.quit();
  await deleteRedisPrefix(redis, `${PREFIX}:raw`);
}

// ------------------------------------------------------------------ (b)/(c) DeadlineScheduler

function scheduler(ds: DataSource, schema: string, extra: { clock?: Clock; worker?: boolean; concurrency?: number } = {}): DeadlineScheduler {
  return new DeadlineScheduler({
    dataSource: ds,
    schema,
    redis: localServers.redisUrl,
    queueName: schema,
    prefix: PREFIX,
    reconcileIntervalMs: 0,
    batchSize: 1000,
    worker: extra.worker ?? false,
    concurrency: extra.concurrency,
    ...(process.env.BENCH_FIRE_BATCH ? { fireBatch: Number(process.env.BENCH_FIRE_BATCH) } : {}),
    ...(process.env.BENCH_FIRINGS ? { concurrentFirings: Number(process.env.BENCH_FIRINGS) } : {}),
    ...(process.env.BENCH_DRAIN_BATCH ? { drainBatch: Number(process.env.BENCH_DRAIN_BATCH) } : {}),
    clock: extra.clock,
    effects: syntheticEffects(schema),
  });
}

const inputFor = (i: number, dueAt: Date): ArmInput => ({ kind: 'bezwaartermijn', subjectId: `case-${i}`, dueAt, ruleVersion: 'pao-regels-2026.1/bezwaartermijn.awb' });

async function arming(ds: DataSource, redis: Redis): Promise<void> {
  process.stdout.write('DeadlineScheduler arming\n');
  await makeSchema(ds, 'bench_arm');
  const clock = new ManualClock();
  const s = scheduler(ds, 'bench_arm', { clock });
  await s.queue.waitUntilReady();
  const base = Date.now() + 86_400_000;
  const before = await usedMemory(redis);
  let t = performance.now();
  const ids: string[] = [];
  await pool(N_ARM, CLIENTS, async (i) => {
    const r = await s.transaction((tx) => tx.arm(inputFor(i, new Date(base + i))));
    ids.push(`dl-${r.deadline.id}-1`);
  });
  record(`arm, one transaction + wake-up per deadline (${CLIENTS} callers)`, perSec(N_ARM, performance.now() - t));
  const after = await usedMemory(redis);
  record('Redis memory per armed deadline', `${Math.round((after - before) / N_ARM)} B (INFO used_memory delta), ${Math.round(await sampledBytesPerJob(redis, s.queue, ids, N_ARM))} B (MEMORY USAGE sample)`);

  await deleteRedisPrefix(redis, `${PREFIX}:bench_arm`);
  t = performance.now();
  const report = await s.reconcile();
  record('reconcile after Redis lost all keys: re-arm', `${perSec(report.rearmed, performance.now() - t)}`);

  clock.set(base + N_ARM + 60_000);
  t = performance.now();
  const swept = await s.reconcile();
  record('reconcile when all are overdue: sweeper fires (batches of 1000)', perSec(swept.fired, performance.now() - t));
  await s.close();
  await deleteRedisPrefix(redis, `${PREFIX}:bench_arm`);

  await makeSchema(ds, 'bench_bulk');
  const b = scheduler(ds, 'bench_bulk');
  await b.queue.waitUntilReady();
  t = performance.now();
  const bulkIds: string[] = [];
  for (let i = 0; i < N_ARM; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, N_ARM - i) }, (_, k) => inputFor(i + k, new Date(base + i + k)));
    for (const r of await b.transaction((tx) => tx.armMany(batch))) bulkIds.push(r.deadline.id);
  }
  record('armMany, 1000 per transaction', perSec(N_ARM, performance.now() - t));
  t = performance.now();
  for (let i = 0; i < N_ARM; i += 1000) {
    const batch = bulkIds.slice(i, i + 1000).map((id, k) => ({ id, dueAt: new Date(base + 3_600_000 + i + k) }));
    await b.transaction((tx) => tx.rescheduleMany(batch));
  }
  record('rescheduleMany, 1000 per transaction (old jobs removed, new added)', perSec(N_ARM, performance.now() - t));
  t = performance.now();
  for (let i = 0; i < N_ARM; i += 1000) await b.transaction((tx) => tx.cancelMany(bulkIds.slice(i, i + 1000)));
  record('cancelMany, 1000 per transaction (jobs removed)', perSec(N_ARM, performance.now() - t));
  await b.close();
  await deleteRedisPrefix(redis, `${PREFIX}:bench_bulk`);
}

/** A command that arms 5 deadlines of a case (2 with a warning a week ahead) in its transaction: one arm each, or one armMany. */
async function commandArming(ds: DataSource, redis: Redis): Promise<void> {
  process.stdout.write(`DeadlineScheduler: ${N_COMMANDS.toLocaleString('en-US')} commands arming 5 deadlines each (${CLIENTS} callers)\n`);
  const base = Date.now() + 30 * 86_400_000;
  for (const bulk of [false, true]) {
    const schema = bulk ? 'bench_cmd_bulk' : 'bench_cmd_single';
    await makeSchema(ds, schema);
    const s = scheduler(ds, schema);
    await s.queue.waitUntilReady();
    const t = performance.now();
    await pool(N_COMMANDS, CLIENTS, (c) =>
      s.transaction(async (tx) => {
        const inputs = Array.from({ length: 5 }, (_, k): ArmInput => ({
          ...inputFor(c, new Date(base + c * 60_000 + k)),
          kind: `termijn-${k}`,
          ...(k < 2 ? { warnings: [{ days: 7 }] } : {}),
        }));
        if (bulk) await tx.armMany(inputs);
        else for (const i of inputs) await tx.arm(i);
      }),
    );
    const ms = performance.now() - t;
    const [armed] = await ds.query(`SELECT count(*)::int AS n FROM "${schema}".deadline`);
    if (armed.n !== 5 * N_COMMANDS) throw new Error(`armed ${armed.n}, expected ${5 * N_COMMANDS}`);
    record(
      `command arming 5 deadlines, ${bulk ? 'one armMany' : 'five arm calls'}`,
      `${perSec(N_COMMANDS, ms)} = ${Math.round((5 * N_COMMANDS * 1000) / ms).toLocaleString('en-US')} deadlines/s`,
    );
    await s.close();
    await deleteRedisPrefix(redis, `${PREFIX}:${schema}`);
  }
}

async function lag(ds: DataSource, redis: Redis, schema: string, n: number, spreadMs: number): Promise<void> {
  await makeSchema(ds, schema);
  const s = scheduler(ds, schema, { worker: true, concurrency: CONCURRENCY });
  await s.start();
  // Lead time for arming them all first (armMany runs at a few thousand per second here).
  const leadMs = Number(process.env.BENCH_LEAD_MS ?? 15_000 + n * 0.4);
  const due = Date.now() + leadMs;
  for (let i = 0; i < n; i += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - i) }, (_, k) => inputFor(i + k, new Date(due + Math.floor(((i + k) * spreadMs) / n))));
    await s.transaction((tx) => tx.armMany(batch));
  }
  if (Date.now() > due) throw new Error('arming took longer than the lead time; raise BENCH_LEAD_MS');
  const load = os.loadavg()[0].toFixed(1);
  await waitUntil(async () => (await ds.query(`SELECT count(*)::int AS n FROM "${schema}".effect`))[0].n >= n, 600_000, 'lag deadlines fired');
  const [r] = await ds.query(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS p50, percentile_cont(0.99) WITHIN GROUP (ORDER BY ms) AS p99,
            max(ms) AS max, min(ms) AS min, (extract(epoch FROM max(at) - min(due_at)) * 1000)::int AS span
       FROM (SELECT extract(epoch FROM at - due_at) * 1000 AS ms, at, due_at FROM "${schema}".effect) x`,
  );
  await waitUntil(async () => {
    const c = await s.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return c.active + c.waiting + c.delayed + c.prioritized === 0;
  }, 600_000, 'queue idle');
  const drainedMs = Date.now() - due;
  const [once] = await ds.query(`SELECT count(*)::int AS n, count(DISTINCT deadline_id)::int AS d FROM "${schema}".effect`);
  const [armed] = await ds.query(`SELECT count(*)::int AS n FROM "${schema}".deadline WHERE state = 'armed'`);
  record(`exactly once (${schema})`, `${once.n.toLocaleString('en-US')} effects for ${once.d.toLocaleString('en-US')} deadlines, ${armed.n} still armed`);
  if (once.n !== n || once.d !== n || armed.n !== 0) throw new Error('not exactly once');
  const ms = (v: unknown) => `${Math.round(Number(v)).toLocaleString('en-US')} ms`;
  record(
    `lag due → effect, ${n.toLocaleString('en-US')} due ${spreadMs > 0 ? `spread over ${spreadMs / 1000} s` : 'at the same instant'} (concurrency ${CONCURRENCY}, load ${load} at the due moment)`,
    `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, max ${ms(r.max)}, min ${ms(r.min)}; last effect ${ms(r.span)} after the first due moment; all ${n.toLocaleString('en-US')} jobs done after ${ms(drainedMs)}`,
  );
  record(`where the time went (${schema})`, await firingBreakdown(schema));
  await s.close();
  await deleteRedisPrefix(redis, `${PREFIX}:${schema}`);
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  process.stdout.write(
    `deadlines bench: ${cpus.length} × ${cpus[0]?.model ?? '?'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`,
  );
  const db = await createTestDatabase('bench_deadlines');
  const ds = new DataSource({ type: 'postgres', url: db.url, extra: { max: CLIENTS + CONCURRENCY + 5 } });
  await ds.initialize();
  const redis = new Redis(localServers.redisUrl);
  try {
    const [{ version }] = await ds.query("SELECT current_setting('server_version') AS version");
    const redisVersion = /redis_version:(\S+)/.exec(await redis.info('server'))?.[1];
    process.stdout.write(`PostgreSQL ${version}, Redis ${redisVersion}\n`);
    if (PARTS.has('raw')) await rawBullmq(redis);
    if (PARTS.has('arm')) await arming(ds, redis);
    if (PARTS.has('commands')) await commandArming(ds, redis);
    process.stdout.write('DeadlineScheduler lag (job path; reconciler off)\n');
    if (PARTS.has('spread')) await lag(ds, redis, 'bench_lag_spread', N_LAG, 60_000);
    if (PARTS.has('burst')) await lag(ds, redis, 'bench_lag_burst', N_BURST, 0);
  } finally {
    await deleteRedisPrefix(redis, PREFIX);
    await redis.quit();
    await ds.destroy();
    await db.drop();
  }
  process.stdout.write(`\nload after: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  process.stdout.write('\n| what | figure |\n|---|---|\n');
  for (const [what, value] of results) process.stdout.write(`| ${what} | ${value} |\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
