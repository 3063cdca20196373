// Issue 13's acceptance end to end through the gateway, with the toeleiding service
// running beside overdracht on one broker: a cohort CSV of 30 pupils with 3 bad rows; a
// PO→VO pupil needing a TLV PrO gets it via toeleiding's events; an aanmelding rejected
// twice is flagged; the clock passes the nazorg check date without a confirmation and
// leerling-niet-gestart is on the bus exactly once, and the thuiszitters service (on the
// same bus) shows exactly one signal for the pupil in its werkvoorraad.
import { type INestApplication } from '@nestjs/common';
import { DeadlineScheduler, ManualClock } from '@pao/deadlines';
import { BaseConfig, createServiceApp, serviceUrlSettings, type ServiceDefinition } from '@pao/platform';
import { createTestDatabase, createTestVhost, freePort, localServers, testSecrets, waitFor, type TestDatabase, type TestVhost, type EventOntvanger } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import request from 'supertest';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { DEMO_WACHTWOORD, seedDemoAccounts } from '../../gateway/src/auth/demo-accounts';
import { gatewayService } from '../../gateway/src/gateway.service-definition';
import { schoolVan, seedRegister } from '../../toeleiding/src/demo/register';
import { seedScholen as seedThuiszittersScholen } from '../../thuiszitters/src/demo/scholen';
import { thuiszittersServiceMet } from '../../thuiszitters/src/thuiszitters.service-definition';
import { toeleidingServiceMet } from '../../toeleiding/src/toeleiding.service-definition';
import { migrateAll } from '../../../scripts/migrate';
import { schoolId, seedScholen } from '../src/demo/scholen';
import { overdrachtServiceMet } from '../src/overdracht.service-definition';
import { ontvangOverdrachtEvents } from './support';

jest.setTimeout(180_000);

describe('overdracht through the gateway, with toeleiding and thuiszitters on the same bus', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let sql: DataSource;
  let events: EventOntvanger;
  const apps: INestApplication[] = [];
  let gateway: INestApplication;
  let overdracht: INestApplication;
  const klok = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const sessies: Record<string, { cookie: string; csrf: string }> = {};
  const http = () => request(gateway.getHttpServer());

  async function inloggen(naam: string) {
    const res = await http().post('/api/sessie').send({ gebruikersnaam: naam, wachtwoord: DEMO_WACHTWOORD }).expect(201);
    sessies[naam] = { cookie: (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0], csrf: res.body.csrfToken as string };
  }
  const als = (naam: string, r: request.Test) => r.set('cookie', sessies[naam].cookie).set('x-csrf-token', sessies[naam].csrf);
  const get = (naam: string, pad: string) => als(naam, http().get(`/api${pad}`));
  const post = (naam: string, pad: string, body: object = {}) => als(naam, http().post(`/api${pad}`)).send(body);
  async function ok(naam: string, pad: string, body: object = {}) {
    const res = await post(naam, pad, body);
    if (res.status >= 300) throw new Error(`${pad}: ${res.status} ${res.text}`);
    return res.body;
  }
  const zet = (iso: string) => klok.set(new Date(`${iso}T09:00:00Z`));

  beforeAll(async () => {
    [db, vhost] = await Promise.all([createTestDatabase('overdracht_gateway'), createTestVhost('overdracht_gateway')]);
    await migrateAll(db.url);
    sql = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    await seedDemoAccounts(sql);
    await seedRegister(sql.manager);
    await seedScholen(sql.manager);
    await seedThuiszittersScholen(sql.manager);
    events = await ontvangOverdrachtEvents(vhost.url);
    const redisPrefix = `test-overdracht-gateway-${process.pid}-${Date.now()}`;
    const base: BaseConfig & typeof testSecrets = {
      NODE_ENV: 'test', HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url,
      REDIS_PREFIX: redisPrefix, LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: 5000, ...testSecrets,
    };
    const urls: Record<string, string> = {};
    const diensten: Array<[string, ServiceDefinition<BaseConfig>]> = [
      ['toeleiding', toeleidingServiceMet({ klok }) as unknown as ServiceDefinition<BaseConfig>],
      ['overdracht', overdrachtServiceMet({ klok }) as unknown as ServiceDefinition<BaseConfig>],
      ['thuiszitters', thuiszittersServiceMet({ klok }) as unknown as ServiceDefinition<BaseConfig>],
    ];
    for (const [naam, definitie] of diensten) {
      const port = await freePort();
      const app = await createServiceApp(definitie, { ...base, HTTP_PORT: port });
      await app.startAllMicroservices();
      await app.listen(port, '127.0.0.1');
      apps.push(app);
      urls[naam] = `http://127.0.0.1:${port}`;
      if (naam === 'overdracht') overdracht = app;
    }
    gateway = await createServiceApp(gatewayService, {
      ...base, ...serviceUrlSettings((s) => urls[s.name] ?? 'http://127.0.0.1:9'),
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 100, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 60_000, COOKIE_SECURE: false, AUTH_MODE: 'local',
    });
    await gateway.init();
    for (const naam of ['consulent.po', 'consulent.vo', 'orthopedagoog.vo', 'teamleider.vo']) await inloggen(naam);
  });

  afterAll(async () => {
    await gateway?.close();
    for (const app of apps) await app.close();
    await events?.stop().catch(() => undefined);
    await sql?.destroy();
    await Promise.all([db?.drop(), vhost?.delete()]);
  });

  let cohortId: string;

  it('imports a cohort CSV of 30 pupils with 3 bad rows: 27 in, the 3 reported by row and field', async () => {
    zet('2026-03-02');
    cohortId = (await ok('consulent.po', '/overdracht/cohorten', { schooljaar: '2025-2026', verzendendeSchoolId: schoolId('DEMO01') })).id;
    const rijen = Array.from({ length: 30 }, (_, i) => `${testBsn(5000 + i)};${i === 0 ? 'pro' : 'havo'};${i === 0 ? 'tlv-pro' : ''}`);
    rijen[9] = `${testBsn(5009)};geen-idee;`;
    rijen[17] = `12345678;havo;`;
    rijen[25] = `${testBsn(5025)};havo;tlv-pro|vliegles`;
    const csv = ['leerlingnummer;definitief advies;voorzieningen', ...rijen].join('\r\n');
    const res = await als('consulent.po', http().post(`/api/overdracht/cohorten/${cohortId}/import`)).set('content-type', 'text/csv').send(Buffer.from(csv));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rijen: 30, geimporteerd: 27 });
    expect(res.body.geweigerd.map((f: { rij: number; veld: string }) => [f.rij, f.veld])).toEqual([
      [11, 'definitiefAdvies'],
      [19, 'leerlingnummer'],
      [27, 'voorzieningen'],
    ]);
    const bord = await get('consulent.po', `/overdracht/cohorten/${cohortId}`).expect(200);
    expect(bord.body.totaal).toBe(27);
  });

  it('the gateway refuses an upload it cannot forward as problem+json, and nothing is imported', async () => {
    const upload = () => als('consulent.po', http().post(`/api/overdracht/cohorten/${cohortId}/import`)).set('content-type', 'text/csv');
    const extra = `leerlingnummer;definitief advies\r\n${testBsn(5100)};havo`;
    const gezipt = await upload().set('content-encoding', 'gzip').send(gzipSync(extra));
    expect([gezipt.status, gezipt.type]).toEqual([415, 'application/problem+json']);
    const groot = await upload().send(Buffer.alloc(16 * 1024 * 1024 + 1, 0x61));
    expect([groot.status, groot.type]).toEqual([413, 'application/problem+json']);
    expect(groot.body.errors).toEqual([{ field: 'bestand', message: expect.stringContaining('16 MB') }]);
    // Windows-1252 (Excel's "CSV") reaches the service as bytes and is reported there.
    const ansi = await upload().send(Buffer.from(`leerlingnummer;definitief advies\r\n${testBsn(5101)};havo;Jos\xe9`, 'latin1'));
    expect(ansi.status).toBe(400);
    expect(ansi.text).toMatch(/UTF-8/);
    expect(ansi.text).not.toContain(testBsn(5101));
    const bord = await get('consulent.po', `/overdracht/cohorten/${cohortId}`).expect(200);
    expect(bord.body.totaal).toBe(27);
  });

  it('a PO→VO pupil needing a TLV PrO gets it through toeleiding\'s events', async () => {
    const lijst = await get('consulent.po', `/overdracht/overdrachten?cohortId=${cohortId}&signaal=voorziening-open`).expect(200);
    expect(lijst.body.totaal).toBe(1);
    const id = lijst.body.items[0].id;

    // Toeleiding (SWV VO issues TLVs PrO): the aanvraag from request to bekendmaking.
    const pro = schoolVan('VO', '17J00');
    const aanvraag = await ok('consulent.vo', '/toeleiding/aanvragen', {
      leerling: { bsn: testBsn(5000) },
      aanvrager: pro,
      dossier: { gevraagdeSoort: 'PrO', ondersteuningsbehoefte: 'Geprobeerd: eigen leerlijn. Nodig: praktijkgericht onderwijs.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1' },
    });
    // The overdracht links the aanvraag before toeleiding has decided.
    const gekoppeld = await ok('consulent.po', `/overdracht/overdrachten/${id}/acties/toeleidingKoppelen`, { soort: 'tlv-pro', aanvraagId: aanvraag.id });
    expect(gekoppeld.voorzieningen).toEqual([expect.objectContaining({ soort: 'tlv-pro', status: 'aangevraagd' })]);
    await ok('consulent.vo', `/toeleiding/aanvragen/${aanvraag.id}/acties/indienen`);
    await ok('consulent.vo', `/toeleiding/aanvragen/${aanvraag.id}/acties/inBehandelingNemen`);
    // PrO: one deskundige who tests the national criteria (IQ, leerachterstanden) suffices.
    await ok('orthopedagoog.vo', `/toeleiding/aanvragen/${aanvraag.id}/acties/adviesVastleggen`, {
      deskundige: { rol: 'eerste', discipline: 'orthopedagoog' },
      advies: 'toelaatbaar',
      soort: 'PrO',
      proGegevens: { iq: 68, leerachterstanden: { 'inzichtelijk-rekenen': 55, 'begrijpend-lezen': 60 } },
    });
    await ok('teamleider.vo', `/toeleiding/aanvragen/${aanvraag.id}/acties/besluitNemen`, {
      inhoud: { uitkomst: 'toelaatbaar', soort: 'PrO', ingangsdatum: '2026-08-01', einddatum: '2028-07-31', motivering: 'De deskundige adviseert PrO; de landelijke criteria zijn getoetst.' },
    });
    // Bekendmaking is the sending of the letter: its date is always given (Awb 3:41).
    await ok('consulent.vo', `/toeleiding/aanvragen/${aanvraag.id}/acties/bekendmaken`, { datum: '2026-03-02' });

    const geregeld = await waitFor(async () => {
      const z = (await get('consulent.po', `/overdracht/overdrachten/${id}`)).body;
      return z.voorzieningen?.[0]?.status === 'geregeld' && z;
    }, { timeoutMs: 30_000, what: 'TLV PrO geregeld in the overdracht' });
    expect(geregeld.voorzieningen[0]).toMatchObject({ soort: 'tlv-pro', aanvraagId: aanvraag.id, tlvId: expect.any(String), geregeldOp: '2026-08-01' });
    expect(geregeld.tijdlijn.map((t: { actie: string }) => t.actie)).toContain('toeleidingBijgewerkt');
    // A consulent of the other SWV does not see the overdracht.
    expect((await get('consulent.vo', `/overdracht/overdrachten/${id}`)).status).toBe(404);
  });

  it('an aanmelding rejected twice is flagged; then placed, not confirmed by the check date: leerling-niet-gestart exactly once, one signal in thuiszitters', async () => {
    zet('2026-03-26');
    const lijst = await get('consulent.po', `/overdracht/overdrachten?cohortId=${cohortId}&limit=5`).expect(200);
    const id = lijst.body.items.find((r: { voorzieningenOpen: number }) => r.voorzieningenOpen === 0).id;
    const afwijzing = async (brin: string) => {
      const z = await ok('consulent.po', `/overdracht/overdrachten/${id}/acties/aanmelden`, { schoolId: schoolId(brin) });
      const open = z.aanmeldingen.find((a: { uitkomst: string }) => a.uitkomst === 'open');
      return ok('consulent.po', `/overdracht/overdrachten/${id}/acties/afwijzen`, { aanmeldingId: open.id, reden: 'geen-plaats' });
    };
    await afwijzing('01FP00');
    const tweede = await afwijzing('01FP01');
    expect(tweede.signalen).toContainEqual({ soort: 'twee-keer-afgewezen' });
    const vlag = await get('consulent.po', `/overdracht/overdrachten?signaal=twee-keer-afgewezen`).expect(200);
    expect(vlag.body.items.map((r: { id: string }) => r.id)).toEqual([id]);

    zet('2026-04-02');
    let z = await ok('consulent.po', `/overdracht/overdrachten/${id}/acties/aanmelden`, { schoolId: schoolId('16AW00') });
    z = await ok('consulent.po', `/overdracht/overdrachten/${id}/acties/plaatsen`, { aanmeldingId: z.aanmeldingen.find((a: { uitkomst: string }) => a.uitkomst === 'open').id });
    expect(z).toMatchObject({ status: 'geplaatst', controledatum: '2026-09-14' });

    klok.set(new Date('2026-09-15T06:00:00+02:00'));
    const scheduler = overdracht.get(DeadlineScheduler);
    for (let i = 0; i < 30; i++) {
      await scheduler.reconcile();
      const [{ n }] = await sql.query(`SELECT count(*)::int AS n FROM overdracht.deadline WHERE state = 'armed' AND due_at <= $1`, [klok.now()]);
      if (n === 0) break;
    }
    const event = await waitFor(() => events.van('leerling-niet-gestart', id)[0], { timeoutMs: 30_000, what: 'leerling-niet-gestart on the bus' });
    expect(event.data).toMatchObject({ overdrachtId: id, reden: 'niet-bevestigd', ontvangendeSchoolId: schoolId('16AW00'), controledatum: '2026-09-14' });
    await scheduler.reconcile();
    await new Promise((r) => setTimeout(r, 1500));
    expect(events.van('leerling-niet-gestart', id)).toHaveLength(1);
    // Thuiszitters turned it into exactly one signal, in the VO SWV: the pupil was placed at a
    // VO school, so after the transfer the pupil is a VO pupil (ADR 0034). The event itself is
    // the PO SWV's (its case) and names the SWV after the transfer.
    expect(event).toMatchObject({ swv: 'PO', data: { swvNaOverstap: 'VO' } });
    const signalen = async (wie: string) => (await get(wie, '/thuiszitters/casussen?status=signaal').expect(200)).body.items as Array<{ id: string; school: { naam: string } | null }>;
    const uitOverdracht = async () => (await sql.query(`SELECT id, swv FROM thuiszitters.casus WHERE bron = 'overdracht' AND bron_id = $1`, [id])) as Array<{ id: string; swv: string }>;
    const [casus] = await waitFor(async () => ((await uitOverdracht()).length > 0 ? uitOverdracht() : undefined), { timeoutMs: 30_000, what: 'a thuiszitters signal for the pupil' });
    expect(casus.swv).toBe('VO');
    expect((await signalen('consulent.vo')).filter((c) => c.id === casus.id)).toEqual([expect.objectContaining({ school: expect.objectContaining({ naam: 'Opb Echnaton' }) })]);
    expect((await signalen('consulent.po')).filter((c) => c.id === casus.id)).toEqual([]);
    await get('consulent.po', `/thuiszitters/casussen/${casus.id}`).expect(404);
    // The school is the same school in both services (one school register): the case handler sees its name.
    const melding = await get('consulent.vo', `/thuiszitters/casussen/${casus.id}`).expect(200);
    expect(melding.body).toMatchObject({ status: 'signaal', bron: { bron: 'overdracht', bronId: id, school: { id: schoolId('16AW00'), naam: 'Opb Echnaton' } } });
    expect(await uitOverdracht()).toHaveLength(1);
    // The other 25 pupils of the cohort never got a school: they did not start either (each
    // once), and stay the PO SWV's: still enrolled at their primary school.
    const nietGestart = events.van('leerling-niet-gestart');
    expect(new Set(nietGestart.map((e) => e.id)).size).toBe(nietGestart.length);
    const nooitGeplaatst = nietGestart.filter((e) => e.subject !== id);
    expect(nooitGeplaatst.length).toBeGreaterThan(0);
    expect(nooitGeplaatst.every((e) => (e.data as { swvNaOverstap?: string }).swvNaOverstap === 'PO')).toBe(true);
    expect((await get('consulent.po', `/overdracht/overdrachten/${id}`)).body.status).toBe('niet-gestart');
  });
});
