import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
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
    // A request that needs the database meanwhile: a quick 503 that says which dependency.
    const asked = Date.now();
    const waiting = await request(app.getHttpServer()).get('/voorbeeld/getal/7');
    expect(Date.now() - asked).toBeLessThan(5000);
    expect(waiting.status).toBe(503);
    expect(waiting.headers['retry-after']).toBe('5');
    expect(JSON.parse(waiting.text)).toMatchObject({ type: 'urn:pao:problem:unavailable', unavailable: 'database' });
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

  it('never quotes a malformed body back (it may hold a BSN)', async () => {
    const res = await request(app.getHttpServer()).post('/voorbeeld').set('content-type', 'application/json').send('{"bsn": 123456782x}');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).detail).toBe('The body is not valid JSON');
    expect(res.text).not.toContain('123456782');
  });

  describe('bad input is a 4xx problem, never a 5xx', () => {
    const post = (body: string | Buffer, headers: Record<string, string> = {}) => {
      let req = request(app.getHttpServer()).post('/voorbeeld/echo').set('content-type', 'application/json');
      for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
      return req.send(body);
    };
    /** `body` in parts: each part its own write, a moment apart (bytes that come after the rest). */
    const rawPost = (body: Buffer | Buffer[], headers: Record<string, string>) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const server = app.getHttpServer();
        const listening = server.listening ? Promise.resolve() : new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
        void listening.then(() => {
          const delen = Array.isArray(body) ? body : [body];
          const lengte = delen.reduce((n, d) => n + d.length, 0);
          const req = httpRequest({ port: (server.address() as AddressInfo).port, host: '127.0.0.1', method: 'POST', path: '/voorbeeld/echo', headers: { 'content-type': 'application/json', 'content-length': String(lengte), ...headers } }, (res) => {
            let text = '';
            res.on('data', (c) => (text += String(c)));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
          });
          req.on('error', reject);
          void (async () => {
            for (const [i, deel] of delen.entries()) {
              if (i > 0) await new Promise((r) => setTimeout(r, 50));
              req.write(deel);
            }
            req.end();
          })();
        });
      });
    const problem = (res: request.Response) => ({ status: res.status, type: res.headers['content-type']?.startsWith('application/problem+json') ? JSON.parse(res.text).type : res.text });

    it.each([
      ['NUL in a value', '{"tekst": "a\\u0000b"}', 'urn:pao:problem:validation-failed'],
      ['NUL in a name', '{"a\\u0000": 1}', 'urn:pao:problem:validation-failed'],
      ['a lone high surrogate', '{"tekst": "\\ud800"}', 'urn:pao:problem:validation-failed'],
      ['a lone low surrogate deep down', '{"a": [{"b": "x\\udc00"}]}', 'urn:pao:problem:validation-failed'],
      ['another control character', '{"tekst": "\\u001b[31m"}', 'urn:pao:problem:validation-failed'],
      ['an over-long text', JSON.stringify({ tekst: 'a'.repeat(100_001) }), 'urn:pao:problem:validation-failed'],
      ['JSON nested 10,000 deep', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, 'urn:pao:problem:malformed-body'],
      ['JSON nested 33 deep', `${'{"a":'.repeat(33)}1${'}'.repeat(33)}`, 'urn:pao:problem:malformed-body'],
    ])('%s → 400', async (_, body, type) => {
      expect(problem(await post(body))).toEqual({ status: 400, type });
    });

    it('names the field, not its content', async () => {
      const res = await post('{"leerling": {"naam": "Jan\\u0000"}}');
      expect(JSON.parse(res.text).errors).toEqual([{ field: 'leerling.naam', message: expect.stringContaining('control character') }]);
      expect(res.text).not.toContain('Jan');
    });

    it('accepts nesting up to 32 levels, tabs and line breaks, and stores text as NFC', async () => {
      expect((await post(`${'{"a":'.repeat(31)}1${'}'.repeat(31)}`)).status).toBe(201);
      const res = await post(JSON.stringify({ tekst: 'regel 1\n\tregel 2', naam: 'Zoe\u0308' }));
      expect(res.body.body).toEqual({ tekst: 'regel 1\n\tregel 2', naam: 'Zoë' });
    });

    it('keeps __proto__ a plain field', async () => {
      const res = await post('{"__proto__": {"admin": true}, "x": 1}');
      expect(res.status).toBe(201);
      expect(res.body.body).toEqual({ ['__proto__']: { admin: true }, x: 1 });
    });

    it.each([
      ['gzip announced, plain body', '{"a": 1}', { 'content-encoding': 'gzip' }, 400],
      ['deflate announced, plain body', '{"a": 1}', { 'content-encoding': 'deflate' }, 400],
      ['br announced, plain body', '{"a": 1}', { 'content-encoding': 'br' }, 400],
      ['an unknown encoding', '{"a": 1}', { 'content-encoding': 'zstd-x' }, 415],
      ['an unknown charset', '{"a": 1}', { 'content-type': 'application/json; charset=ebcdic-x' }, 415],
    ])('%s → %i', async (_, body, headers, status) => {
      const res = await post(body, headers as Record<string, string>);
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    });

    it('still reads a body that really is gzip, with the limit on what it inflates to', async () => {
      // Sent raw: supertest does not pass a compressed body through unchanged.
      const zipped = await rawPost(gzipSync('{"a": 1}'), { 'content-encoding': 'gzip' });
      expect(zipped).toEqual({ status: 201, text: '{"body":{"a":1}}' });
      const bomb = gzipSync(`{"a": "${'a'.repeat(5_000_000)}"}`);
      expect(bomb.length).toBeLessThan(20_000);
      expect((await rawPost(bomb, { 'content-encoding': 'gzip' })).status).toBe(413);
    });

    it.each([
      ['gzip', gzipSync],
      ['deflate', deflateSync],
      ['br', brotliCompressSync],
    ] as const)('reads a real %s body; bytes after its compressed stream → 400, in the same write or a later one', async (encoding, comprimeer) => {
      const gecomprimeerd = comprimeer('{"a": 1}');
      expect(await rawPost(gecomprimeerd, { 'content-encoding': encoding })).toEqual({ status: 201, text: '{"body":{"a":1}}' });
      // A large body that hardly compresses, over many packets and three writes: all of it used, accepted.
      const groot = JSON.stringify({ teksten: Array.from({ length: 5 }, () => randomBytes(60_000).toString('base64')) });
      const grootGecomprimeerd = comprimeer(groot);
      const derde = Math.floor(grootGecomprimeerd.length / 3);
      const delen = [grootGecomprimeerd.subarray(0, derde), grootGecomprimeerd.subarray(derde, 2 * derde), grootGecomprimeerd.subarray(2 * derde)];
      expect((await rawPost(delen, { 'content-encoding': encoding })).status).toBe(201);
      for (const [wat, delen] of [
        ['a second JSON body in the same write', [Buffer.concat([gecomprimeerd, Buffer.from('{"a": 2}')])]],
        ['zero bytes in a later write', [gecomprimeerd, Buffer.alloc(8)]],
        ['text in a later write', [gecomprimeerd, Buffer.from('x')]],
      ] as const) {
        const res = await rawPost([...delen], { 'content-encoding': encoding });
        expect({ wat, status: res.status, type: res.status >= 400 ? JSON.parse(res.text).type : res.text }).toEqual({ wat, status: 400, type: 'urn:pao:problem:malformed-body' });
      }
    });

    it('a NUL, a bad escape or a surrogate in the path or query → 400', async () => {
      for (const path of ['/voorbeeld/getal/1%00', '/voorbeeld/getal/%zz', '/voorbeeld/getal/%ED%A0%80', '/voorbeeld/getal/1?q=%00', '/voorbeeld/getal/1?q=a&q=%01', '/voorbeeld/getal/1?q=%ED%A0%80', '/voorbeeld/getal/1?%zz=1']) {
        const res = await request(app.getHttpServer()).get(path);
        expect({ path, ...problem(res) }).toEqual({ path, status: 400, type: expect.stringMatching(/^urn:pao:problem:(malformed-request|validation-failed)$/) });
      }
    });

    it('a value PostgreSQL refuses is 400 (safety net behind validation), its text not quoted', async () => {
      const res = await request(app.getHttpServer()).get('/voorbeeld/getal/abc123456782');
      expect(problem(res)).toEqual({ status: 400, type: 'urn:pao:problem:validation-failed' });
      expect(res.text).not.toContain('123456782');
      expect((await request(app.getHttpServer()).get('/voorbeeld/getal/42')).body).toEqual({ n: 42 });
    });
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

    it('rejects a signed actor of an SWV that is not in the register with 401', async () => {
      const res = await besluit().set(actorHeaders({ ...teamleider, swv: 'ONBEKEND' }, localServers.internalAuthSecret));
      expect(res.status).toBe(401);
    });
  });
});
