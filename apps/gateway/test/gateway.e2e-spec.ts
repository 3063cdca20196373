import { request as httpRequest } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BaseConfig, createServiceApp, leesMedewerkerKaart, serviceUrlSettings } from '@pao/platform';
import { TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets, waitFor } from '@pao/testing';
import { migrateAll } from '../../../scripts/migrate';
import { DEMO_WACHTWOORD, demoApiSleutel, demoEmail, seedDemoAccounts } from '../src/auth/demo-accounts';
import { GatewayConfig } from '../src/gateway.config';
import { gatewayService } from '../src/gateway.service-definition';
import { toeleidingService } from '../../toeleiding/src/toeleiding.service-definition';

let gatewayPort = 0;

jest.setTimeout(120_000);

describe('gateway: sign-in, sessions, CSRF, slow-down, forwarding, headers (real servers)', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let gateway: INestApplication;
  let toeleiding: INestApplication;
  let config: GatewayConfig;

  beforeAll(async () => {
    db = await createTestDatabase('gateway');
    vhost = await createTestVhost('gateway');
    await migrateAll(db.url);
    const seedDb = new DataSource({ type: 'postgres', url: db.url });
    await seedDb.initialize();
    await seedDemoAccounts(seedDb);
    await seedDb.query(`UPDATE gateway.account SET actief = false WHERE gebruikersnaam = 'gemeente.po'`);
    await seedDb.destroy();

    const base: BaseConfig & typeof testSecrets = {
      NODE_ENV: 'test', HTTP_HOST: '127.0.0.1', HTTP_PORT: await freePort(), DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl,
      AMQP_URL: vhost.url, LOG_LEVEL: 'silent', REDIS_PREFIX: `test-${process.pid}-${Date.now()}`, SHUTDOWN_GRACE_MS: 5000, ...testSecrets,
    };
    toeleiding = await createServiceApp(toeleidingService, base);
    await toeleiding.listen(base.HTTP_PORT, '127.0.0.1');
    const service = `http://127.0.0.1:${base.HTTP_PORT}`;
    config = {
      ...base, HTTP_PORT: 0, ...serviceUrlSettings(() => service), THUISZITTERS_URL: 'http://127.0.0.1:1',
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 5, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 10_000, TRUST_PROXY: 'loopback', COOKIE_SECURE: false, AUTH_MODE: 'local',
    };
    gateway = await createServiceApp(gatewayService, config);
    await gateway.listen(0, '127.0.0.1');
    gatewayPort = (gateway.getHttpServer().address() as AddressInfo).port;
  });

  afterAll(async () => {
    await gateway?.close();
    await toeleiding?.close();
    await db?.drop();
    await vhost?.delete();
  });

  const http = () => request(gateway.getHttpServer());

  async function inloggen(gebruikersnaam: string) {
    const res = await http().post('/api/sessie').send({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }).expect(201);
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    return { cookie, csrfToken: res.body.csrfToken as string, body: res.body };
  }

  it('signs in with a demo account and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await http().post('/api/sessie').send({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD });
    expect(res.status).toBe(201);
    expect(res.body.account).toMatchObject({ gebruikersnaam: 'consulent.vo', rol: 'consulent', swv: 'VO' });
    expect(res.body.account).not.toHaveProperty('wachtwoord_hash');
    const cookie = (res.headers['set-cookie'] as unknown as string[])[0];
    expect(cookie).toMatch(/^pao_sessie=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('lists the SWV team for assigning a case: signed cards that carry the work e-mail, never another SWV, not for partner systems', async () => {
    const { cookie } = await inloggen('teamleider.vo');
    const res = await http().get('/api/medewerkers').set('cookie', cookie).expect(200);
    const kaarten = (res.body.items as Array<{ id: string; naam: string; rol: string; kaart: string; email?: string }>).map((i) => ({ i, kaart: leesMedewerkerKaart(i.kaart, testSecrets.INTERNAL_AUTH_SECRET) }));
    expect(kaarten.map((k) => k.i.rol).sort()).toEqual(['consulent', 'orthopedagoog', 'teamleider']);
    for (const { i, kaart } of kaarten) {
      expect(kaart).toEqual({ id: i.id, naam: i.naam, rol: i.rol, swv: 'VO', email: demoEmail(`${i.rol}.vo`) });
      // The e-mail travels signed inside the card only.
      expect(i).not.toHaveProperty('email');
    }
    const gemeente = await http().get('/api/medewerkers').set('authorization', `Bearer ${demoApiSleutel('VO')}`);
    expect(gemeente.status).toBe(403);
  });

  it('refuses a wrong password, an unknown user and a deactivated account alike', async () => {
    for (const [gebruikersnaam, wachtwoord] of [['teamleider.vo', 'fout'], ['bestaat.niet', DEMO_WACHTWOORD], ['gemeente.po', DEMO_WACHTWOORD]]) {
      const res = await http().post('/api/sessie').send({ gebruikersnaam, wachtwoord });
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text).detail).toBe('Gebruikersnaam of wachtwoord onjuist');
    }
  });

  it('knows the session, and forgets it after sign-out', async () => {
    const { cookie, csrfToken } = await inloggen('teamleider.po');
    const me = await http().get('/api/sessie').set('cookie', cookie).expect(200);
    expect(me.body.account.rol).toBe('teamleider');
    await http().delete('/api/sessie').set('cookie', cookie).set('x-csrf-token', csrfToken).expect(204);
    await http().get('/api/sessie').set('cookie', cookie).expect(401);
  });

  it('ends a session that was idle too long', async () => {
    const { cookie } = await inloggen('beheerder.vo');
    const seedDb = new DataSource({ type: 'postgres', url: db.url });
    await seedDb.initialize();
    await seedDb.query(`UPDATE gateway.sessie SET laatst_gebruikt_op = now() - interval '31 minutes'`);
    await seedDb.destroy();
    await http().get('/api/sessie').set('cookie', cookie).expect(401);
  });

  it('requires the CSRF token for a state-changing request', async () => {
    const { cookie, csrfToken } = await inloggen('consulent.po');
    const without = await http().post('/api/toeleiding/aanvragen').set('cookie', cookie).send({});
    expect(without.status).toBe(403);
    const wrong = await http().post('/api/toeleiding/aanvragen').set('cookie', cookie).set('x-csrf-token', csrfToken.slice(1) + 'x').send({});
    expect(wrong.status).toBe(403);
  });

  it('rejects forwarding without a session with 401', async () => {
    const res = await http().get('/api/toeleiding/aanvragen');
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('forwards with a session, signing the actor for the service', async () => {
    const { cookie } = await inloggen('consulent.vo');
    // The service has no such route: its own 404 comes back, proving the actor was accepted (not 401).
    const res = await http().get('/api/toeleiding/bestaat-niet').set('cookie', cookie);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.text).instance).toBe('/bestaat-niet');
  });

  it('does not expose operational endpoints of a service, however the path is spelled, nor unknown services', async () => {
    const { cookie } = await inloggen('consulent.vo');
    const variants = [
      'metrics', 'Metrics', 'METRICS', 'HEALTH', 'health', 'Docs', 'openapi.json', 'OpenAPI.json', 'docs/', 'metrics/',
      'x/../metrics', 'x/%2e%2e/metrics', '%2e%2e/metrics', '%2E%2E/metrics', './metrics', '%2e/metrics', 'aanvragen/..%2fmetrics',
      '%6detrics', '%4D%45%54%52%49%43%53', 'x//metrics', '/metrics', 'x/..%5cmetrics',
    ];
    for (const variant of variants) {
      // supertest would normalise dot segments: send the raw path as written.
      const res = await rawGet(`/api/toeleiding/${variant}`, cookie);
      expect({ variant, status: res.status }).toEqual({ variant, status: 404 });
    }
    await http().get('/api/boekhouding/x').set('cookie', cookie).expect(404);
  });

  it('serves its own metrics and API docs only on the operations port (not configured here: nowhere)', async () => {
    for (const path of ['/metrics', '/docs', '/openapi.json', '/Metrics', '/docs/']) {
      const res = await http().get(path);
      expect({ path, status: res.status }).toEqual({ path, status: 404 });
    }
    await http().get('/health').expect(200);
  });

  it('answers 503 problem+json when a service is unreachable', async () => {
    const { cookie } = await inloggen('actietafel.vo');
    const res = await http().get('/api/thuiszitters/meldingen').set('cookie', cookie);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text).type).toBe('urn:pao:problem:unavailable');
  });

  describe('sign-in slow-down', () => {
    const from = (address: string) => http().post('/api/sessie').set('x-forwarded-for', address);

    it('counts only failures, then makes the next attempt wait, saying how long (429 + Retry-After)', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) statuses.push((await from('10.9.0.1').send({ gebruikersnaam: 'orthopedagoog.vo', wachtwoord: 'raden' })).status);
      expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
      const waiting = await from('10.9.0.1').send({ gebruikersnaam: 'orthopedagoog.vo', wachtwoord: DEMO_WACHTWOORD });
      expect(waiting.status).toBe(429);
      expect(Number(waiting.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(waiting.text).type).toBe('urn:pao:problem:rate-limited');
      // Successes are not failures: the same person signing in and out does not slow down.
      for (let i = 0; i < 8; i++) await from('10.9.0.2').send({ gebruikersnaam: 'teamleider.po', wachtwoord: DEMO_WACHTWOORD }).expect(201);
    });

    it('an unknown name behaves exactly like a known one (no enumeration by answer)', async () => {
      const answers = async (gebruikersnaam: string) => {
        const out: string[] = [];
        for (let i = 0; i < 7; i++) {
          const res = await from('10.9.1.1').send({ gebruikersnaam, wachtwoord: 'raden' });
          out.push(`${res.status} ${JSON.parse(res.text).detail.replace(/\d+ s/, 'N s')}`);
        }
        return out;
      };
      expect(await answers('bestaat.niet')).toEqual(await answers('actietafel.po'));
    });

    it('a wrong password takes as long for an existing account as for an unknown one (no enumeration by timing)', async () => {
      const time = async (gebruikersnaam: string, i: number) => {
        const started = process.hrtime.bigint();
        await from(`10.9.2.${i}`).send({ gebruikersnaam, wachtwoord: 'raden' }).expect(401);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 6; i++) {
        known.push(await time('beheerder.po', i));
        unknown.push(await time('niemand.po', i));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
      // Both are an argon2 verification (the unknown one against a dummy hash): the same order of time.
      expect(median(known) / median(unknown)).toBeGreaterThan(0.6);
      expect(median(known) / median(unknown)).toBeLessThan(1.6);
    });

    it('a stranger sending 100 wrong passwords does not stop the owner from signing in within a minute', async () => {
      // The owner signed in from this browser before (it keeps a device cookie), then signed out.
      const earlier = await from('10.8.0.7').send({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD }).expect(201);
      const device = (earlier.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('pao_apparaat='))!.split(';')[0];
      // The stranger: 50 from one address, 50 from 50 addresses.
      const stranger: number[] = [];
      for (let i = 0; i < 100; i++) {
        const res = await from(i < 50 ? '10.8.6.6' : `10.8.7.${i}`).send({ gebruikersnaam: 'consulent.vo', wachtwoord: `raden-${i}` });
        stranger.push(res.status);
        if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      }
      expect(stranger.every((s) => s === 401 || s === 429)).toBe(true);
      expect(stranger.filter((s) => s === 429).length).toBeGreaterThan(50);

      // From the owner's browser, at home and even from the stranger's address: at once.
      await from('10.8.0.7').set('cookie', device).send({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD }).expect(201);
      await from('10.8.6.6').set('cookie', device).send({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD }).expect(201);
      // From a new browser elsewhere: at most a short wait, then in.
      const started = Date.now();
      let res = await from('10.8.0.8').send({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD });
      while (res.status === 429) {
        const wait = Number(res.headers['retry-after']);
        expect(wait).toBeLessThanOrEqual(15);
        await new Promise((r) => setTimeout(r, wait * 1000));
        res = await from('10.8.0.8').send({ gebruikersnaam: 'consulent.vo', wachtwoord: DEMO_WACHTWOORD });
      }
      expect(res.status).toBe(201);
      expect(Date.now() - started).toBeLessThan(60_000);
    });

    it('writes repeated failures for an account to the audit trail', async () => {
      const sql = new DataSource({ type: 'postgres', url: db.url });
      await sql.initialize();
      try {
        const rows = await waitFor(async () => {
          const found: Array<{ nieuw: { mislukt: number }; swv: string }> = await sql.query(
            `SELECT t.nieuw, t.swv FROM gateway.audit_trail t JOIN gateway.account a ON a.id::text = t.object_id
              WHERE t.actie = 'inloggen-herhaald-mislukt' AND a.gebruikersnaam = 'consulent.vo'`,
          );
          return found.length > 0 && found;
        }, { what: 'audit entry' });
        expect(rows[0]).toMatchObject({ swv: 'VO', nieuw: { mislukt: 10 } });
      } finally {
        await sql.destroy();
      }
    });
  });

  describe('partner system (gemeente) with an API key', () => {
    it('is forwarded as the gemeente account of its SWV', async () => {
      const res = await http().get('/api/toeleiding/bestaat-niet').set('authorization', `Bearer ${demoApiSleutel('VO')}`);
      expect(res.status).toBe(404); // the service's own answer: the actor was accepted
      expect(JSON.parse(res.text).instance).toBe('/bestaat-niet');
    });

    it('rejects an unknown or revoked key with 401', async () => {
      await http().get('/api/toeleiding/x').set('authorization', `Bearer ${'x'.repeat(40)}`).expect(401);
      const seedDb = new DataSource({ type: 'postgres', url: db.url });
      await seedDb.initialize();
      await seedDb.query(`UPDATE gateway.api_sleutel SET ingetrokken_op = now() WHERE account_id = (SELECT id FROM gateway.account WHERE gebruikersnaam = 'gemeente.po')`);
      await seedDb.destroy();
      await http().get('/api/toeleiding/x').set('authorization', `Bearer ${demoApiSleutel('PO')}`).expect(401);
    });
  });

  it('sends security headers: no framing at all, nothing cached', async () => {
    const res = await http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    const { cookie } = await inloggen('consulent.vo');
    for (const path of ['/api/sessie', '/api/toeleiding/aanvragen', '/api/toeleiding/bestaat-niet']) {
      const answer = await http().get(path).set('cookie', cookie);
      expect({ path, cacheControl: answer.headers['cache-control'] }).toEqual({ path, cacheControl: 'no-store' });
    }
  });

  it('answers a non-ASCII CSRF token with 403, not an error', async () => {
    const { cookie } = await inloggen('consulent.vo');
    const res = await rawRequest('POST', '/api/toeleiding/aanvragen', { cookie, 'x-csrf-token': 'é'.repeat(43), 'content-type': 'application/json' }, '{}');
    expect(res.status).toBe(403);
  });

  it('answers sign-out with an API key (no session) with 404, not an error', async () => {
    const res = await http().delete('/api/sessie').set('authorization', `Bearer ${demoApiSleutel('VO')}`);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('over https (the default outside development) the session cookie is __Host- and Secure', async () => {
    const secure = await createServiceApp(gatewayService, { ...config, COOKIE_SECURE: undefined, NODE_ENV: 'test' });
    await secure.init();
    try {
      const res = await request(secure.getHttpServer()).post('/api/sessie').send({ gebruikersnaam: 'beheerder.po', wachtwoord: DEMO_WACHTWOORD }).expect(201);
      const cookies = res.headers['set-cookie'] as unknown as string[];
      const session = cookies.find((c) => c.startsWith('__Host-pao_sessie='))!;
      expect(session).toMatch(/; Path=\/;/);
      expect(session).toMatch(/; Secure/);
      expect(session).not.toMatch(/Domain=/);
      await request(secure.getHttpServer()).get('/api/sessie').set('cookie', session.split(';')[0]).expect(200);
      // The plain name is not accepted there: a cookie set over http cannot shadow it.
      await request(secure.getHttpServer()).get('/api/sessie').set('cookie', session.split(';')[0].replace('__Host-', '')).expect(401);
    } finally {
      await secure.close();
    }
  });
});

/** A request sent exactly as written (no client-side path normalisation). */
function rawRequest(method: string, path: string, headers: Record<string, string>, body?: string): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: gatewayPort, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += String(c)));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function rawGet(path: string, cookie: string) {
  return rawRequest('GET', path, { cookie });
}
