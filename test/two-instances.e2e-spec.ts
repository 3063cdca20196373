import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import * as amqp from 'amqplib';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { deleteRedisPrefix } from '@pao/deadlines';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';
import { actorHeaders, SERVICES, serviceUrlSettings, type Actor } from '@pao/platform';
import { AppProcess, createTestDatabase, createTestVhost, freePort, localServers, startAppProcess, testSecrets, TestDatabase, TestVhost, waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak/domein';
import { schoolVan, seedRegister } from '../apps/toeleiding/src/demo/register';
import { RoundRobinProxy } from '../scripts/instances';
import { migrateAll } from '../scripts/migrate';

/**
 * Issue 17: two instances of every service in the registry against the same PostgreSQL, Redis
 * and RabbitMQ, as `PAO_INSTANCES=2 npm start` runs them (a round-robin proxy per service).
 * Proves: commands spread over both, each event published once and in order per case and
 * handled once in effect by a consumer whose two instances share the queue, each deadline and
 * each recurring moment fired once though both instances' workers race for it, and killing one
 * instance mid-burst loses nothing.
 */
jest.setTimeout(600_000);

const INSTANCES = 2;
const INGEDIEND = 'nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1';
const actor: Actor = { id: randomUUID(), rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' };
const prefix = `test-two-${process.pid}-${Date.now()}`;

let db: TestDatabase;
let vhost: TestVhost;
let sql: DataSource;
let tapConnection: amqp.ChannelModel;
const apps = new Map<string, AppProcess[]>();
const proxies = new Map<string, RoundRobinProxy>();
/** Every event on the broker, in arrival order. */
const seen: Array<{ id: string; type: string; subject: string }> = [];
let pupil = 0;

/** One HTTP request on a connection of its own (no keep-alive), so the proxy can spread them. */
function post(port: number, path: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const payload = Buffer.from(JSON.stringify(body));
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', agent: false, timeout: 20_000, headers: { ...actorHeaders(actor, testSecrets.INTERNAL_AUTH_SECRET), 'content-type': 'application/json', 'content-length': payload.length, connection: 'close' } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += String(d)));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(payload);
  });
}

const toeleiding = () => proxies.get('toeleiding')!.port;

async function concept(): Promise<string> {
  const res = await post(toeleiding(), '/aanvragen', {
    leerling: { bsn: testBsn(80_000 + pupil++) },
    aanvrager: schoolVan('VO', '01FP00'),
    dossier: { gevraagdeSoort: 'VSO-midden', ondersteuningsbehoefte: 'Geprobeerd: arrangement; nodig: kleine groep.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1' },
  });
  if (res.status !== 201) throw new Error(`concept: ${res.status} ${res.body}`);
  return (JSON.parse(res.body) as { id: string }).id;
}

/** indienen until it is known to have happened: 2xx, or 409 because it already had. */
async function indienenTotGedaan(id: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const res = await post(toeleiding(), `/aanvragen/${id}/acties/indienen`, {}).catch(() => undefined);
    if (res && ((res.status >= 200 && res.status < 300) || res.status === 409)) return attempt;
    if (attempt > 40) throw new Error(`indienen ${id}: no success after 40 attempts (${res?.status} ${res?.body})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A counter's value summed over the given instances' /metrics. */
async function metricPerInstance(service: string, metric: string, labels: Record<string, string>): Promise<number[]> {
  return Promise.all(
    apps.get(service)!.map(async (app) => {
      const text = await (await fetch(`http://127.0.0.1:${app.port}/metrics`)).text();
      let total = 0;
      for (const line of text.split('\n')) {
        if (!line.startsWith(`${metric}{`)) continue;
        const labelText = line.slice(metric.length + 1, line.indexOf('}'));
        if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) total += Number(line.slice(line.lastIndexOf(' ') + 1));
      }
      return total;
    }),
  );
}

async function outboxSettled(): Promise<void> {
  await waitFor(async () => {
    const [{ n }] = (await sql.query(`SELECT count(*)::int AS n FROM toeleiding.outbox WHERE published_at IS NULL`)) as Array<{ n: number }>;
    if (n > 0) return false;
    const ids = (await sql.query(`SELECT id FROM toeleiding.outbox`)) as Array<{ id: string }>;
    const arrived = new Set(seen.map((e) => e.id));
    return ids.every((r) => arrived.has(r.id));
  }, { timeoutMs: 120_000, what: 'every toeleiding event published and seen on the broker' });
}

beforeAll(async () => {
  db = await createTestDatabase('two_instances');
  vhost = await createTestVhost('two-instances');
  await migrateAll(db.url);
  sql = new DataSource({ type: 'postgres', url: db.url, extra: { max: 4, connectionTimeoutMillis: 30_000 } });
  await sql.initialize();
  await seedRegister(sql.manager);

  tapConnection = await amqp.connect(vhost.url);
  const ch = await tapConnection.createChannel();
  await assertEventExchange(ch);
  const { queue } = await ch.assertQueue(`two-instances-tap-${randomUUID()}`, { exclusive: true });
  await ch.bindQueue(queue, EVENTS_EXCHANGE, '#');
  await ch.consume(queue, (msg) => {
    if (!msg) return;
    const e = JSON.parse(msg.content.toString('utf8')) as { id: string; type: string; subject: string };
    seen.push({ id: e.id, type: e.type, subject: e.subject });
    ch.ack(msg);
  });

  const ports = new Map<string, number[]>();
  for (const s of SERVICES) ports.set(s.name, await Promise.all(Array.from({ length: INSTANCES }, () => freePort())));
  for (const s of SERVICES) {
    const proxy = new RoundRobinProxy(ports.get(s.name)!);
    await proxy.start();
    proxies.set(s.name, proxy);
  }
  const env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, REDIS_PREFIX: prefix, SHUTDOWN_GRACE_MS: '3000', ...testSecrets };
  const gatewayEnv = serviceUrlSettings((s) => `http://127.0.0.1:${proxies.get(s.name)!.port}`);
  for (const s of SERVICES) {
    const list: AppProcess[] = [];
    for (const port of ports.get(s.name)!) {
      const extra = s.name === 'gateway' ? { ...gatewayEnv, OPS_HTTP_PORT: String(await freePort()) } : {};
      list.push(startAppProcess(s.name, { ...env, ...extra }, port));
    }
    apps.set(s.name, list);
  }
  for (const app of [...apps.values()].flat()) {
    await waitFor(async () => (await fetch(`http://127.0.0.1:${app.port}/health`).catch(() => undefined))?.ok, { timeoutMs: 180_000, what: `${app.name}:${app.port} healthy\n${app.output().slice(-2000)}` });
  }
});

afterAll(async () => {
  await Promise.all([...apps.values()].flat().map((a) => a.stop('SIGKILL')));
  await Promise.all([...proxies.values()].map((p) => p.stop()));
  await tapConnection?.close().catch(() => undefined);
  await sql?.destroy();
  const redis = new Redis(localServers.redisUrl);
  await deleteRedisPrefix(redis, prefix);
  redis.disconnect();
  await db?.drop();
  await vhost?.delete();
});

describe(`${INSTANCES} instances of every service`, () => {
  it('runs every service twice, healthy, behind one address each', () => {
    expect([...apps.keys()].sort()).toEqual(SERVICES.map((s) => s.name).sort());
    for (const list of apps.values()) expect(list.filter((a) => a.child.exitCode === null)).toHaveLength(INSTANCES);
  });

  it('spreads commands over both instances; each event is published once, in order per case, and handled once by one of the consumer\'s instances', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 16; i++) ids.push(await concept());
    await Promise.all(ids.map((id) => indienenTotGedaan(id)));
    // Both toeleiding instances served commands.
    const served = await metricPerInstance('toeleiding', 'http_requests_total', { method: 'POST' });
    expect(served.every((n) => n > 0)).toBe(true);
    await outboxSettled();

    // Once: no event id twice on the broker. In order: per case, in the order of the outbox.
    const counts = new Map<string, number>();
    for (const e of seen) counts.set(e.id, (counts.get(e.id) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1)).toEqual([]);
    const positions = new Map(((await sql.query(`SELECT id, position::int AS position FROM toeleiding.outbox`)) as Array<{ id: string; position: number }>).map((r) => [r.id, r.position]));
    const bySubject = new Map<string, number[]>();
    for (const e of seen.filter((x) => positions.has(x.id))) bySubject.set(e.subject, [...(bySubject.get(e.subject) ?? []), positions.get(e.id)!]);
    for (const [subject, order] of bySubject) expect({ subject, order }).toEqual({ subject, order: [...order].sort((a, b) => a - b) });

    // overdracht consumes aanvraag-ingediend: every one handled exactly once, by its two instances together.
    const ingediend = seen.filter((e) => e.type === INGEDIEND).map((e) => e.id);
    expect(ingediend.length).toBe(ids.length);
    await waitFor(async () => {
      const [{ n }] = (await sql.query(`SELECT count(*)::int AS n FROM overdracht.inbox WHERE event_id = ANY($1::text[])`, [ingediend])) as Array<{ n: number }>;
      return n === ingediend.length;
    }, { timeoutMs: 60_000, what: 'overdracht handled every aanvraag-ingediend' });
    const handled = await metricPerInstance('overdracht', 'messaging_consumer_events_total', { event_type: INGEDIEND, outcome: 'handled' });
    expect(handled.reduce((a, b) => a + b, 0)).toBe(ingediend.length);
  });

  it('fires each deadline once though both instances\' workers and a duplicate wake-up race for it', async () => {
    const due = (await sql.query(`SELECT id, generation FROM toeleiding.deadline WHERE state = 'armed' ORDER BY id LIMIT 12`)) as Array<{ id: string; generation: number }>;
    expect(due.length).toBe(12);
    const before = await metricPerInstance('toeleiding', 'deadlines_fired_total', { what: 'deadline' });
    await sql.query(`UPDATE toeleiding.deadline SET due_at = now() - interval '1 second' WHERE id = ANY($1::uuid[])`, [due.map((d) => d.id)]);
    const connection = new Redis(localServers.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('toeleiding-termijnen', { connection, prefix });
    try {
      // Two wake-ups per deadline, taken by whichever instance's worker is free.
      await queue.addBulk(due.flatMap((d) => [0, 1].map(() => ({ name: 'dl', data: { id: d.id, g: d.generation }, opts: { jobId: `two-${randomUUID()}`, removeOnComplete: true } }))));
      await waitFor(async () => {
        const [{ n }] = (await sql.query(`SELECT count(*)::int AS n FROM toeleiding.deadline WHERE id = ANY($1::uuid[]) AND state = 'fired'`, [due.map((d) => d.id)])) as Array<{ n: number }>;
        return n === due.length && (await queue.getJobCounts('waiting', 'active')).active === 0;
      }, { timeoutMs: 60_000, what: 'the 12 deadlines fired' });
      await new Promise((r) => setTimeout(r, 1000));
      const after = await metricPerInstance('toeleiding', 'deadlines_fired_total', { what: 'deadline' });
      expect(after.reduce((a, b) => a + b, 0) - before.reduce((a, b) => a + b, 0)).toBe(due.length);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('fires each recurring moment once though both instances run it', async () => {
    const [moment] = (await sql.query(`SELECT name FROM toeleiding.recurring_moment ORDER BY name LIMIT 1`)) as Array<{ name: string }>;
    expect(moment).toBeDefined();
    const at = Date.UTC(2020, 9, 2, 2, 0, 0);
    const connection = new Redis(localServers.redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue('toeleiding-termijnen', { connection, prefix });
    try {
      await queue.addBulk([0, 1, 2, 3].map(() => ({ name: 'rc', data: { name: moment.name, at }, opts: { jobId: `two-rc-${randomUUID()}`, removeOnComplete: true } })));
      await waitFor(async () => (await queue.getJobCounts('waiting', 'active')).waiting + (await queue.getJobCounts('waiting', 'active')).active === 0, { timeoutMs: 60_000, what: 'the recurring jobs ran' });
      const rows = (await sql.query(`SELECT count(*)::int AS n FROM toeleiding.recurring_occurrence WHERE name = $1 AND occurrence_at = $2`, [moment.name, new Date(at)])) as Array<{ n: number }>;
      expect(rows[0].n).toBe(1);
      const fired = await metricPerInstance('toeleiding', 'deadlines_fired_total', { what: 'recurring' });
      expect(fired.reduce((a, b) => a + b, 0)).toBe(1);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('loses nothing when one instance is killed mid-burst', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 24; i++) ids.push(await concept());
    const [victim] = apps.get('toeleiding')!;
    let answered = 0;
    const burst = ids.map(async (id, i) => {
      await new Promise((r) => setTimeout(r, i * 40));
      const attempts = await indienenTotGedaan(id);
      answered++;
      return attempts;
    });
    await waitFor(() => answered >= 6, { timeoutMs: 60_000, what: 'a part of the burst answered' });
    await victim.stop('SIGKILL');
    await Promise.all(burst);
    await outboxSettled();

    // Every aanvraag submitted exactly once: one aanvraag-ingediend per case in the outbox, and on the broker.
    const rows = (await sql.query(`SELECT aggregate_id, count(*)::int AS n FROM toeleiding.outbox WHERE type = $1 AND aggregate_id = ANY($2::text[]) GROUP BY aggregate_id`, [INGEDIEND, ids])) as Array<{ aggregate_id: string; n: number }>;
    expect(rows).toHaveLength(ids.length);
    expect(rows.filter((r) => r.n !== 1)).toEqual([]);
    const outboxIds = (await sql.query(`SELECT id FROM toeleiding.outbox WHERE type = $1 AND aggregate_id = ANY($2::text[])`, [INGEDIEND, ids])) as Array<{ id: string }>;
    const arrived = new Set(seen.map((e) => e.id));
    expect(outboxIds.filter((r) => !arrived.has(r.id))).toEqual([]);
    // Handled once in effect by overdracht (its inbox), whatever was redelivered.
    await waitFor(async () => {
      const [{ n }] = (await sql.query(`SELECT count(*)::int AS n FROM overdracht.inbox WHERE event_id = ANY($1::text[])`, [outboxIds.map((r) => r.id)])) as Array<{ n: number }>;
      return n === outboxIds.length;
    }, { timeoutMs: 60_000, what: 'overdracht handled every event of the burst' });
    // The survivor keeps serving.
    expect((await fetch(`http://127.0.0.1:${apps.get('toeleiding')![1].port}/health`)).status).toBe(200);
  });
});
