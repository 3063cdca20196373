import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { DeadlineScheduler, deleteRedisPrefixAt, ManualClock } from '@pao/deadlines';
import { createServiceApp, runMigrations, serviceUrlSettings } from '@pao/platform';
import { createTestDatabase, createTestVhost, freePort, localServers, testSecrets, waitFor, type TestDatabase, type TestVhost, type EventOntvanger } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import { DEMO_WACHTWOORD, seedDemoAccounts } from '../apps/gateway/src/auth/demo-accounts';
import { gatewayPersistence } from '../apps/gateway/src/persistence/persistence';
import { gatewayService } from '../apps/gateway/src/gateway.service-definition';
import { demoSchool, seedScholen } from '../apps/thuiszitters/src/demo/scholen';
import { thuiszittersPersistence } from '../apps/thuiszitters/src/persistence/persistence';
import { thuiszittersServiceMet } from '../apps/thuiszitters/src/thuiszitters.service-definition';
import { ontvangThuiszittersEvents } from '../apps/thuiszitters/test/support';

/**
 * Issue 11's acceptance story through the gateway, with signed-in people: a school's
 * melding of a pupil absent for 3 weeks; the clock moves; at 4 weeks the pupil is a
 * thuiszitter and leerplicht's event is on the exchange; the Actietafel sees the case on
 * its agenda, records doorzettingskracht, the teamleider doorzettingsmacht with a chosen
 * school; the casus closes with plaatsing onderwijs and the figures show it.
 */
jest.setTimeout(90_000);

describe('thuiszitters through the gateway: melding to plaatsing onderwijs', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let sql: DataSource;
  let dienst: INestApplication;
  let gateway: INestApplication;
  let events: EventOntvanger;
  const klok = new ManualClock(new Date('2025-01-20T09:00:00+01:00'));
  const redisPrefix = `test-tz-acceptatie-${process.pid}-${Date.now()}`;
  const sessies: Record<string, { cookie: string; csrf: string }> = {};
  const baken = demoSchool('VO', '01FP00');
  const nautilus = demoSchool('VO', '23HU00');

  const http = () => request(gateway.getHttpServer());
  const als = (wie: string) => ({ cookie: sessies[wie].cookie, 'x-csrf-token': sessies[wie].csrf });
  const post = (wie: string, pad: string, body: object) => http().post(`/api/thuiszitters${pad}`).set(als(wie)).send(body);
  const get = (wie: string, pad: string) => http().get(`/api/thuiszitters${pad}`).set(als(wie));

  beforeAll(async () => {
    db = await createTestDatabase('tz_acceptatie');
    vhost = await createTestVhost('tz_acceptatie');
    await runMigrations(db.url, gatewayPersistence);
    await runMigrations(db.url, thuiszittersPersistence);
    sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    await seedDemoAccounts(sql);
    await seedScholen(sql.manager);
    events = await ontvangThuiszittersEvents(vhost.url);
    const base = {
      NODE_ENV: 'test' as const, HTTP_HOST: '127.0.0.1', DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url,
      REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'silent' as const, SHUTDOWN_GRACE_MS: 5000, ...testSecrets,
    };
    const port = await freePort();
    dienst = await createServiceApp(thuiszittersServiceMet({ klok }), { ...base, HTTP_PORT: port });
    await dienst.listen(port, '127.0.0.1');
    gateway = await createServiceApp(gatewayService, {
      ...base, HTTP_PORT: 0, ...serviceUrlSettings((s) => (s.name === 'thuiszitters' ? `http://127.0.0.1:${port}` : 'http://127.0.0.1:1')),
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 100, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 10_000, COOKIE_SECURE: false, AUTH_MODE: 'local',
    });
    await gateway.init();
    for (const wie of ['consulent.vo', 'actietafel.vo', 'teamleider.vo', 'gemeente.vo']) {
      const res = await http().post('/api/sessie').send({ gebruikersnaam: wie, wachtwoord: DEMO_WACHTWOORD }).expect(201);
      sessies[wie] = { cookie: (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0], csrf: res.body.csrfToken as string };
    }
  });

  afterAll(async () => {
    await gateway?.close();
    await dienst?.close();
    await events?.stop().catch(() => undefined);
    await deleteRedisPrefixAt(localServers.redisUrl, redisPrefix);
    await sql?.destroy();
    await db?.drop();
    await vhost?.delete();
  });

  it('runs the story', async () => {
    // A school reports a pupil absent for 3 weeks (registered by the Steunpunt on its behalf).
    const melding = await post('consulent.vo', '/meldingen', {
      leerling: { bsn: testBsn(801) },
      soort: 'langdurig-relatief-verzuim',
      melder: { soort: 'school', organisatieId: baken.schoolId },
      schoolId: baken.schoolId,
      bevoegdGezagId: baken.bevoegdGezagId,
      thuisSinds: '2024-12-30',
      betrokkenheid: { ouders: 'betrokken', leerling: 'geinformeerd' },
    });
    expect(melding.status).toBe(201);
    const id = melding.body.id as string;
    await waitFor(async () => events.van('thuiszitters.melding-gedaan', id).length === 1, { what: 'leerplicht told at once' });
    expect((await get('consulent.vo', `/casussen/${id}`)).body.status).toBe('gemeld');

    // The clock moves to the day after 4 weeks: the deadline engine makes the pupil a thuiszitter.
    klok.set(new Date('2025-01-27T00:00:05+01:00'));
    await dienst.get(DeadlineScheduler).reconcile();
    await waitFor(async () => events.van('thuiszitters.thuiszitter-geworden', id).length === 1, { what: "leerplicht's thuiszitter event on the exchange" });
    const geworden = events.van('thuiszitters.thuiszitter-geworden', id)[0];
    expect(geworden.data).toMatchObject({ soort: 'langdurig-relatief-verzuim', sinds: '2025-01-27', dagenThuis: 28, gemeente: 'GM0034' });
    expect(JSON.stringify(geworden)).not.toContain(testBsn(801));
    // Leerplicht fetches the pupil through the dataref with its own authorisation.
    const leerplicht = await get('gemeente.vo', `/casussen/${id}/leerplicht`);
    expect(leerplicht.body).toMatchObject({ leerling: { nummer: testBsn(801) }, thuiszitterSinds: '2025-01-27' });

    // Not yet at the table: the Actietafel cannot see it. The Steunpunt escalates.
    expect((await get('actietafel.vo', `/casussen/${id}`)).status).toBe(404);
    expect((await post('consulent.vo', `/casussen/${id}/acties/escaleren`, { toelichting: 'Geen school gevonden' })).status).toBe(200);

    const vergadering = await post('actietafel.vo', '/vergaderingen', { datum: '2025-01-27' });
    expect(vergadering.status).toBe(201);
    const vId = vergadering.body.id;
    const agenda = await get('actietafel.vo', `/vergaderingen/${vId}`);
    expect(agenda.body.agenda.items.map((p: { id: string }) => p.id)).toEqual([id]);

    const kracht = await post('actietafel.vo', `/casussen/${id}/acties/doorzettingskrachtInzetten`, {
      afspraak: 'Plaatsing in de kleine groep', schoolId: nautilus.schoolId, partijen: ['school', 'ouders', 'leerplicht'], plaatsingUiterlijk: '2025-02-07',
      betrokkenheid: { ouders: 'betrokken', leerling: 'betrokken' }, vergaderingId: vId,
    });
    expect({ status: kracht.status, niveau: kracht.body.niveau }).toEqual({ status: 200, niveau: 'doorzettingskracht' });

    const macht = await post('teamleider.vo', `/casussen/${id}/acties/doorzettingsmachtInzetten`, {
      aangewezenSchoolId: baken.schoolId, motivering: 'De afgesproken plaatsing is niet gelukt', kaders: 'Binnen de regio; expertise volgens het SOP',
    });
    expect(macht.status).toBe(200);
    expect(macht.body.doorzettingsmacht).toMatchObject({ aangewezenSchool: { id: baken.schoolId, naam: 'Baken Stad' }, motivering: 'De afgesproken plaatsing is niet gelukt' });

    expect((await post('actietafel.vo', `/casussen/${id}/acties/uitkomstVastleggen`, {
      uitkomst: 'plaatsing-onderwijs', schoolId: baken.schoolId, startOp: '2025-02-03', betrokkenheid: { ouders: 'betrokken', leerling: 'betrokken' }, vergaderingId: vId,
    })).status).toBe(200);
    klok.set(new Date('2025-02-04T09:00:00+01:00'));
    const slot = await post('consulent.vo', `/casussen/${id}/acties/afsluiten`, { gestartOp: '2025-02-03' });
    expect(slot.body).toMatchObject({ status: 'afgesloten', aanbod: { uitkomst: 'plaatsing-onderwijs' } });
    await waitFor(async () => events.van('thuiszitters.casus-afgesloten', id).length === 1, { what: 'casus-afgesloten' });
    expect(events.van('thuiszitters.doorzettingsmacht-ingezet', id)).toHaveLength(1);

    const cijfers = await get('teamleider.vo', '/figuren?jaar=2025&kwartaal=1');
    expect(cijfers.body.uitkomsten).toEqual([{ uitkomst: 'plaatsing-onderwijs', aantal: 1 }]);
    expect(cijfers.body.swv).toMatchObject({ gemeld: 1, thuiszitterGeworden: 1, afgesloten: 1, thuisOpPeildatum: 0 });
    expect(cijfers.body.duurThuis).toMatchObject({ aantal: 1, mediaan: 35 });
  });
});
