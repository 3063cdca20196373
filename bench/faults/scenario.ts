import { serviceUrlSettings } from '@pao/platform';
import { connect as amqpConnect, type AmqpConnectionManager } from 'amqp-connection-manager';
import type { ConsumeMessage } from 'amqplib';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { EVENTS_EXCHANGE, assertEventExchange } from '@pao/messaging';
import { AppProcess, PrivateServer, freePort, sendRaw, startAppProcess, startPrivatePostgres, startPrivateRabbit, startPrivateRedis, testSecrets, waitFor } from '@pao/testing';
import { DEMO_WACHTWOORD, seedDemoAccounts } from '../../apps/gateway/src/auth/demo-accounts';
import { schoolVan, seedRegister } from '../../apps/toeleiding/src/demo/register';
import { testBsn } from '../../apps/toeleiding/src/domain';
import { migrateAll } from '../../scripts/migrate';

/**
 * Issue 10, the fault suite: a load of commands (aanvraag indienen, through the gateway)
 * while one thing breaks — RabbitMQ, PostgreSQL or the service process killed with
 * SIGKILL and started again, Redis killed the same way or flushed. While the server is
 * down one more command (the probe) must answer at once: 2xx, or a 503 problem+json with
 * Retry-After naming what is unavailable. Then every command is retried until it
 * is known to have happened (2xx, or 409 because it already had), and checked: each
 * aanvraag submitted exactly once, its event delivered to a consumer at least once and
 * with exactly one event id (once in effect), and no request left waiting past its
 * timeout. Runs on servers of its own: the shared ones are never touched.
 */
export type Fault = 'rabbitmq' | 'postgres' | 'redis' | 'service' | 'redis-flush';
export const allFaults: Fault[] = ['rabbitmq', 'postgres', 'redis', 'service', 'redis-flush'];

export interface FaultSuiteOptions {
  faults?: Fault[];
  /** Commands per fault. */
  commands?: number;
  /** Commands started per second (the load spans the outage). */
  rate?: number;
  /** At most this many in flight. */
  concurrency?: number;
  /** How long a killed server stays down before it is started again. */
  downMs?: number;
  /** The client gives up after this; the gateway must have answered before (its upstream timeout is 10 s). */
  clientTimeoutMs?: number;
  /** After a Redis flush, wait for the deadline reconciler (60 s) and check it re-armed every deadline. */
  checkRearm?: boolean;
  log?: (line: string) => void;
}

export interface FaultResult {
  fault: Fault;
  commands: number;
  /** First answers: 2xx, 503, other. */
  accepted: number;
  unavailable: number;
  otherAnswers: number;
  /** Every first answer by status. */
  answers: Record<string, number>;
  /** 503 answers that are not problem+json naming what is unavailable with a Retry-After. */
  unhelpful503: number;
  /** The command sent while the server was down (for 'service': the process; none for a flush). */
  probe?: Outcome;
  /** Client-side failures: no answer within the timeout, or a dropped connection. */
  pastTimeout: number;
  dropped: number;
  maxLatencyMs: number;
  p99LatencyMs: number;
  retriesNeeded: number;
  /** Submitted in the database without an event delivered, or accepted without being submitted. */
  lost: number;
  /** An aanvraag with more than one aanvraag-ingediend event id. */
  doubled: number;
  /** Deliveries beyond the first of the same event id (allowed: at-least-once). */
  redeliveries: number;
  downMs: number;
  /** From the fault to all events delivered. */
  recoveredMs: number;
  rearmed?: boolean;
}

export interface Outcome {
  status: number | 'timeout' | 'dropped';
  ms: number;
  /** The answer, kept when it is not 2xx (for the report). */
  body?: string;
  /** Of a 503: its content type, Retry-After and what it names as unavailable. */
  contentType?: string;
  retryAfter?: string;
  unavailable?: string;
}

const INGEDIEND = 'nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runFaultSuite(o: FaultSuiteOptions = {}): Promise<FaultResult[]> {
  const opts = { faults: allFaults, commands: 24, rate: 6, concurrency: 8, downMs: 3000, clientTimeoutMs: 12_000, checkRearm: false, log: () => undefined, ...o };
  const log = opts.log;
  const servers: PrivateServer[] = [];
  const apps: AppProcess[] = [];
  let stopping = false;
  let consumer: AmqpConnectionManager | undefined;
  let sql: DataSource | undefined;
  try {
    log('starting private PostgreSQL, Redis, RabbitMQ');
    const [pg, redis, rabbit] = await Promise.all([startPrivatePostgres(), startPrivateRedis(), startPrivateRabbit()]);
    servers.push(pg, redis, rabbit);
    await migrateAll(pg.url);
    sql = new DataSource({ type: 'postgres', url: pg.url, extra: { max: 4, connectionTimeoutMillis: 2000 } });
    await sql.initialize();
    await seedDemoAccounts(sql);
    await seedRegister(sql.manager);

    // The consumer: a durable queue of its own on the events exchange, reconnecting by itself.
    const deliveries = new Map<string, number>();
    const ingediend = new Map<string, Set<string>>();
    consumer = amqpConnect([rabbit.url], { reconnectTimeInSeconds: 0.5, heartbeatIntervalInSeconds: 5 });
    consumer.on('connectFailed', () => undefined);
    const channel = consumer.createChannel({
      setup: async (ch: import('amqplib').ConfirmChannel) => {
        await assertEventExchange(ch);
        await ch.assertQueue('fault-suite', { durable: true, arguments: { 'x-queue-type': 'quorum' } });
        await ch.bindQueue('fault-suite', EVENTS_EXCHANGE, 'nl.passend-onderwijs.toeleiding.#');
        await ch.prefetch(200);
        await ch.consume('fault-suite', (msg: ConsumeMessage | null) => {
          if (!msg) return;
          const event = JSON.parse(msg.content.toString('utf8')) as { id: string; type: string; subject: string };
          deliveries.set(event.id, (deliveries.get(event.id) ?? 0) + 1);
          if (event.type === INGEDIEND) {
            if (!ingediend.has(event.subject)) ingediend.set(event.subject, new Set());
            ingediend.get(event.subject)!.add(event.id);
          }
          ch.ack(msg);
        });
      },
    });
    await channel.waitForConnect();

    const env = {
      DATABASE_URL: pg.url, REDIS_URL: redis.url, AMQP_URL: rabbit.url, REDIS_PREFIX: 'fault', LOG_LEVEL: 'warn', SHUTDOWN_GRACE_MS: '3000', NODE_ENV: 'test', ...testSecrets,
    };
    const toeleidingPort = await freePort();
    const watch = (app: AppProcess) => {
      apps.push(app);
      app.child.once('exit', (code, signal) => {
        if (!stopping && signal !== 'SIGKILL') log(`!! ${app.name} exited by itself (${signal ?? code}):\n${app.output().slice(-3000)}`);
      });
      return app;
    };
    const startToeleiding = () => watch(startAppProcess('toeleiding', env, toeleidingPort));
    let toeleiding = startToeleiding();
    const unreachable = 'http://127.0.0.1:1';
    const gateway = watch(startAppProcess('gateway', {
      ...env, ...serviceUrlSettings(() => unreachable), TOELEIDING_URL: `http://127.0.0.1:${toeleidingPort}`, COOKIE_SECURE: 'false',
    }, await freePort()));
    const healthy = (app: AppProcess) => waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 90_000, what: `${app.name} healthy:\n${app.output().slice(-2000)}` });
    await Promise.all([healthy(toeleiding), healthy(gateway)]);

    const signIn = await sendRaw(gateway.port, { method: 'POST', path: '/api/sessie', headers: { 'content-type': 'application/json' }, body: Buffer.from(JSON.stringify({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD })) });
    if (signIn.status !== 201) throw new Error(`sign-in: ${signIn.status} ${signIn.body.toString()}`);
    const cookie = ([] as string[]).concat(signIn.headers['set-cookie'] ?? []).find((c) => c.startsWith('pao_sessie='))!.split(';')[0];
    const csrf = (JSON.parse(signIn.body.toString()) as { csrfToken: string }).csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' };

    let pupil = 0;
    const concept = async (): Promise<string> => {
      const body = { leerling: { bsn: testBsn(60_000 + pupil++) }, aanvrager: schoolVan('VO', '01FP00'), dossier: { gevraagdeSoort: 'VSO-midden', ondersteuningsbehoefte: 'Geprobeerd: arrangement; nodig: kleine groep.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1' } };
      const res = await sendRaw(gateway.port, { method: 'POST', path: '/api/toeleiding/aanvragen', headers, body: Buffer.from(JSON.stringify(body)) });
      if (res.status !== 201) throw new Error(`concept: ${res.status} ${res.body.toString()}`);
      return (JSON.parse(res.body.toString()) as { id: string }).id;
    };
    const indienen = async (id: string): Promise<Outcome> => {
      const started = Date.now();
      try {
        const res = await sendRaw(gateway.port, { method: 'POST', path: `/api/toeleiding/aanvragen/${id}/acties/indienen`, headers, body: Buffer.from('{}') }, opts.clientTimeoutMs);
        const ok = res.status >= 200 && res.status < 300;
        const body = res.body.toString('utf8').slice(0, 300);
        const unavailableHeaders = res.status === 503
          ? { contentType: String(res.headers['content-type'] ?? ''), retryAfter: res.headers['retry-after'] as string | undefined, unavailable: unavailableOf(body) }
          : {};
        return { status: res.status, ms: Date.now() - started, ...(ok ? {} : { body }), ...unavailableHeaders };
      } catch (e) {
        const ms = Date.now() - started;
        return { status: /no answer within/.test((e as Error).message) ? 'timeout' : 'dropped', ms };
      }
    };

    // While a server is down: the probe command, then the rest of the outage.
    const downThenUp = async (server: PrivateServer, probeId: string): Promise<Outcome> => {
      await server.kill();
      const started = Date.now();
      const probe = await indienen(probeId);
      await sleep(Math.max(0, opts.downMs - (Date.now() - started)));
      await server.start();
      return probe;
    };
    const inject = async (fault: Fault, probeId: string): Promise<Outcome | undefined> => {
      switch (fault) {
        case 'rabbitmq':
          return downThenUp(rabbit, probeId);
        case 'postgres':
          return downThenUp(pg, probeId);
        case 'redis':
          return downThenUp(redis, probeId);
        case 'service': {
          await toeleiding.stop('SIGKILL');
          const probe = await indienen(probeId);
          toeleiding = startToeleiding();
          await healthy(toeleiding);
          return probe;
        }
        case 'redis-flush': {
          const client = new Redis(redis.url);
          await client.flushall();
          client.disconnect();
          return undefined;
        }
      }
    };

    const results: FaultResult[] = [];
    const logged = new Map<AppProcess, number>();
    for (const fault of opts.faults) {
      const ids: string[] = [];
      for (let i = 0; i < opts.commands; i++) ids.push(await concept());
      const probeId = await concept();
      log(`${fault}: ${ids.length} concepts; load at ${opts.rate}/s, fault after ${Math.round(opts.commands * 0.3)} commands`);
      const first = new Map<string, Outcome>();
      const latencies: number[] = [];
      let faultDone: Promise<void> = Promise.resolve();
      let probe: Outcome | undefined;
      let faultStarted = 0;
      let faultEnded = 0;
      const inFlight = new Set<Promise<void>>();
      for (const [i, id] of ids.entries()) {
        if (i === Math.round(opts.commands * 0.3)) {
          faultStarted = Date.now();
          faultDone = inject(fault, probeId).then((out) => {
            probe = out;
            faultEnded = Date.now();
          });
        }
        while (inFlight.size >= opts.concurrency) await Promise.race(inFlight);
        const p: Promise<void> = indienen(id).then((out) => {
          first.set(id, out);
          latencies.push(out.ms);
          inFlight.delete(p);
        });
        inFlight.add(p);
        await sleep(1000 / opts.rate);
      }
      await Promise.all(inFlight);
      await faultDone;
      // The probe is settled and checked like every other command.
      if (probe) {
        ids.push(probeId);
        first.set(probeId, probe);
        latencies.push(probe.ms);
      }

      // Every command that did not surely happen is sent again until it surely has.
      const settledOk = (o: Outcome | undefined) => o !== undefined && typeof o.status === 'number' && ((o.status >= 200 && o.status < 300) || o.status === 409);
      let retries = 0;
      const last = new Map(first);
      for (let round = 0; round < 40 && ids.some((id) => !settledOk(last.get(id))); round++) {
        for (const id of ids.filter((x) => !settledOk(last.get(x)))) {
          retries++;
          const out = await indienen(id);
          last.set(id, out);
          latencies.push(out.ms);
        }
        if (ids.some((id) => !settledOk(last.get(id)))) await sleep(1000);
      }

      // Every submitted aanvraag's event reaches the consumer.
      const submitted = async () => new Set(((await sql!.query(`SELECT id::text FROM toeleiding.aanvraag WHERE id = ANY($1) AND status <> 'concept'`, [ids])) as Array<{ id: string }>).map((r) => r.id));
      await waitFor(async () => [...(await submitted())].every((id) => ingediend.has(id)), { timeoutMs: 120_000, intervalMs: 250, what: `${fault}: every event delivered` }).catch(() => undefined);
      const recoveredMs = Date.now() - faultStarted;
      const inDb = await submitted();
      const outboxIds: Array<{ aggregate_id: string; n: number }> = await sql.query(
        `SELECT aggregate_id, count(DISTINCT id)::int AS n FROM toeleiding.outbox WHERE type = $1 AND aggregate_id = ANY($2) GROUP BY aggregate_id`,
        [INGEDIEND, ids],
      );
      const accepted = ids.filter((id) => { const s = first.get(id)?.status; return typeof s === 'number' && s >= 200 && s < 300; });
      const lost = ids.filter((id) => (inDb.has(id) && !ingediend.has(id)) || (accepted.includes(id) && !inDb.has(id)) || !inDb.has(id)).length;
      const doubled = ids.filter((id) => (ingediend.get(id)?.size ?? 0) > 1 || (outboxIds.find((r) => r.aggregate_id === id)?.n ?? 0) > 1).length;
      const ingediendIds = ids.flatMap((id) => [...(ingediend.get(id) ?? [])]);
      const redeliveries = ingediendIds.reduce((sum, eventId) => sum + (deliveries.get(eventId) ?? 1) - 1, 0);
      const all = [...first.values()];
      const sorted = [...latencies].sort((a, b) => a - b);
      let rearmed: boolean | undefined;
      if (fault === 'redis-flush' && opts.checkRearm) rearmed = await deadlinesRearmed(sql, redis.url);
      const result: FaultResult = {
        fault,
        commands: ids.length,
        accepted: accepted.length,
        unavailable: all.filter((x) => x.status === 503).length,
        otherAnswers: all.filter((x) => typeof x.status === 'number' && x.status !== 503 && (x.status < 200 || x.status >= 300)).length,
        unhelpful503: all.filter((x) => x.status === 503 && !helpful503(x)).length,
        ...(probe ? { probe: { ...probe, body: undefined } } : {}),
        answers: all.reduce<Record<string, number>>((m, x) => {
          const key = x.status === 503 ? `503 ${unavailableOf(x.body)}` : String(x.status);
          return { ...m, [key]: (m[key] ?? 0) + 1 };
        }, {}),
        pastTimeout: [...first.values(), ...last.values()].filter((x) => x.status === 'timeout').length,
        dropped: [...first.values(), ...last.values()].filter((x) => x.status === 'dropped').length,
        maxLatencyMs: sorted[sorted.length - 1] ?? 0,
        p99LatencyMs: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
        retriesNeeded: retries,
        lost,
        doubled,
        redeliveries,
        downMs: (faultEnded || Date.now()) - faultStarted,
        recoveredMs,
        ...(rearmed === undefined ? {} : { rearmed }),
      };
      log(`${fault}: ${JSON.stringify(result)}`);
      for (const odd of all.filter((x) => x.body && x.status !== 503)) log(`${fault}: answered ${odd.status}: ${odd.body}`);
      const unsettled = ids.filter((id) => !settledOk(last.get(id)));
      if (unsettled.length) log(`${fault}: ${unsettled.length} commands never settled; last answer: ${last.get(unsettled[0])?.status} ${last.get(unsettled[0])?.body ?? ''}`);
      // What the apps logged as unexpected: the cause of any 5xx.
      for (const app of apps) {
        const fresh = app.output().slice(logged.get(app) ?? 0);
        logged.set(app, app.output().length);
        for (const line of fresh.split('\n').filter((l) => l.includes('unhandled error'))) log(`${fault}: ${app.name} logged ${line.slice(0, 600)}`);
      }
      results.push(result);
    }
    return results;
  } finally {
    stopping = true;
    await consumer?.close().catch(() => undefined);
    await Promise.all(apps.map((a) => a.stop('SIGKILL')));
    await sql?.destroy().catch(() => undefined);
    await Promise.all(servers.map((s) => s.destroy().catch(() => undefined)));
  }
}

/** A 503 that tells a client what it needs: problem+json, what is unavailable, when to try again. */
export function helpful503(o: Outcome): boolean {
  return /^application\/problem\+json\b/.test(o.contentType ?? '') && /^\d+$/.test(o.retryAfter ?? '') && !!o.unavailable && o.unavailable !== '?';
}

/** What a 503 said was unavailable (database, redis, the service …). */
function unavailableOf(body: string | undefined): string {
  try {
    return String((JSON.parse(body ?? '{}') as { unavailable?: unknown }).unavailable ?? '?');
  } catch {
    return '?';
  }
}

/** After the reconciler ran (it does every 60 s): every armed deadline has its wake-up job in Redis again. */
async function deadlinesRearmed(sql: DataSource, redisUrl: string): Promise<boolean> {
  const client = new Redis(redisUrl);
  try {
    return await waitFor(async () => {
      const [{ armed }] = await sql.query(`SELECT count(*)::int AS armed FROM toeleiding.deadline WHERE state = 'armed'`);
      const jobs = await client.zcard('fault:toeleiding-termijnen:delayed');
      return armed > 0 && jobs >= armed;
    }, { timeoutMs: 90_000, intervalMs: 1000, what: 'deadlines re-armed' }).then(() => true, () => false);
  } finally {
    client.disconnect();
  }
}
