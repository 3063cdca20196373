import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServiceApp, serviceUrlSettings } from '@pao/platform';
import { StubOidcIssuer, TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets, startStubOidcIssuer } from '@pao/testing';
import { migrateAll } from '../../../scripts/migrate';
import { DEMO_WACHTWOORD, seedDemoAccounts } from '../src/auth/demo-accounts';
import { gatewayService } from '../src/gateway.service-definition';

// Migrations, a stub issuer and the app: more than jest's 5 s default on a busy machine.
jest.setTimeout(60_000);

describe('gateway with an external OpenID Connect provider (stub issuer)', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let issuer: StubOidcIssuer;
  let gateway: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase('oidc');
    vhost = await createTestVhost('oidc');
    issuer = await startStubOidcIssuer('pao-gateway', 'client-secret-of-the-test');
    await migrateAll(db.url);
    const seedDb = new DataSource({ type: 'postgres', url: db.url });
    await seedDb.initialize();
    await seedDemoAccounts(seedDb);
    await seedDb.query(`UPDATE gateway.account SET extern_subject = $1 WHERE gebruikersnaam = 'teamleider.vo'`, [`${issuer.issuer}#medewerker-1`]);
    await seedDb.destroy();
    const port = await freePort();
    gateway = await createServiceApp(gatewayService, {
      NODE_ENV: 'test', HTTP_HOST: '127.0.0.1', HTTP_PORT: port, DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url,
      REDIS_PREFIX: `test-oidc-${process.pid}`, LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: 5000, ...testSecrets,
      ...serviceUrlSettings(() => 'http://127.0.0.1:1'),
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 5, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 10_000, COOKIE_SECURE: false,
      AUTH_MODE: 'oidc', OIDC_ISSUER: issuer.issuer, OIDC_CLIENT_ID: 'pao-gateway', OIDC_CLIENT_SECRET: 'client-secret-of-the-test',
      OIDC_REDIRECT_URI: `http://127.0.0.1:${port}/api/oidc/callback`,
    });
    await gateway.init();
  });

  afterAll(async () => {
    await gateway?.close();
    await issuer?.close();
    await db?.drop();
    await vhost?.delete();
  });

  const http = () => request(gateway.getHttpServer());
  const cookieOf = (res: request.Response, name: string) =>
    ((res.headers['set-cookie'] as unknown as string[]) ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`));

  /** Browser-like: gateway → provider (signs in at once) → callback URL. */
  async function throughProvider() {
    const login = await http().get('/api/oidc/login').expect(302);
    const stateCookie = cookieOf(login, 'pao_oidc')!;
    const atProvider = await fetch(login.headers.location, { redirect: 'manual' });
    expect(atProvider.status).toBe(302);
    const callback = new URL(atProvider.headers.get('location')!);
    return { stateCookie, callbackPath: `${callback.pathname}${callback.search}` };
  }

  it('signs in through the provider with PKCE and lands a session for the linked account', async () => {
    issuer.subject = 'medewerker-1';
    const { stateCookie, callbackPath } = await throughProvider();
    expect(stateCookie).toMatch(/^pao_oidc=/);
    const done = await http().get(callbackPath).set('cookie', stateCookie).expect(302);
    expect(done.headers.location).toBe('/');
    const session = cookieOf(done, 'pao_sessie')!;
    const me = await http().get('/api/sessie').set('cookie', session).expect(200);
    expect(me.body.account).toMatchObject({ gebruikersnaam: 'teamleider.vo', rol: 'teamleider', swv: 'VO' });
  });

  it('refuses a callback whose state does not belong to this browser', async () => {
    const { callbackPath } = await throughProvider();
    const other = await throughProvider();
    const res = await http().get(callbackPath).set('cookie', other.stateCookie);
    expect(res.status).toBe(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses an identity that no account is linked to', async () => {
    issuer.subject = 'onbekende-medewerker';
    const { stateCookie, callbackPath } = await throughProvider();
    const res = await http().get(callbackPath).set('cookie', stateCookie);
    expect(res.status).toBe(403);
  });

  it('switches password sign-in off', async () => {
    const res = await http().post('/api/sessie').send({ gebruikersnaam: 'teamleider.vo', wachtwoord: DEMO_WACHTWOORD });
    expect(res.status).toBe(404);
  });
});
