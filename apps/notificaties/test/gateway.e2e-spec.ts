import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createServiceApp, serviceUrlSettings, type BaseConfig } from '@pao/platform';
import { createTestDatabase, createTestVhost, freePort, localServers, testSecrets, waitFor, type TestDatabase, type TestVhost } from '@pao/testing';
import { migrateAll } from '../../../scripts/migrate';
import { DEMO_WACHTWOORD, demoApiSleutel, seedDemoAccounts } from '../../gateway/src/auth/demo-accounts';
import { gatewayConfigSchema, type GatewayConfig } from '../../gateway/src/gateway.config';
import { gatewayService } from '../../gateway/src/gateway.service-definition';
import type { NotificatiesConfig } from '../src/notificaties.config';
import { notificatiesService } from '../src/notificaties.service-definition';
import { TestOntvanger, tlvAfgegeven, Uitgever } from './support';

jest.setTimeout(120_000);

/**
 * Through the gateway, as a partner system and a beheerder would: the partner manages its
 * subscription with its API key (role gemeente), fetches a dataref with it (access log);
 * the beheerder sees the subscription with a session.
 */
describe('notificaties through the gateway', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let gateway: INestApplication;
  let notificaties: INestApplication;
  let ontvanger: TestOntvanger;

  beforeAll(async () => {
    db = await createTestDatabase('notif_gw');
    vhost = await createTestVhost('notif-gw');
    await migrateAll(db.url);
    const seed = new DataSource({ type: 'postgres', url: db.url });
    await seed.initialize();
    await seedDemoAccounts(seed);
    await seed.destroy();
    ontvanger = await TestOntvanger.start();
    const base: BaseConfig = {
      NODE_ENV: 'test', HTTP_HOST: '127.0.0.1', HTTP_PORT: await freePort(), DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url,
      LOG_LEVEL: 'silent', REDIS_PREFIX: `test-notif-gw-${process.pid}-${Date.now()}`, SHUTDOWN_GRACE_MS: 5000, INTERNAL_AUTH_SECRET: localServers.internalAuthSecret,
    };
    const gatewayPort = await freePort();
    const config: NotificatiesConfig = {
      ...base, NOTIFICATIES_SLEUTELS: testSecrets.NOTIFICATIES_SLEUTELS, CALLBACK_TOEGESTANE_NETWERKEN: '127.0.0.0/8', BEZORG_TIMEOUT_MS: 2000, BEZORG_MAX_GELIJKTIJDIG: 4, BEZORG_BACKOFF_BASIS_MS: 5000, BEZORG_BACKOFF_MAX_MS: 3_600_000,
      BEZORG_BACKOFF_MIN_MS: 1000, BEZORG_OPGEVEN_NA_UREN: 24, BEZORG_LEASE_MARGE_MS: 30_000, BEZORG_VEEG_INTERVAL_MS: 500, BEZORGINGEN_BEWAREN_DAGEN: 30,
      GATEWAY_PUBLIEKE_URL: `http://127.0.0.1:${gatewayPort}`,
    };
    notificaties = await createServiceApp(notificatiesService, config);
    await notificaties.startAllMicroservices();
    await notificaties.listen(base.HTTP_PORT, '127.0.0.1');
    const nergens = 'http://127.0.0.1:1';
    const gatewayConfig: GatewayConfig = gatewayConfigSchema.parse({
      ...base, HTTP_PORT: gatewayPort, ...serviceUrlSettings(() => nergens), NOTIFICATIES_URL: `http://127.0.0.1:${base.HTTP_PORT}`, COOKIE_SECURE: 'false',
    });
    gateway = await createServiceApp(gatewayService, gatewayConfig);
    await gateway.listen(gatewayPort, '127.0.0.1');
  });

  afterAll(async () => {
    await gateway?.close();
    await notificaties?.close();
    await ontvanger?.uit();
    await db?.drop();
    await vhost?.delete();
  });

  const http = () => request(gateway.getHttpServer());
  const sleutel = { authorization: `Bearer ${demoApiSleutel('VO')}` };

  it('lets a partner subscribe with its API key, receive, fetch the dataref (logged), and a beheerder see it', async () => {
    const nieuw = await http().post('/api/notificaties/abonnementen').set(sleutel).send({ callbackUrl: ontvanger.url, kanalen: [{ naam: 'toeleiding' }] });
    expect(nieuw.status).toBe(201);
    expect(nieuw.body).toMatchObject({ organisatie: 'gemeente-almere', swv: 'VO', gemeenten: ['GM0034'], url: expect.stringMatching(/\/api\/notificaties\/abonnementen\//) });
    ontvanger.geheimen = [nieuw.body.geheim];

    const bad = await http().post('/api/notificaties/abonnementen').set(sleutel).send({ callbackUrl: 'https://10.1.1.1/x', kanalen: [{ naam: 'toeleiding' }] });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].field).toBe('callbackUrl');

    const uitgever = await Uitgever.start(vhost.url);
    const event = tlvAfgegeven();
    await uitgever.publiceer([event]);
    await uitgever.stop();
    const ontvangen = await waitFor(() => ontvanger.ontvangen.find((r) => r.id === event.id), { timeoutMs: 30_000, what: 'delivery' });
    expect(ontvangen.geldig).toBe(true);

    // The dataref is a gateway URL the partner fetches with its own key.
    const dataref = new URL(String(ontvangen.body.dataref));
    const details = await http().get(dataref.pathname).set(sleutel).set('x-pao-doel', 'leerplicht-opvolging');
    expect(details.status).toBe(200);
    expect(JSON.parse(details.text).id).toBe(event.id);
    await http().get(dataref.pathname).set({ authorization: `Bearer ${demoApiSleutel('PO')}` }).expect(404);
    const sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    expect(await sql.query(`SELECT rol, organisatie, object_id, doel FROM notificaties.toegangslog`)).toEqual([{ rol: 'gemeente', organisatie: 'gemeente-almere', object_id: event.id, doel: 'leerplicht-opvolging' }]);
    await sql.destroy();

    // The beheerder of the SWV sees it (session, and a change needs the CSRF token).
    const login = await http().post('/api/sessie').send({ gebruikersnaam: 'beheerder.vo', wachtwoord: DEMO_WACHTWOORD }).expect(201);
    const cookie = (login.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const lijst = await http().get('/api/notificaties/abonnementen').set('cookie', cookie).expect(200);
    expect(lijst.body.items.map((a: { id: string }) => a.id)).toEqual([nieuw.body.id]);
    const log = await http().get(`/api/notificaties/pogingen?abonnementId=${nieuw.body.id}`).set('cookie', cookie).expect(200);
    expect(log.body.items[0]).toMatchObject({ eventId: event.id, uitkomst: 'bezorgd' });
    await http().post(`/api/notificaties/abonnementen/${nieuw.body.id}/opnieuw-bezorgen`).set('cookie', cookie).send({ eventId: event.id }).expect(403);
    await http().post(`/api/notificaties/abonnementen/${nieuw.body.id}/opnieuw-bezorgen`).set('cookie', cookie).set('x-csrf-token', login.body.csrfToken).send({ eventId: event.id }).expect(200);
    // and the operational endpoints of the service stay hidden
    await http().get('/api/notificaties/metrics').set('cookie', cookie).expect(404);
  });
});
