import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BaseConfig, createServiceApp } from '@pao/platform';
import { TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets } from '@pao/testing';
import { migrateAll } from '../../../scripts/migrate';
import { DEMO_WACHTWOORD, demoApiSleutel, seedDemoAccounts } from '../src/auth/demo-accounts';
import { GatewayConfig } from '../src/gateway.config';
import { gatewayService } from '../src/gateway.service-definition';
import { toeleidingService } from '../../toeleiding/src/toeleiding.service-definition';

describe('gateway: sign-in, sessions, CSRF, rate limit, forwarding (real servers)', () => {
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
      ...base, HTTP_PORT: 0, TOELEIDING_URL: service, THUISZITTERS_URL: 'http://127.0.0.1:1', OJA_URL: service, OVERDRACHT_URL: service,
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_ATTEMPTS_PER_MINUTE: 5, COOKIE_SECURE: false, AUTH_MODE: 'local',
    };
    gateway = await createServiceApp(gatewayService, config);
    await gateway.init();
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

  it('does not expose operational endpoints of a service, nor unknown services', async () => {
    const { cookie } = await inloggen('consulent.vo');
    await http().get('/api/toeleiding/metrics').set('cookie', cookie).expect(404);
    await http().get('/api/boekhouding/x').set('cookie', cookie).expect(404);
  });

  it('answers 503 problem+json when a service is unreachable', async () => {
    const { cookie } = await inloggen('actietafel.vo');
    const res = await http().get('/api/thuiszitters/meldingen').set('cookie', cookie);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text).type).toBe('urn:pao:problem:unavailable');
  });

  it('limits sign-in attempts per user name', async () => {
    const attempts = [];
    for (let i = 0; i < 7; i++) attempts.push((await http().post('/api/sessie').send({ gebruikersnaam: 'orthopedagoog.vo', wachtwoord: 'raden' })).status);
    expect(attempts.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(attempts.slice(5)).toEqual([429, 429]);
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

  it('sends security headers', async () => {
    const res = await http().get('/health');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});
