// Notificaties benchmark (issue 12): 20 gemeente subscribers, one answering in 10 s and one
// always failing; the other 18 must get each event within 1 s p99. Measured side by side
// with a raw HTTP POST loop (the same events POSTed straight to the 18, no queue, no
// database) as the ceiling. Latency = from the moment an event is published on RabbitMQ
// (as a producer's relay would, confirmed) to its arrival at a receiver.
//
// Layout as in production: the notificaties service is its own process (the build in
// dist/), the receivers another (bench/notificaties/ontvangers.ts), this process publishes
// and measures. Run: npm run bench:notificaties. Knobs (env): BENCH_RATE (events/s, 20),
// BENCH_SECONDS (30), BENCH_RUNS (2), BENCH_TRAAG_MS (10000).
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import * as os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import * as amqp from 'amqplib';
import { createEvent, type EventEnvelope } from '@pao/contracts';
import { deleteRedisPrefixAt } from '@pao/deadlines';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';
import { actorHeaders, runMigrations } from '@pao/platform';
import { createTestDatabase, createTestVhost, freePort, localServers, testSecrets, waitFor } from '@pao/testing';
import { notificatiesPersistence } from '../../apps/notificaties/src/persistence/persistence';

const RATE = Number(process.env.BENCH_RATE ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const RUNS = Number(process.env.BENCH_RUNS ?? 2);
const GOED = Array.from({ length: 18 }, (_, i) => i + 2); // receivers 2..19
const now = () => performance.timeOrigin + performance.now();

interface Meting {
  naam: string;
  verstuurd: Map<string, number>;
  ontvangen: Map<string, number[]>; // per good receiver, latencies
  vertraagd: number; // receipts at the slow receiver
  compleet: boolean;
  load: string;
}

const ontvangsten = new Map<string, Array<[number, number]>>(); // event id → [receiver, t]

function percentiel(gesorteerd: number[], p: number): number {
  if (gesorteerd.length === 0) return NaN;
  return gesorteerd[Math.min(gesorteerd.length - 1, Math.ceil((p / 100) * gesorteerd.length) - 1)];
}

function samenvatting(m: Meting) {
  const alle: number[] = [];
  const p99PerOntvanger: number[] = [];
  let ontbrekend = 0;
  for (const r of GOED) {
    const lat: number[] = [];
    for (const [id, t0] of m.verstuurd) {
      const hit = ontvangsten.get(id)?.find(([i]) => i === r);
      if (hit) lat.push(hit[1] - t0);
      else ontbrekend++;
    }
    lat.sort((a, b) => a - b);
    p99PerOntvanger.push(percentiel(lat, 99));
    alle.push(...lat);
  }
  alle.sort((a, b) => a - b);
  return {
    n: alle.length,
    ontbrekend,
    p50: percentiel(alle, 50),
    p95: percentiel(alle, 95),
    p99: percentiel(alle, 99),
    max: alle[alle.length - 1],
    slechtsteOntvangerP99: Math.max(...p99PerOntvanger),
  };
}

function tlv(): EventEnvelope {
  const aanvraagId = randomUUID();
  return createEvent('nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1', {
    subject: aanvraagId,
    swv: 'VO',
    correlationid: randomUUID(),
    data: { tlvId: randomUUID(), aanvraagId, leerlingId: randomUUID(), soort: 'VSO-midden', ingangsdatum: '2026-08-01', einddatum: '2028-07-31', gemeente: 'GM0034' },
  });
}

/** Paced open loop: an event every 1000/RATE ms whatever happens; `verstuur` must not block. */
async function gepaced(verstuur: (e: EventEnvelope) => void): Promise<Map<string, number>> {
  const verstuurd = new Map<string, number>();
  const totaal = RATE * SECONDS;
  const start = now();
  for (let i = 0; i < totaal; i++) {
    const wacht = start + (i * 1000) / RATE - now();
    if (wacht > 0) await new Promise((r) => setTimeout(r, wacht));
    const e = tlv();
    verstuurd.set(e.id, now());
    verstuur(e);
  }
  return verstuurd;
}

async function wachtOpAlles(verstuurd: Map<string, number>, maxMs: number): Promise<boolean> {
  const tot = Date.now() + maxMs;
  while (Date.now() < tot) {
    let klaar = true;
    for (const id of verstuurd.keys()) {
      const hits = ontvangsten.get(id);
      if (!hits || GOED.some((r) => !hits.some(([i]) => i === r))) {
        klaar = false;
        break;
      }
    }
    if (klaar) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function traagOntvangen(verstuurd: Map<string, number>): number {
  let n = 0;
  for (const id of verstuurd.keys()) if (ontvangsten.get(id)?.some(([i]) => i === 0)) n++;
  return n;
}

const load = () => os.loadavg()[0].toFixed(1);

async function main(): Promise<void> {
  console.log(`[bench] notificaties: ${RATE} events/s for ${SECONDS} s, 20 subscribers (1 answers in ${process.env.BENCH_TRAAG_MS ?? 10_000} ms, 1 always 503), ${RUNS} run(s) each; load ${load()}`);
  const db = await createTestDatabase('bench_notif');
  const vhost = await createTestVhost('bench-notif');
  await runMigrations(db.url, notificatiesPersistence);
  const redisPrefix = `bench-notif-${process.pid}`;

  const kind: ChildProcess = fork(join(__dirname, 'ontvangers.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const poorten = await new Promise<number[]>((resolve) => {
    kind.on('message', (m: { poorten?: number[]; ontvangen?: Array<[number, string, number]> }) => {
      if (m.poorten) resolve(m.poorten);
      for (const [i, id, t] of m.ontvangen ?? []) {
        const l = ontvangsten.get(id) ?? [];
        l.push([i, t]);
        ontvangsten.set(id, l);
      }
    });
  });

  // The service as its own process, from the same build as this script (dist/).
  const appPort = await freePort();
  let appOutput = '';
  const profiel = process.env.BENCH_PROFILE ? [`--cpu-prof`, `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const appChild = spawn(process.execPath, [...profiel, join(__dirname, '..', '..', 'apps', 'notificaties', 'src', 'main.js')], {
    env: {
      PATH: process.env.PATH ?? '',
      HTTP_PORT: String(appPort),
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      REDIS_URL: localServers.redisUrl,
      AMQP_URL: vhost.url,
      INTERNAL_AUTH_SECRET: localServers.internalAuthSecret,
      NOTIFICATIES_SLEUTELS: testSecrets.NOTIFICATIES_SLEUTELS,
      REDIS_PREFIX: redisPrefix,
      LOG_LEVEL: 'warn',
      CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  appChild.stdout!.on('data', (d) => (appOutput += String(d)));
  appChild.stderr!.on('data', (d) => (appOutput += String(d)));
  const app = { port: appPort, child: appChild, output: () => appOutput, stop: () => new Promise<void>((r) => { appChild.once('exit', () => r()); appChild.kill('SIGTERM'); }) };
  process.on('exit', () => {
    kind.kill();
    app.child.kill('SIGKILL');
  });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 120_000, what: 'notificaties healthy' }).catch((e: Error) => {
    throw new Error(`${e.message}\n${app.output().slice(-3000)}`);
  });
  const partner = { id: randomUUID(), rol: 'gemeente' as const, swv: 'VO' as const, organisatie: 'gemeente-almere' };
  for (const poort of poorten) {
    const res = await fetch(`http://127.0.0.1:${app.port}/abonnementen`, {
      method: 'POST',
      headers: { ...actorHeaders(partner, localServers.internalAuthSecret), 'content-type': 'application/json' },
      body: JSON.stringify({ callbackUrl: `http://127.0.0.1:${poort}/notificaties`, kanalen: [{ naam: 'toeleiding' }] }),
    });
    if (res.status !== 201) throw new Error(`subscribing: ${res.status} ${await res.text()}`);
  }

  const conn = await amqp.connect(vhost.url);
  const ch = await conn.createConfirmChannel();
  await assertEventExchange(ch);
  const publiceer = (e: EventEnvelope) =>
    ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)), { persistent: true, contentType: 'application/cloudevents+json', messageId: e.id, type: e.type });

  // Warm-up: connections, pools, keep-alive sockets.
  const warm = await gepaced(publiceer);
  await wachtOpAlles(warm, 180_000);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const rauw = (e: EventEnvelope) => {
    const body = Buffer.from(JSON.stringify(e));
    for (const r of GOED) {
      const req = http.request({ host: '127.0.0.1', port: poorten[r], path: '/notificaties', method: 'POST', agent, headers: { 'content-type': 'application/cloudevents+json', 'content-length': body.length } }, (res) => res.resume());
      req.on('error', () => undefined);
      req.end(body);
    }
  };

  const metingen: Meting[] = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const [naam, verstuur] of [
      ['notificaties service', publiceer],
      ['raw HTTP POST loop (ceiling)', rauw],
    ] as const) {
      const l = load();
      const verstuurd = await gepaced(verstuur);
      const compleet = await wachtOpAlles(verstuurd, 120_000);
      metingen.push({ naam: `${naam} #${run}`, verstuurd, ontvangen: new Map(), vertraagd: traagOntvangen(verstuurd), compleet, load: l });
    }
  }

  console.log('\n| run | events × good receivers | missing | p50 | p95 | p99 | max | worst receiver p99 | slow receiver got | load |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const m of metingen) {
    const s = samenvatting(m);
    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`| ${m.naam} | ${m.verstuurd.size} × 18 = ${s.n} | ${s.ontbrekend} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${ms(s.slechtsteOntvangerP99)} | ${m.naam.startsWith('raw') ? '—' : `${m.vertraagd} / ${m.verstuurd.size}`} | ${m.load} |`);
  }
  const pogingen = await fetch(`http://127.0.0.1:${app.port}/metrics`).then((r) => r.text());
  console.log(`\n${pogingen.split('\n').filter((l) => /^(notificaties_pogingen_total|notificaties_bezorg_latentie_seconds_(bucket|sum|count)|messaging_handler_duration_seconds_(sum|count)|notificaties_poging_duur_seconds_(sum|count))/.test(l)).join('\n')}`);

  if (process.env.BENCH_LOG) writeFileSync(process.env.BENCH_LOG, app.output());
  await conn.close();
  agent.destroy();
  await app.stop();
  kind.kill();
  await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
  await db.drop();
  await vhost.delete();
}

void main().catch((e) => {
  console.error('[bench] failed:', e);
  process.exit(1);
});
