import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { deterministicUuid } from '@pao/contracts';
import { BaseConfig, createServiceApp, serviceUrlSettings } from '@pao/platform';
import { defaultSwvRegisterPath, loadSwvRegister, type SwvRegister } from '@pao/swv';
import { TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets } from '@pao/testing';
import { DEMO_WACHTWOORD, demoApiSleutel, seedDemoAccounts } from '../apps/gateway/src/auth/demo-accounts';
import { gatewayService } from '../apps/gateway/src/gateway.service-definition';
import { schoolVan, seedRegister } from '../apps/toeleiding/src/demo/register';
import { testBsn } from '../apps/toeleiding/src/domain';
import { toeleidingService } from '../apps/toeleiding/src/toeleiding.service-definition';
import { migrateAll } from '../scripts/migrate';

/**
 * Issue 9 acceptance: an SWV added to the register, as data only, gets its own isolated
 * data, its own accounts, the calendar rules of its sector plus its own, and its own
 * event source. Nothing in this test is code for the new SWV: only a register entry.
 */
jest.setTimeout(120_000);

const DERDE = 'PO2402';
const derdeEntry = {
  id: DERDE,
  naam: 'Samenwerkingsverband PO Testland',
  sector: 'PO',
  rechtspersoon: { naam: 'Stichting Passend Primair Onderwijs Testland', organisatie: 'swv-po-testland', urn: 'urn:nld:swv-po-testland' },
  gemeenten: [{ code: 'GM0995', naam: 'Lelystad' }],
  // Its own beslistermijn: 8 weeks instead of the national default of 6.
  regels: [{ id: 'beslistermijn-8-weken', sleutel: 'beslistermijnTlv', geldigVanaf: '2020-01-01', waarde: { duur: { weken: 8 }, atw: true }, bron: 'besluit bestuur' }],
};

/** The repository's register (PO and VO) plus the third SWV, in a file of its own. */
function registerMetDerde(): string {
  const basis = JSON.parse(JSON.stringify(loadSwvRegister(defaultSwvRegisterPath()).all()));
  const file = join(mkdtempSync(join(tmpdir(), 'swv-register-')), 'swv-register.json');
  writeFileSync(file, JSON.stringify({ versie: 'test-3', swvs: [...basis, derdeEntry] }, null, 2));
  return file;
}

const dagen = (van: string, tot: string) => (Date.parse(tot) - Date.parse(van)) / 86_400_000;

describe('a third SWV added to the register as data', () => {
  const registerPad = registerMetDerde();
  let register: SwvRegister;
  let db: TestDatabase;
  let vhost: TestVhost;
  let sql: DataSource;
  let toeleiding: INestApplication;
  let gateway: INestApplication;
  let base: BaseConfig & typeof testSecrets;
  const sessies: Record<string, { cookie: string; csrf: string }> = {};
  let derdeSchool: { schoolId: string; bevoegdGezagId: string };

  const http = () => request(gateway.getHttpServer());
  async function inloggen(gebruikersnaam: string, app = gateway) {
    const res = await request(app.getHttpServer()).post('/api/sessie').send({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD });
    return { status: res.status, account: res.body.account, cookie: ((res.headers['set-cookie'] as unknown as string[]) ?? [''])[0].split(';')[0], csrf: res.body.csrfToken as string };
  }
  const als = (wie: string) => ({ cookie: sessies[wie].cookie, 'x-csrf-token': sessies[wie].csrf });
  async function nieuweAanvraag(wie: string, aanvrager: object, soort: string, n: number) {
    return http().post('/api/toeleiding/aanvragen').set(als(wie)).send({
      leerling: { bsn: testBsn(n) }, aanvrager,
      dossier: { gevraagdeSoort: soort, ondersteuningsbehoefte: 'Geprobeerd: begeleiding in de klas; nodig: kleine groep.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1' },
    });
  }

  beforeAll(async () => {
    register = loadSwvRegister(registerPad);
    db = await createTestDatabase('swv-register');
    vhost = await createTestVhost('swv-register');
    await migrateAll(db.url);
    sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    await seedDemoAccounts(sql, register);
    await seedRegister(sql.manager);
    // The third SWV's school register (reference data, as an import would deliver it).
    const bestuur = deterministicUuid('test/bestuur/testland');
    derdeSchool = { schoolId: deterministicUuid('test/school/testland'), bevoegdGezagId: bestuur };
    await sql.query(`INSERT INTO toeleiding.bevoegd_gezag (id, bestuursnummer, naam) VALUES ($1, 'TEST-1', 'Stichting Basisonderwijs Testland')`, [bestuur]);
    await sql.query(`INSERT INTO toeleiding.school (id, swv, brin, naam, soort, plaats, bevoegd_gezag_id) VALUES ($1, $2, 'TS01', 'Basisschool De Test', 'regulier', 'Lelystad', $3)`, [derdeSchool.schoolId, DERDE, bestuur]);

    base = {
      NODE_ENV: 'test', HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url,
      REDIS_PREFIX: `test-swv-register-${process.pid}`, LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: 5000, ...testSecrets,
      SWV_REGISTER: registerPad,
    };
    const port = await freePort();
    toeleiding = await createServiceApp(toeleidingService, { ...base, HTTP_PORT: port });
    await toeleiding.listen(port, '127.0.0.1');
    // Only toeleiding runs here; the other services are not needed.
    gateway = await createServiceApp(gatewayService, {
      ...base, ...serviceUrlSettings(() => 'http://127.0.0.1:9'), TOELEIDING_URL: `http://127.0.0.1:${port}`,
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 100, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 10_000, COOKIE_SECURE: false, AUTH_MODE: 'local',
    });
    await gateway.init();
    for (const wie of ['consulent.po2402', 'teamleider.po2402', 'consulent.po', 'consulent.vo']) {
      const s = await inloggen(wie);
      expect({ wie, status: s.status }).toEqual({ wie, status: 201 });
      sessies[wie] = s;
    }
  });

  afterAll(async () => {
    await gateway?.close();
    await toeleiding?.close();
    await sql?.destroy();
    await db?.drop();
    await vhost?.delete();
  });

  it('gets one account per role, and a partner-system key for its gemeente', async () => {
    const rollen = await sql.query(`SELECT rol, organisatie FROM gateway.account WHERE swv = $1 ORDER BY rol`, [DERDE]);
    expect(rollen).toEqual([
      { rol: 'actietafel', organisatie: 'swv-po-testland' },
      { rol: 'beheerder', organisatie: 'swv-po-testland' },
      { rol: 'consulent', organisatie: 'swv-po-testland' },
      { rol: 'gemeente', organisatie: 'gemeente-lelystad' },
      { rol: 'orthopedagoog', organisatie: 'swv-po-testland' },
      { rol: 'teamleider', organisatie: 'swv-po-testland' },
    ]);
    expect((await inloggen('consulent.po2402')).account).toMatchObject({ swv: DERDE, swvNaam: 'Samenwerkingsverband PO Testland', sector: 'PO' });
    const sleutel = demoApiSleutel(DERDE, register);
    expect(sleutel).toBe('demo-gemeente-lelystad-po2402-sleutel');
    const tlvs = await http().get('/api/toeleiding/tlvs?peildatum=2026-12-01').set('authorization', `Bearer ${sleutel}`);
    expect(tlvs.status).toBe(200);
  });

  it('keeps its cases to itself: 404 for PO and VO, and theirs are 404 for it', async () => {
    const eigen = await nieuweAanvraag('consulent.po2402', derdeSchool, 'SO-laag', 9101);
    expect(eigen.status).toBe(201);
    const po = await nieuweAanvraag('consulent.po', schoolVan('PO', 'DEMO01'), 'SO-laag', 9102);
    expect(po.status).toBe(201);
    for (const wie of ['consulent.po', 'consulent.vo']) {
      await http().get(`/api/toeleiding/aanvragen/${eigen.body.id}`).set(als(wie)).expect(404);
    }
    await http().get(`/api/toeleiding/aanvragen/${po.body.id}`).set(als('consulent.po2402')).expect(404);
    await http().get(`/api/toeleiding/aanvragen/${eigen.body.id}`).set(als('consulent.po2402')).expect(200);
    // Nor can it file a case at another SWV's school, or see another SWV's cases in its werkvoorraad.
    expect([400, 404]).toContain((await nieuweAanvraag('consulent.po2402', schoolVan('PO', 'DEMO01'), 'SO-laag', 9103)).status);
    const lijst = await http().get('/api/toeleiding/aanvragen').set(als('consulent.po2402')).expect(200);
    expect(JSON.stringify(lijst.body)).not.toContain(po.body.id);
    // Its pupils live in its gemeente unless told otherwise.
    const [leerling] = await sql.query(`SELECT l.swv, l.gemeente FROM toeleiding.leerling l JOIN toeleiding.aanvraag a ON a.leerling_id = l.id WHERE a.id = $1`, [eigen.body.id]);
    expect(leerling).toEqual({ swv: DERDE, gemeente: 'GM0995' });
  });

  it('follows the rules of its sector (PO soorten, PO teldatum) and its own beslistermijn', async () => {
    // A PO SWV gives SO TLVs, not VSO.
    const vso = await nieuweAanvraag('consulent.po2402', derdeSchool, 'VSO-laag', 9104);
    expect(vso.status).toBe(400);

    const eigen = await nieuweAanvraag('consulent.po2402', derdeSchool, 'SO-midden', 9105);
    await http().post(`/api/toeleiding/aanvragen/${eigen.body.id}/acties/indienen`).set(als('consulent.po2402')).send({}).expect(200);
    const po = await nieuweAanvraag('consulent.po', schoolVan('PO', 'DEMO01'), 'SO-midden', 9106);
    await http().post(`/api/toeleiding/aanvragen/${po.body.id}/acties/indienen`).set(als('consulent.po')).send({}).expect(200);

    const beslistermijn = async (wie: string, id: string) => {
      const zaak = (await http().get(`/api/toeleiding/aanvragen/${id}`).set(als(wie)).expect(200)).body;
      const t = zaak.termijnen.find((x: { soort: string }) => x.soort === 'beslistermijn');
      return { dagen: dagen(zaak.ingediendOp, t.vervaltOp), regelVersie: t.regelVersie };
    };
    const derde = await beslistermijn('consulent.po2402', eigen.body.id);
    expect(derde.regelVersie).toBe(`swv-register-test-3/${DERDE}.beslistermijn-8-weken`);
    // 8 weeks, moved a few days at most by a weekend or holiday (Atw).
    expect(derde.dagen).toBeGreaterThanOrEqual(56);
    expect(derde.dagen).toBeLessThanOrEqual(60);
    const ander = await beslistermijn('consulent.po', po.body.id);
    expect(ander.regelVersie).toBe('pao-regels-2026.1/beslistermijn-tlv.standaard');
    expect(ander.dagen).toBeLessThan(49);

    // PO sector: the teldatum is 1 February, not 1 October.
    await http().post('/api/toeleiding/tellingen').set(als('teamleider.po2402')).send({ teldatum: '2026-10-01' }).expect(400);
    const telling = await http().post('/api/toeleiding/tellingen').set(als('teamleider.po2402')).send({ teldatum: '2027-02-01' }).expect(201);
    expect(telling.body).toMatchObject({ swv: DERDE, soorten: ['SBO', 'SO-laag', 'SO-midden', 'SO-hoog'] });
  });

  it('publishes its events as its own legal body', async () => {
    const eigen = await nieuweAanvraag('consulent.po2402', derdeSchool, 'SBO', 9107);
    await http().post(`/api/toeleiding/aanvragen/${eigen.body.id}/acties/indienen`).set(als('consulent.po2402')).send({}).expect(200);
    const rijen: Array<{ source: string; swv: string }> = await sql.query(
      `SELECT payload->>'source' AS source, payload->>'swv' AS swv FROM toeleiding.outbox WHERE payload->>'subject' = $1`,
      [eigen.body.id],
    );
    expect(rijen).toEqual([{ source: 'urn:nld:swv-po-testland:systeem:toeleiding', swv: DERDE }]);
    const po = await sql.query(`SELECT DISTINCT payload->>'source' AS source FROM toeleiding.outbox WHERE payload->>'swv' = 'PO'`);
    expect(po).toEqual([{ source: 'urn:nld:swv-po-almere:systeem:toeleiding' }]);
  });

  it('is gone when its entry is: without it in the register its accounts cannot sign in', async () => {
    const zonder = await createServiceApp(gatewayService, {
      ...base, SWV_REGISTER: defaultSwvRegisterPath(), ...serviceUrlSettings(() => 'http://127.0.0.1:9'),
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 100, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 10_000, COOKIE_SECURE: false, AUTH_MODE: 'local',
    });
    await zonder.init();
    try {
      expect((await inloggen('consulent.po2402', zonder)).status).toBe(401);
      expect((await inloggen('consulent.po', zonder)).status).toBe(201);
    } finally {
      await zonder.close();
    }
  });
});
