import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import * as amqp from 'amqplib';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { deleteRedisPrefix } from '@pao/deadlines';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';
import { actorHeaders, SERVICES, type Actor } from '@pao/platform';
import { AppProcess, TcpProxy, createTestDatabase, createTestVhost, freePort, localServers, startAppProcess, testSecrets, TestDatabase, TestVhost, waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak/domein';
import { schoolVan } from '../../apps/toeleiding/src/demo/register';
import { reopenOutboxAfterRestore, type ReopenResult } from '../after-restore';
import { migrateAll } from '../migrate';
import { seedAll } from '../seed';

/**
 * The restore drill (issue 17, docs/operations.md): every service's demo data is seeded (cases,
 * armed deadlines, events never published), then commands flow into toeleiding (its broker cut
 * off part of the time, so events wait in the outbox) while `pg_dump` takes the backup; it is
 * then killed (the disaster), the dump restored into a fresh database, and every service with
 * an outbox or deadlines started on it with RabbitMQ (a new vhost) and Redis (a new key prefix)
 * both empty. It ends when everything is rebuilt, and reports whether every armed deadline has
 * exactly one wake-up job and every committed event that was owed was published exactly once.
 * Uses the local servers (its own database, vhost and prefix).
 */
export interface DrillOptions {
  /** Accepted commands before the dump starts (the dump then runs under load). */
  commandsBeforeDump?: number;
  concurrency?: number;
  /** The after-restore replay window (scripts/after-restore.ts). */
  windowMinutes?: number;
  log?: (line: string) => void;
}

export interface DrillReport {
  commandsAccepted: number;
  /** Events committed but not yet published when the backup was taken (the broker was cut off). */
  unpublishedInBackup: number;
  /** Commands accepted while pg_dump ran: the backup was taken under load. */
  commandsDuringDump: number;
  dumpBytes: number;
  reopened: ReopenResult[];
  /** Events owed after the restore: unpublished in the backup, reopened, or made since. */
  eventsOwed: number;
  eventsPublished: number;
  /** Event ids seen more than once on the new broker (must be none). */
  publishedTwice: string[];
  /** Owed event ids never seen on the new broker (must be none). */
  neverPublished: string[];
  /** Events on the new broker that are not in the restored outbox (must be none). */
  unknownEvents: string[];
  armedDeadlines: number;
  armedWarnings: number;
  /** Armed deadlines/warnings without exactly one wake-up job of their generation (must be none). */
  notArmedOnce: string[];
  ok: boolean;
}

const run = promisify(execFile);
const SERVICE = 'toeleiding';
const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' };

/** Commands against one toeleiding instance: a concept, then indienen (which arms the beslistermijn). */
function load(port: number, concurrency: number) {
  let accepted = 0;
  let failed = 0;
  let stopped = false;
  let pupil = 0;
  const post = async (path: string, body: unknown): Promise<Response> =>
    fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { ...actorHeaders(actor, testSecrets.INTERNAL_AUTH_SECRET), 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(15_000) });
  const one = async () => {
    const res = await post('/aanvragen', {
      leerling: { bsn: testBsn(70_000 + pupil++) },
      aanvrager: schoolVan('VO', '01FP00'),
      dossier: { gevraagdeSoort: 'VSO-midden', ondersteuningsbehoefte: 'Geprobeerd: arrangement; nodig: kleine groep.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1' },
    });
    if (res.status !== 201) throw new Error(`concept: ${res.status} ${await res.text()}`);
    accepted++;
    const { id } = (await res.json()) as { id: string };
    const ingediend = await post(`/aanvragen/${id}/acties/indienen`, {});
    if (ingediend.status !== 200 && ingediend.status !== 201) throw new Error(`indienen: ${ingediend.status} ${await ingediend.text()}`);
    accepted++;
  };
  const workers = Array.from({ length: concurrency }, async () => {
    while (!stopped) await one().catch(() => failed++);
  });
  return {
    accepted: () => accepted,
    failed: () => failed,
    async stop() {
      stopped = true;
      await Promise.all(workers);
    },
  };
}

async function healthy(app: AppProcess): Promise<void> {
  await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 180_000, what: `${app.name} healthy:\n${app.output().slice(-2000)}` });
}

/** A queue of our own on the new broker that sees every event, counted by id. */
async function tap(url: string): Promise<{ seen: Map<string, number>; close(): Promise<void> }> {
  const conn = await amqp.connect(url);
  const ch = await conn.createChannel();
  await assertEventExchange(ch);
  const { queue } = await ch.assertQueue(`restore-drill-${randomUUID()}`, { exclusive: true });
  await ch.bindQueue(queue, EVENTS_EXCHANGE, '#');
  const seen = new Map<string, number>();
  await ch.consume(queue, (msg) => {
    if (!msg) return;
    const { id } = JSON.parse(msg.content.toString('utf8')) as { id: string };
    seen.set(id, (seen.get(id) ?? 0) + 1);
    ch.ack(msg);
  });
  return { seen, close: () => conn.close() };
}

export async function runRestoreDrill(o: DrillOptions = {}): Promise<DrillReport> {
  const opts = { commandsBeforeDump: 40, concurrency: 4, windowMinutes: 60, log: () => undefined, ...o };
  const log = opts.log;
  const cleanup: Array<() => Promise<unknown>> = [];
  const dir = mkdtempSync(join(tmpdir(), 'restore-drill-'));
  cleanup.push(async () => rmSync(dir, { recursive: true, force: true }));
  try {
    // ---- before: a running service under load
    const src: TestDatabase = await createTestDatabase('drill_src');
    cleanup.push(() => src.drop());
    const vhostBefore: TestVhost = await createTestVhost('drill-before');
    cleanup.push(() => vhostBefore.delete());
    await migrateAll(src.url);
    const prefixBefore = `drill-before-${process.pid}-${Date.now()}`;
    // Every service's demo data: cases with armed deadlines and events never published (no service ran yet).
    await seedAll(src.url, prefixBefore, testSecrets);
    const env = (db: string, amqpUrl: string, prefix: string) => ({ DATABASE_URL: db, REDIS_URL: localServers.redisUrl, AMQP_URL: amqpUrl, REDIS_PREFIX: prefix, SHUTDOWN_GRACE_MS: '3000', ...testSecrets });
    // The service reaches RabbitMQ through a proxy we can cut, so the backup also holds events
    // that were committed but never published (the broker was unreachable).
    const brokerUrl = new URL(vhostBefore.url);
    const amqpProxy = new TcpProxy(brokerUrl.hostname, Number(brokerUrl.port || 5672));
    await amqpProxy.start();
    cleanup.push(() => amqpProxy.stop());
    brokerUrl.port = String(amqpProxy.port);
    const before = startAppProcess(SERVICE, env(src.url, brokerUrl.toString(), prefixBefore), await freePort());
    cleanup.push(() => before.stop('SIGKILL'));
    cleanup.push(() => dropPrefix(prefixBefore));
    await healthy(before);
    log(`${SERVICE} running on a fresh database; commands flowing`);
    const commands = load(before.port, opts.concurrency);
    await waitFor(() => commands.accepted() >= opts.commandsBeforeDump, { timeoutMs: 120_000, what: `${opts.commandsBeforeDump} commands accepted (failed: ${commands.failed()})` });
    await amqpProxy.stop();
    const cutAt = commands.accepted();
    await waitFor(() => commands.accepted() >= cutAt + 6, { timeoutMs: 120_000, what: 'commands accepted with the broker unreachable' });
    log(`broker cut off after ${cutAt} commands; commands still accepted (their events wait in the outbox)`);

    // ---- the backup, taken while commands flow
    const dump = join(dir, 'pao.dump');
    const atDumpStart = commands.accepted();
    await run('pg_dump', ['--format=custom', '--no-owner', '--file', dump, '--dbname', src.url]);
    const commandsDuringDump = commands.accepted() - atDumpStart;
    await new Promise((r) => setTimeout(r, 500)); // commands after the backup: lost by the restore, as in a real disaster
    await commands.stop();
    await before.stop('SIGKILL');
    const { stdout: size } = await run('stat', ['-c', '%s', dump]);
    log(`dump of ${size.trim()} bytes taken while ${commandsDuringDump} commands were accepted; ${SERVICE} killed`);

    // ---- restore into a fresh database; RabbitMQ and Redis empty
    const dst = await createTestDatabase('drill_dst');
    cleanup.push(() => dst.drop());
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--dbname', dst.url, dump]);
    const vhostAfter = await createTestVhost('drill-after');
    cleanup.push(() => vhostAfter.delete());
    const prefixAfter = `drill-after-${process.pid}-${Date.now()}`;
    cleanup.push(() => dropPrefix(prefixAfter));
    const sql = new DataSource({ type: 'postgres', url: dst.url });
    await sql.initialize();
    cleanup.push(() => sql.destroy());
    const reopened = await reopenOutboxAfterRestore(sql, opts.windowMinutes);
    // Every service with an outbox or deadlines is started on the restored database.
    const withOutbox = await schemasWith(sql, 'outbox');
    const withDeadlines = await schemasWith(sql, 'deadline');
    const union = (q: (schema: string) => string) => [...withOutbox].map(q).join(' UNION ALL ');
    const ids = async (where: string, params: unknown[] = []) => new Set(((await sql.query(union((sc) => `SELECT id::text FROM "${sc}".outbox ${where}`), params)) as Array<{ id: string }>).map((r) => r.id));
    const owedAtRestore = await ids('WHERE published_at IS NULL');
    const [{ restoredAt }] = (await sql.query(`SELECT now() AS "restoredAt"`)) as Array<{ restoredAt: Date }>;
    log(`restored; ${owedAtRestore.size} events owed (${reopened.map((r) => `${r.schema}: ${r.unpublished} unpublished + ${r.reopened} reopened`).join(', ')})`);

    const broker = await tap(vhostAfter.url);
    cleanup.push(() => broker.close());
    const started: AppProcess[] = [];
    for (const s of SERVICES.filter((x) => withOutbox.has(x.schema) || withDeadlines.has(x.schema))) {
      const app = startAppProcess(s.name, env(dst.url, vhostAfter.url, prefixAfter), await freePort());
      cleanup.push(() => app.stop('SIGTERM'));
      started.push(app);
    }
    for (const app of started) await healthy(app);
    log(`started ${started.map((a) => a.name).join(', ')} on the restored database with an empty vhost and Redis prefix`);

    // ---- rebuilt: every outbox drained to the new broker, every deadline re-armed
    const owed = () => ids('WHERE published_at IS NULL OR id::text = ANY($1::text[]) OR created_at >= $2', [[...owedAtRestore], restoredAt]);
    await waitFor(async () => {
      if ((await ids('WHERE published_at IS NULL')).size > 0) return false;
      return [...(await owed())].every((id) => broker.seen.has(id));
    }, { timeoutMs: 180_000, what: 'every owed event published to the new broker' });
    await new Promise((r) => setTimeout(r, 1500)); // a duplicate would arrive now
    const owedIds = await owed();
    const known = await ids('');

    const queueRedis = new Redis(localServers.redisUrl, { maxRetriesPerRequest: null });
    cleanup.push(async () => queueRedis.disconnect());
    const notArmedOnce: string[] = [];
    let armedDeadlines = 0;
    let armedWarnings = 0;
    for (const schema of withDeadlines) {
      // Each service's deadline queue is `<service>-termijnen` (libs/zaak termijnmotor; overdracht names it so too).
      const queue = new Queue(`${schema}-termijnen`, { connection: queueRedis, prefix: prefixAfter });
      cleanup.push(() => queue.close());
      const wakeUps = new Map<string, number>();
      for (const j of await queue.getJobs(['delayed', 'waiting', 'active', 'prioritized', 'paused', 'wait'])) {
        const d = j.data as { id?: string; g?: number; l?: string };
        const key = `${j.name}:${d.id}:${d.g}${d.l ? `:${d.l}` : ''}`;
        if ((j.name === 'dl' || j.name === 'dw') && d.id) wakeUps.set(key, (wakeUps.get(key) ?? 0) + 1);
      }
      const armed = (await sql.query(`SELECT id, generation FROM "${schema}".deadline WHERE state = 'armed'`)) as Array<{ id: string; generation: number }>;
      const warnings = (await sql.query(
        `SELECT w.deadline_id AS id, w.generation, w.lead, w.due_at FROM "${schema}".deadline_warning w JOIN "${schema}".deadline d ON d.id = w.deadline_id AND d.generation = w.generation AND d.state = 'armed' WHERE w.state = 'armed'`,
      )) as Array<{ id: string; generation: number; lead: string; due_at: Date }>;
      armedDeadlines += armed.length;
      armedWarnings += warnings.length;
      const expected = [
        ...armed.map((d) => ({ key: `dl:${d.id}:${d.generation}`, jobId: `dl-${d.id}-${d.generation}`, due: undefined as Date | undefined })),
        ...warnings.map((w) => ({ key: `dw:${w.id}:${w.generation}:${w.lead}`, jobId: `dw-${w.id}-${w.generation}-${w.lead}`, due: w.due_at })),
      ];
      for (const e of expected.filter((x) => wakeUps.get(x.key) !== 1)) {
        // Say what Redis has instead, so a failure names its cause.
        const job = await queue.getJob(e.jobId);
        const state = job ? await job.getState() : 'no job';
        notArmedOnce.push(`${schema} ${e.key} (${wakeUps.get(e.key) ?? 0} wake-ups; job ${state}${e.due ? `; warning due ${e.due.toISOString()}` : ''})`);
      }
    }

    const report: DrillReport = {
      commandsAccepted: commands.accepted(),
      commandsDuringDump,
      dumpBytes: Number(size.trim()),
      unpublishedInBackup: reopened.reduce((n, r) => n + r.unpublished, 0),
      reopened,
      eventsOwed: owedIds.size,
      eventsPublished: broker.seen.size,
      publishedTwice: [...broker.seen].filter(([, n]) => n > 1).map(([id]) => id),
      neverPublished: [...owedIds].filter((id) => !broker.seen.has(id)),
      unknownEvents: [...broker.seen.keys()].filter((id) => !known.has(id)),
      armedDeadlines,
      armedWarnings,
      notArmedOnce,
      ok: false,
    };
    report.ok = report.publishedTwice.length === 0 && report.neverPublished.length === 0 && report.unknownEvents.length === 0 && notArmedOnce.length === 0 && report.armedDeadlines > 0 && report.unpublishedInBackup > 0;
    return report;
  } finally {
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
  }
}

/** The schemas that hold a table of this name (the services' own schemas). */
async function schemasWith(sql: DataSource, table: string): Promise<Set<string>> {
  const rows = (await sql.query(`SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = $1`, [table])) as Array<{ schema: string }>;
  return new Set(rows.map((r) => r.schema).filter((schema) => SERVICES.some((x) => x.schema === schema)));
}

async function dropPrefix(prefix: string): Promise<void> {
  const redis = new Redis(localServers.redisUrl);
  await deleteRedisPrefix(redis, prefix);
  redis.disconnect();
}

if (require.main === module) {
  runRestoreDrill({ log: (l) => console.log(`[restore-drill] ${l}`) })
    .then((r) => {
      console.log(JSON.stringify(r, null, 2));
      process.exit(r.ok ? 0 : 1);
    })
    .catch((e: unknown) => {
      console.error('[restore-drill] failed:', e instanceof Error ? e.message : e);
      process.exit(1);
    });
}
