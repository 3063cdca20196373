import { SERVICES, serviceEntry, serviceUrlSettings } from '@pao/platform';
import { AppProcess, TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, listeningAddresses, localServers, testSecrets, startAppProcess, waitFor } from '@pao/testing';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateAll } from '../scripts/migrate';
import { openApiFindings } from './support/openapi-contract';

/** Every service in the registry (libs/platform/src/services.ts). */
const apps = SERVICES.map((s) => s.name);
/**
 * The documents whose request bodies all have examples (issue 18). The others are
 * valid and complete but for examples; add one per body (ApiZodBody's third argument)
 * and the app's name here.
 */
const WITH_BODY_EXAMPLES: readonly string[] = ['gateway', 'toeleiding'];
/**
 * The documents that declare the body of every success answer (ApiZodResponse, checked
 * against every answer in the tests; ApiBestand for files): the web's types are generated
 * from them. The others declare some.
 */
const WITH_DECLARED_ANSWERS: readonly string[] = ['toeleiding', 'thuiszitters', 'oja', 'overdracht', 'notificaties'];

// Processes booting on a shared machine take longer than jest's default 5 s.
jest.setTimeout(300_000);

describe('every app, run from the build output against the real servers', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let env: Record<string, string>;
  const running: AppProcess[] = [];
  let opsPort: number;

  beforeAll(async () => {
    db = await createTestDatabase('apps');
    vhost = await createTestVhost('apps');
    await migrateAll(db.url);
    env = { DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url, ...testSecrets };
  });

  afterAll(async () => {
    await Promise.all(running.map((a) => a.stop('SIGKILL')));
    await db?.drop();
    await vhost?.delete();
  });

  it('boots, answers GET /health with all dependencies up and GET /metrics, on 127.0.0.1 only', async () => {
    const ports = Object.fromEntries(await Promise.all(apps.map(async (name) => [name, await freePort()] as const)));
    opsPort = await freePort();
    const gatewayEnv = { ...serviceUrlSettings((s) => `http://127.0.0.1:${ports[s.name]}`), OPS_HTTP_PORT: String(opsPort) };
    for (const name of apps) running.push(startAppProcess(name, name === 'gateway' ? { ...env, ...gatewayEnv } : env, ports[name]));
    for (const app of running) {
      const body = await waitFor(async () => {
        const res = await fetch(`http://127.0.0.1:${app.port}/health`);
        return res.status === 200 && (res.json() as Promise<{ info: unknown }>);
      }, { timeoutMs: 120_000, what: `${app.name} healthy\n${app.output()}` });
      // A service that consumes events has its consumer connected; one that only publishes has none.
      const withMessaging = serviceEntry(app.name).messaging ? { messaging: { status: 'up', relay: 'connected', consumer: expect.stringMatching(/^(connected|not-consuming)$/) } } : {};
      expect(body.info).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' }, rabbitmq: { status: 'up' }, ...withMessaging });
      // The gateway faces the public: its metrics only on the operations port.
      const metricsPort = app.name === 'gateway' ? opsPort : app.port;
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(await metrics.text()).toContain('# TYPE http_requests_total counter');
      expect(listeningAddresses(app.port)).toEqual(['127.0.0.1']);
      if (app.name === 'gateway') {
        expect((await fetch(`http://127.0.0.1:${app.port}/metrics`)).status).toBe(404);
        expect((await fetch(`http://127.0.0.1:${opsPort}/openapi.json`)).status).toBe(200);
        expect(listeningAddresses(opsPort)).toEqual(['127.0.0.1']);
      }
    }
  });

  it('serves its OpenAPI document, valid for a third-party validator, with operation ids, tags, problem+json answers, body examples and declared answers', async () => {
    const findings: Record<string, string[]> = {};
    for (const app of running) {
      // The gateway's documents, like its metrics, are on the operations port only.
      const port = app.name === 'gateway' ? opsPort : app.port;
      const res = await fetch(`http://127.0.0.1:${port}/openapi.json`);
      expect({ app: app.name, status: res.status }).toEqual({ app: app.name, status: 200 });
      const document = (await res.json()) as { info: { title: string } };
      expect(document.info.title).toBe(app.name);
      // PAO_OPENAPI_DUMP=<folder>: keep the documents, e.g. to feed a client generator.
      if (process.env.PAO_OPENAPI_DUMP) writeFileSync(join(process.env.PAO_OPENAPI_DUMP, `${app.name}.json`), JSON.stringify(document, null, 2));
      findings[app.name] = await openApiFindings(document, { bodyExamples: WITH_BODY_EXAMPLES.includes(app.name), declaredAnswers: WITH_DECLARED_ANSWERS.includes(app.name) });
    }
    expect(findings).toEqual(Object.fromEntries(apps.map((name) => [name, []])));
  });

  it('stops cleanly on SIGTERM (as Ctrl-C through npm start does)', async () => {
    const codes = await Promise.all(running.splice(0).map((a) => a.stop('SIGTERM')));
    expect(codes).toEqual(apps.map(() => 0));
  });

  it('exits with a message naming a missing required setting', async () => {
    const app = startAppProcess('toeleiding', { REDIS_URL: env.REDIS_URL, AMQP_URL: env.AMQP_URL, INTERNAL_AUTH_SECRET: env.INTERNAL_AUTH_SECRET }, await freePort());
    const code = await app.stop('SIGCONT'); // no-op signal: wait for its own exit
    expect(code).toBe(1);
    expect(app.output()).toContain('DATABASE_URL is required but not set');
  });
});
