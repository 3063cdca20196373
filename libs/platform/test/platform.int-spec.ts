import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { TcpProxy, TestDatabase, createTestDatabase, localServers, testSecrets, throughProxy, waitFor } from '@pao/testing';
import { Actor, BaseConfig, actorHeaders, createServiceApp } from '../src';
import { PlatformTestModule } from './platform-test-app';

describe('platform: health, problem+json, correlation, metrics (real servers)', () => {
  let db: TestDatabase;
  let pgProxy: TcpProxy;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase('platform');
    const target = new URL(db.url);
    pgProxy = new TcpProxy(target.hostname, Number(target.port));
    await pgProxy.start();
    const config: BaseConfig = {
      NODE_ENV: 'test',
      HTTP_HOST: '127.0.0.1',
      HTTP_PORT: 0,
      DATABASE_URL: throughProxy(db.url, pgProxy.port),
      REDIS_URL: localServers.redisUrl,
      AMQP_URL: `${localServers.amqpBaseUrl}/pao`,
      LOG_LEVEL: 'silent',
      REDIS_PREFIX: 'test-platform',
      SHUTDOWN_GRACE_MS: 5000,
      ...testSecrets,
    };
    app = await createServiceApp({ service: 'platform-test', description: 'test', appModule: PlatformTestModule.register }, config);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await pgProxy?.stop();
    await db?.drop();
  });

  const health = () => request(app.getHttpServer()).get('/health');

  it('reports PostgreSQL, Redis and RabbitMQ up', async () => {
    const res = await waitFor(async () => {
      const r = await health();
      return r.status === 200 && r;
    }, { what: 'healthy' });
    expect(res.body.info).toEqual({ postgres: { status: 'up' }, redis: { status: 'up' }, rabbitmq: { status: 'up' } });
  });

  it('reports PostgreSQL down within 10 seconds when it stops, and up again after restart, without restarting the app', async () => {
    await pgProxy.stop();
    const started = Date.now();
    const down = await waitFor(async () => {
      const r = await health();
      return r.status === 503 && r;
    }, { timeoutMs: 10_000, what: 'postgres down' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(down.body.error.postgres).toMatchObject({ status: 'down' });
    expect(down.body.info.redis.status).toBe('up');

    await pgProxy.start();
    const up = await waitFor(async () => {
      const r = await health();
      return r.status === 200 && r;
    }, { timeoutMs: 10_000, what: 'postgres up again' });
    expect(up.body.info.postgres.status).toBe('up');
  });

  it('answers a malformed JSON body with 400 application/problem+json', async () => {
    const res = await request(app.getHttpServer()).post('/voorbeeld').set('content-type', 'application/json').send('{"schoolId": ');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text)).toMatchObject({ type: 'urn:pao:problem:malformed-body', status: 400, title: 'Malformed request body' });
  });

  it('answers a body over the size limit with 413 problem+json', async () => {
    const res = await request(app.getHttpServer()).post('/voorbeeld').set('content-type', 'application/json').send(`{"x":"${'a'.repeat(1_100_000)}"}`);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).type).toBe('urn:pao:problem:payload-too-large');
  });

  it('answers an invalid body with the fields that are wrong', async () => {
    const res = await request(app.getHttpServer()).post('/voorbeeld').send({ schoolId: 'x', soort: 'SBO' });
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text);
    expect(body.type).toBe('urn:pao:problem:validation-failed');
    expect(body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['schoolId', 'soort']);
  });

  it('maps a domain ProblemError to its status and stable type, with extensions', async () => {
    const res = await request(app.getHttpServer()).post('/voorbeeld').send({ schoolId: '0b6c2f8e-7a4e-4c1a-9b1e-2f0d6f3b9a11', soort: 'PrO' });
    expect(res.status).toBe(409);
    expect(JSON.parse(res.text)).toMatchObject({ type: 'urn:pao:problem:invalid-state-transition', huidigeStatus: 'concept', instance: '/voorbeeld' });
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await request(app.getHttpServer()).get('/bestaat-niet');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.text).type).toBe('urn:pao:problem:not-found');
  });

  it('echoes a valid correlation id and makes one up otherwise', async () => {
    const given = await request(app.getHttpServer()).get('/health').set('x-correlation-id', 'abc-123');
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const injected = await request(app.getHttpServer()).get('/health').set('x-correlation-id', 'bad value<script>');
    expect(injected.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('serves Prometheus metrics including HTTP request counts by route pattern', async () => {
    await request(app.getHttpServer()).get('/health');
    const res = await request(app.getHttpServer()).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.text).toMatch(/http_requests_total\{method="GET",route="\/health",status="(200|503)"\} \d+/);
    expect(res.text).toContain('process_cpu_seconds_total');
  });

  describe('actor from the gateway', () => {
    const teamleider: Actor = { id: 'u-1', rol: 'teamleider', swv: 'VO', organisatie: 'swv-vo' };
    const besluit = () => request(app.getHttpServer()).get('/voorbeeld/besluit');

    it('rejects a request without a signed actor with 401', async () => {
      const res = await besluit();
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).type).toBe('urn:pao:problem:unauthenticated');
    });

    it('rejects an actor signed with another secret with 401', async () => {
      const res = await besluit().set(actorHeaders(teamleider, 'not-the-secret-but-long-enough-anyway'));
      expect(res.status).toBe(401);
    });

    it('rejects a role that may not do this with 403 and lets the right one through', async () => {
      const orthopedagoog = await besluit().set(actorHeaders({ ...teamleider, rol: 'orthopedagoog' }, localServers.internalAuthSecret));
      expect(orthopedagoog.status).toBe(403);
      const ok = await besluit().set(actorHeaders(teamleider, localServers.internalAuthSecret));
      expect(ok.status).toBe(200);
      expect(ok.body).toEqual({ swv: 'VO' });
    });
  });
});
