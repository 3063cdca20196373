import { deleteRedisPrefixAt } from '@pao/deadlines';
import { runMigrations } from '@pao/platform';
import { createTestDatabase, createTestVhost, freePort, localServers, testSecrets, startAppProcess, waitFor, type AppProcess, type TestDatabase, type TestVhost } from '@pao/testing';
import { DataSource } from 'typeorm';
import { notificatiesPersistence } from '../src/persistence/persistence';
import { als, TestOntvanger, tlvAfgegeven, Uitgever } from './support';

jest.setTimeout(300_000);

/**
 * Issue 12 acceptance: kill -9 of the delivery service in the middle of a burst loses
 * nothing. The service runs as its own process (the build in dist/, as `npm start` runs
 * it); it is killed while it is still taking events in and delivering them, then started
 * again. Every event reaches the subscriber at least once; repeats carry the same id.
 */
describe('kill -9 of the delivery service mid-burst', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let sql: DataSource;
  let ontvanger: TestOntvanger;
  let uitgever: Uitgever;
  let app: AppProcess | undefined;
  const redisPrefix = `test-notif-kill-${process.pid}-${Date.now()}`;
  let env: Record<string, string>;

  async function start(): Promise<AppProcess> {
    const p = startAppProcess('notificaties', env, await freePort());
    await waitFor(async () => (await fetch(`http://127.0.0.1:${p.port}/health`)).ok, { timeoutMs: 60_000, intervalMs: 250, what: `notificaties healthy\n${p.output()}` });
    return p;
  }

  beforeAll(async () => {
    db = await createTestDatabase('notif_kill');
    vhost = await createTestVhost('notif-kill');
    await runMigrations(db.url, notificatiesPersistence);
    sql = new DataSource({ type: 'postgres', url: db.url, extra: { max: 2 } });
    await sql.initialize();
    ontvanger = await TestOntvanger.start();
    ontvanger.gedrag = { status: 204, vertragingMs: 2 };
    uitgever = await Uitgever.start(vhost.url);
    env = {
      DATABASE_URL: db.url,
      REDIS_URL: localServers.redisUrl,
      AMQP_URL: vhost.url,
      INTERNAL_AUTH_SECRET: localServers.internalAuthSecret,
      NOTIFICATIES_SLEUTELS: testSecrets.NOTIFICATIES_SLEUTELS,
      REDIS_PREFIX: redisPrefix,
      LOG_LEVEL: 'warn',
      CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8',
      BEZORG_TIMEOUT_MS: '2000',
      BEZORG_LEASE_MARGE_MS: '1000',
      BEZORG_VEEG_INTERVAL_MS: '500',
    };
  });

  afterAll(async () => {
    await app?.stop('SIGKILL');
    await uitgever?.stop();
    await ontvanger?.uit();
    await sql?.destroy();
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await db?.drop();
    await vhost?.delete();
  });

  it('delivers every event of the burst after a restart', async () => {
    app = await start();
    const res = await fetch(`http://127.0.0.1:${app.port}/abonnementen`, {
      method: 'POST',
      headers: { ...als('almereVo'), 'content-type': 'application/json' },
      body: JSON.stringify({ callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding' }] }),
    });
    expect(res.status).toBe(201);

    const burst = Array.from({ length: 3_000 }, () => tlvAfgegeven());
    await uitgever.publiceer(burst);
    // Kill it while it is both taking events in and delivering them.
    await waitFor(() => ontvanger.ontvangen.length >= 300, { timeoutMs: 120_000, intervalMs: 20, what: 'the burst under way' });
    await app.stop('SIGKILL');
    app = undefined;
    const [{ n: ingenomen }] = await sql.query(`SELECT count(*)::int AS n FROM notificaties.inbox`);
    const bijKill = ontvanger.ids().size;
    const [{ n: inVlucht }] = await sql.query(`SELECT count(*)::int AS n FROM notificaties.bezorging WHERE status = 'wachtend' AND lease_tot IS NOT NULL`);
    console.log(`kill -9 with ${ingenomen}/${burst.length} taken in, ${bijKill} delivered, ${inVlucht} leased in flight`);
    expect(bijKill).toBeLessThan(burst.length);

    app = await start();
    await waitFor(() => ontvanger.ids().size === burst.length, { timeoutMs: 240_000, intervalMs: 250, what: 'every event after the restart' });
    expect(ontvanger.ids()).toEqual(new Set(burst.map((e) => e.id)));
    const perId = new Map<string, string>();
    for (const x of ontvanger.ontvangen) {
      const inhoud = JSON.stringify(x.body);
      expect(perId.get(x.id) ?? inhoud).toBe(inhoud);
      perId.set(x.id, inhoud);
    }
    console.log(`after restart: ${ontvanger.ontvangen.length} messages for ${burst.length} events (${ontvanger.ontvangen.length - burst.length} repeats with the same id)`);
  });
});
