import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { BaseConfig, createServiceApp, forwardedServices, serviceUrlSettings } from '@pao/platform';
import { TestDatabase, TestVhost, createTestDatabase, createTestVhost, freePort, localServers, testSecrets } from '@pao/testing';
import { DEMO_SCHOOL_ACCOUNTS, DEMO_WACHTWOORD, demoSchoolId } from '../apps/gateway/src/auth/demo-accounts';
import { gatewayService } from '../apps/gateway/src/gateway.service-definition';
import { schoolId as overdrachtSchoolId } from '../apps/overdracht/src/demo/scholen';
import { seedRegister, schoolVan } from '../apps/toeleiding/src/demo/register';
import { testBsn } from '../apps/toeleiding/src/domain';
import { datumInAmsterdam } from '@pao/zaak/domein';
import { migrateAll } from '../scripts/migrate';
import { seedAll } from '../scripts/seed';
import { definitionOf } from '../scripts/services';

/**
 * Issue 6: every service endpoint reachable through the gateway rejects a request
 * without a session (401) and a request for another SWV's data (404). The endpoints are
 * read from each service's own OpenAPI document and the services from the registry, so a
 * new endpoint or service is covered without touching this test; an endpoint whose kind
 * this test does not know makes it fail.
 */
const poRollen = ['consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder', 'school'];

/**
 * Writes without a path parameter act on the caller's own SWV by construction; each has
 * its own check below that a PO caller cannot touch VO data with it.
 */
const ownSwvWrites = [
  'POST /toeleiding/aanvragen',
  'POST /toeleiding/aanvragen/zoeken',
  'POST /toeleiding/bulk/einddatum-wijzigen',
  'POST /toeleiding/tellingen',
  'POST /thuiszitters/meldingen',
  'POST /thuiszitters/vrijstellingen',
  'POST /thuiszitters/vergaderingen',
  'POST /oja/arrangementen',
  'POST /oja/arrangementen/collectief',
  'POST /oja/kwartaalrapportages',
  'POST /overdracht/cohorten',
  'POST /notificaties/abonnementen',
];

/** A valid body where an endpoint checks its body's shape before it looks the object up. */
const vandaag = () => datumInAmsterdam(new Date());
const bodies: Record<string, () => object> = {
  '/aanvragen/{id}/behandelaar': () => ({ kaart: null }),
  '/aanvragen/{id}/besluitbrief': () => ({ verzenddatum: vandaag() }),
  '/aanvragen/{id}/besluitbrief/verzenden': () => ({ verzenddatum: vandaag() }),
};

interface Operation { service: string; method: string; path: string; requiredQuery: string[] }

interface OpenApiOperation { parameters?: Array<{ name: string; in: string; required?: boolean; schema?: { format?: string; pattern?: string } }> }

jest.setTimeout(240_000);

const requiredQuery = (spec: OpenApiOperation) => (spec.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => p.name);

describe('gateway: every service endpoint, no session → 401, other SWV → 404', () => {
  let db: TestDatabase;
  let vhost: TestVhost;
  let sql: DataSource;
  const apps: INestApplication[] = [];
  let gateway: INestApplication;
  const operations: Operation[] = [];
  const voIds: string[] = [];
  let voAanvraagId: string;
  let voDocumentId: string;
  let voCasusId: string;
  let voVergaderingId: string;
  let voArrangementId: string;
  let voAbonnementId: string;
  const sessions: Record<string, { cookie: string; csrf: string }> = {};

  const http = () => request(gateway.getHttpServer());

  async function inloggen(gebruikersnaam: string) {
    const res = await http().post('/api/sessie').send({ gebruikersnaam, wachtwoord: DEMO_WACHTWOORD }).expect(201);
    return { cookie: (res.headers['set-cookie'] as unknown as string[])[0].split(';')[0], csrf: res.body.csrfToken as string };
  }

  function call(op: Pick<Operation, 'service' | 'method'>, path: string, session?: { cookie: string; csrf: string }, body: object = {}) {
    const url = `/api/${op.service}${path}`;
    const req = op.method === 'get' ? http().get(url) : op.method === 'post' ? http().post(url).send(body) : op.method === 'put' ? http().put(url).send(body) : op.method === 'patch' ? http().patch(url).send(body) : http().delete(url);
    return session ? req.set('cookie', session.cookie).set('x-csrf-token', session.csrf) : req;
  }

  beforeAll(async () => {
    db = await createTestDatabase('isolation');
    vhost = await createTestVhost('isolation');
    await migrateAll(db.url);
    await seedAll(db.url, `test-isolation-${process.pid}`, testSecrets);
    sql = new DataSource({ type: 'postgres', url: db.url });
    await sql.initialize();
    await seedRegister(sql.manager);

    const base: BaseConfig & typeof testSecrets = {
      NODE_ENV: 'test', HTTP_HOST: '127.0.0.1', HTTP_PORT: 0, DATABASE_URL: db.url, REDIS_URL: localServers.redisUrl, AMQP_URL: vhost.url,
      REDIS_PREFIX: `test-isolation-${process.pid}`, LOG_LEVEL: 'silent', SHUTDOWN_GRACE_MS: 5000, ...testSecrets,
    };
    const urls: Record<string, string> = {};
    for (const service of forwardedServices()) {
      const port = await freePort();
      const app = await createServiceApp(definitionOf(service), { ...base, HTTP_PORT: port });
      await app.listen(port, '127.0.0.1');
      apps.push(app);
      urls[service.name] = `http://127.0.0.1:${port}`;
      const doc = (await (await fetch(`${urls[service.name]}/openapi.json`)).json()) as { paths: Record<string, Record<string, OpenApiOperation>> };
      for (const [path, methods] of Object.entries(doc.paths)) {
        for (const [method, spec] of Object.entries(methods)) operations.push({ service: service.gatewayPrefix, method, path, requiredQuery: requiredQuery(spec) });
      }
    }
    gateway = await createServiceApp(gatewayService, {
      ...base, ...serviceUrlSettings((s) => urls[s.name]),
      SESSION_IDLE_MINUTES: 30, SESSION_ABSOLUTE_HOURS: 10, LOGIN_FREE_FAILURES: 100, LOGIN_MAX_DELAY_SECONDS: 60, UPSTREAM_TIMEOUT_MS: 10_000, COOKIE_SECURE: false, AUTH_MODE: 'local',
    });
    await gateway.init();
    for (const rol of poRollen) sessions[rol] = await inloggen(`${rol}.po`);

    // A VO case and the VO register: the data a PO account must never reach.
    const consulentVo = await inloggen('consulent.vo');
    const school = schoolVan('VO', '01FP00');
    const created = await http().post('/api/toeleiding/aanvragen').set('cookie', consulentVo.cookie).set('x-csrf-token', consulentVo.csrf)
      .send({ leerling: { bsn: testBsn(4242) }, aanvrager: school, dossier: {
        gevraagdeSoort: 'VSO-midden', ondersteuningsbehoefte: 'Geprobeerd: arrangement in de klas; nodig: kleine groep.', oppRef: 'opp-1', tloVerslagRef: 'tlo-1',
      } });
    expect(created.status).toBe(201);
    voAanvraagId = created.body.id;
    const ingediend = await http().post(`/api/toeleiding/aanvragen/${voAanvraagId}/acties/indienen`).set('cookie', consulentVo.cookie).set('x-csrf-token', consulentVo.csrf)
      .set('x-correlation-id', 'isolation-indienen-1').send({});
    expect({ status: ingediend.status, body: ingediend.text }).toMatchObject({ status: 200 });
    // The correlation id of the request travels gateway → service → the events it causes.
    const outbox = await sql.query(`SELECT payload->>'correlationid' AS c FROM toeleiding.outbox WHERE payload->>'subject' = $1 AND type LIKE '%aanvraag-ingediend%'`, [voAanvraagId]);
    expect(outbox.map((r: { c: string }) => r.c)).toEqual(['isolation-indienen-1']);
    const opp = await http().post(`/api/toeleiding/aanvragen/${voAanvraagId}/documenten?onderdeel=aanvraag&soort=overig`).set('cookie', consulentVo.cookie).set('x-csrf-token', consulentVo.csrf)
      .set('content-type', 'application/pdf').send(Buffer.from('%PDF-1.7\n%%EOF\n'));
    expect(opp.status).toBe(201);
    voDocumentId = opp.body.id;
    // A VO thuiszitter casus (escalated to the VO Actietafel) and a VO meeting.
    const melding = await http().post('/api/thuiszitters/meldingen').set('cookie', consulentVo.cookie).set('x-csrf-token', consulentVo.csrf).send({
      leerling: { bsn: testBsn(4244) }, soort: 'langdurig-relatief-verzuim', melder: { soort: 'school' }, schoolId: school.schoolId,
      thuisSinds: datumInAmsterdam(new Date(Date.now() - 60 * 86_400_000)), betrokkenheid: { ouders: 'betrokken', leerling: 'betrokken' },
    });
    expect({ status: melding.status, body: melding.text }).toMatchObject({ status: 201 });
    voCasusId = melding.body.id;
    const naarTafel = await http().post(`/api/thuiszitters/casussen/${voCasusId}/acties/escaleren`).set('cookie', consulentVo.cookie).set('x-csrf-token', consulentVo.csrf).send({ toelichting: 'naar de Actietafel' });
    expect(naarTafel.status).toBe(200);
    const vergadering = await http().post('/api/thuiszitters/vergaderingen').set('cookie', consulentVo.cookie).set('x-csrf-token', consulentVo.csrf).send({ datum: datumInAmsterdam(new Date(Date.now() + 30 * 86_400_000)) });
    expect(vergadering.status).toBe(201);
    voVergaderingId = vergadering.body.id;
    const rows: Array<{ id: string }> = await sql.query(
      // Not the schools: they are public register data with one id in every service (ADR 0034),
      // and overdracht lists every school to every SWV (a PO pupil moves to a VO school). That
      // toeleiding's and thuiszitters' registers keep to the SWV is checked on its own below.
      `SELECT id::text FROM toeleiding.aanvraag WHERE swv = 'VO'
       UNION SELECT id::text FROM oja.arrangement WHERE swv = 'VO' UNION SELECT id::text FROM oja.kwartaalrapportage WHERE swv = 'VO'
       UNION SELECT id::text FROM thuiszitters.casus WHERE swv = 'VO' UNION SELECT id::text FROM thuiszitters.vergadering WHERE swv = 'VO'
       UNION SELECT id::text FROM notificaties.abonnement WHERE swv = 'VO'`,
    );
    voIds.push(...rows.map((r) => r.id));
    voArrangementId = (await sql.query(`SELECT id::text FROM oja.arrangement WHERE swv = 'VO' AND status = 'lopend' LIMIT 1`))[0].id;
    // The demo subscription of gemeente Almere in VO (the seed's).
    voAbonnementId = (await sql.query(`SELECT id::text FROM notificaties.abonnement WHERE swv = 'VO' LIMIT 1`))[0].id;
  });

  afterAll(async () => {
    await gateway?.close();
    for (const app of apps) await app.close();
    await sql?.destroy();
    await db?.drop();
    await vhost?.delete();
  });

  /** Path and required query parameters filled with VO objects (and valid dates), per service and path. */
  const valueFor = (name: string, op?: Pick<Operation, 'service' | 'path'>): string => {
    if (/datum|^van$|^tot$/.test(name)) return datumInAmsterdam(new Date());
    if (name === 'jaar') return new Date().toISOString().slice(0, 4);
    if (name === 'kwartaal') return '1';
    const service = op?.service ?? 'toeleiding';
    const vergadering = service === 'thuiszitters' && op!.path.startsWith('/vergaderingen');
    const values: Record<string, string> =
      service === 'oja'
        ? { id: voArrangementId, objectId: voArrangementId, commando: 'evalueren', betaler: 'swv-vo-onderwijs', budgetperiode: new Date().toISOString().slice(0, 4) }
        : service === 'thuiszitters'
          ? { id: vergadering ? voVergaderingId : voCasusId, objectId: voCasusId, commando: vergadering ? 'vergaderingAnnuleren' : 'escaleren' }
          : service === 'notificaties'
            ? { id: voAbonnementId }
          : { id: voAanvraagId, objectId: voAanvraagId, commando: 'indienen', documentId: voDocumentId, onderdeel: 'aanvraag', soort: 'overig' };
    if (!(name in values)) throw new Error(`no value of the other SWV for parameter ${name}: add one to this test`);
    return values[name];
  };
  const concretePath = (op: Operation) => {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => valueFor(name, op));
    return op.requiredQuery.length ? `${path}?${op.requiredQuery.map((n) => `${n}=${valueFor(n, op)}`).join('&')}` : path;
  };
  /** Names one object (of the other SWV): path parameters or an object id in the query. */
  const namesAnObject = (op: Operation) => op.path.includes('{') || op.requiredQuery.some((n) => !/datum|^van$|^tot$|^jaar$|^kwartaal$/.test(n));

  it('finds the service endpoints in the OpenAPI documents', () => {
    expect(operations.length).toBeGreaterThan(5);
    expect(operations).toContainEqual(expect.objectContaining({ service: 'toeleiding', method: 'get', path: '/aanvragen/{id}' }));
  });

  it('rejects every endpoint without a session with 401 problem+json', async () => {
    for (const op of operations) {
      const res = await call(op, concretePath(op));
      expect({ op, status: res.status }).toEqual({ op, status: 401 });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('answers 404 (or 403 for a role that may not call it at all) for another SWV\'s object, for every PO role', async () => {
    for (const op of operations.filter(namesAnObject)) {
      const statuses: number[] = [];
      for (const rol of poRollen) statuses.push((await call(op, concretePath(op), sessions[rol], bodies[op.path]?.())).status);
      expect({ op, statuses: statuses.filter((s) => s !== 403 && s !== 404) }).toEqual({ op, statuses: [] });
      expect({ op, someRoleReachedTheLookup: statuses.includes(404) }).toEqual({ op, someRoleReachedTheLookup: true });
    }
    // Control: the same case is there for its own SWV, so the 404 above is the SWV boundary.
    const own = await inloggen('consulent.vo');
    const read = await http().get(`/api/toeleiding/aanvragen/${voAanvraagId}`).set('cookie', own.cookie).expect(200);
    // The gateway passes the version for optimistic concurrency both ways.
    expect(read.headers.etag).toMatch(/^"\d+"$/);
    const stale = await http().post(`/api/toeleiding/aanvragen/${voAanvraagId}/acties/intrekken`).set('cookie', own.cookie).set('x-csrf-token', own.csrf)
      .set('if-match', '"999"').send({});
    expect(stale.status).toBe(409);
  });

  it('never lists another SWV\'s objects in a collection, for any PO role', async () => {
    for (const op of operations.filter((o) => o.method === 'get' && !namesAnObject(o))) {
      for (const rol of poRollen) {
        const res = await call(op, concretePath(op), sessions[rol]);
        expect({ op, rol, status: [200, 403].includes(res.status) ? 'ok' : res.text }).toEqual({ op, rol, status: 'ok' });
        const leaked = voIds.filter((id) => res.text.includes(id));
        expect({ op, rol, leaked }).toEqual({ op, rol, leaked: [] });
      }
    }
  });

  it('the per-SWV school registers of toeleiding and thuiszitters list only the SWV\'s own schools', async () => {
    const vo: Array<{ id: string }> = await sql.query(`SELECT id::text FROM toeleiding.school WHERE swv = 'VO' UNION SELECT id::text FROM thuiszitters.school WHERE swv = 'VO'`);
    expect(vo.length).toBeGreaterThan(0);
    for (const service of ['toeleiding', 'thuiszitters']) {
      const res = await call({ service, method: 'get' }, '/scholen', sessions.consulent);
      expect({ service, status: res.status }).toEqual({ service, status: 200 });
      expect({ service, leaked: vo.filter((r) => res.text.includes(r.id)).length }).toEqual({ service, leaked: 0 });
    }
  });

  it("a school account works on its own pupils and gets 404 for another school's case, on every endpoint", async () => {
    // The demo school accounts are bound to schools of the toeleiding register.
    for (const [swv, accounts] of Object.entries(DEMO_SCHOOL_ACCOUNTS)) {
      for (const a of accounts) expect(demoSchoolId(swv, a.brin)).toBe(schoolVan(swv, a.brin).schoolId);
    }
    const eigen = await inloggen('school.vo'); // Baken Stad, the school of the VO case
    const ander = await inloggen('school2.vo'); // Nautilus College, same SWV
    expect((await http().get(`/api/toeleiding/aanvragen/${voAanvraagId}`).set('cookie', eigen.cookie).expect(200)).body.id).toBe(voAanvraagId);

    const before = await sql.query(`SELECT id, versie FROM toeleiding.aanvraag WHERE swv = 'VO' ORDER BY id`);
    for (const op of operations.filter(namesAnObject)) {
      const status = (await call(op, concretePath(op), ander)).status;
      expect({ op, status: [403, 404].includes(status) ? 'refused' : status }).toEqual({ op, status: 'refused' });
      if (op.service !== 'toeleiding' || !op.path.startsWith('/aanvragen/')) continue;
      // A case of another school is 404; a 403 only where the role may not use the endpoint at all,
      // which its own school's case shows too (so it reveals nothing about the case).
      if (status === 403) expect({ op, eigen: (await call(op, concretePath(op), eigen)).status }).toEqual({ op, eigen: 403 });
      else expect({ op, status }).toEqual({ op, status: 404 });
    }
    // Lists: never another school's case, nor data of other services.
    for (const op of operations.filter((o) => o.method === 'get' && !namesAnObject(o))) {
      const res = await call(op, concretePath(op), ander);
      expect({ op, status: [200, 403].includes(res.status) ? 'ok' : res.text }).toEqual({ op, status: 'ok' });
      expect({ op, leaked: res.text.includes(voAanvraagId) }).toEqual({ op, leaked: false });
    }
    expect(await sql.query(`SELECT id, versie FROM toeleiding.aanvraag WHERE swv = 'VO' ORDER BY id`)).toEqual(before);
    // Search reaches the whole SWV: closed to a school (its werkvoorraad is its search).
    expect((await call({ service: 'toeleiding', method: 'post' }, '/aanvragen/zoeken', ander, { q: 'Baken' })).status).toBe(403);

    // Its own pupil: create, submit, see the status and next step.
    const nautilus = schoolVan('VO', '23HU00');
    const eigenAanvraag = await call({ service: 'toeleiding', method: 'post' }, '/aanvragen', ander, {
      leerling: { bsn: testBsn(4545) }, aanvrager: nautilus,
      dossier: { gevraagdeSoort: 'VSO-laag', ondersteuningsbehoefte: 'Geprobeerd: aanpassingen; nodig: VSO.', oppRef: 'opp-2', tloVerslagRef: 'tlo-2' },
    });
    expect(eigenAanvraag.status).toBe(201);
    const ingediend = await call({ service: 'toeleiding', method: 'post' }, `/aanvragen/${eigenAanvraag.body.id}/acties/indienen`, ander, {});
    expect({ status: ingediend.status, stap: ingediend.body.volgendeStap }).toMatchObject({ status: 200, stap: { wie: 'consulent' } });
    const lijst = await call({ service: 'toeleiding', method: 'get' }, '/aanvragen', ander);
    expect(lijst.body.items.map((i: { id: string }) => i.id)).toContain(eigenAanvraag.body.id);
    expect(lijst.body.items.filter((i: { school: { id: string } }) => i.school.id !== nautilus.schoolId)).toEqual([]);
    // Not for another school's pupil: the aanvrager is its own school.
    const vreemd = await call({ service: 'toeleiding', method: 'post' }, '/aanvragen', ander, {
      leerling: { bsn: testBsn(4646) }, aanvrager: schoolVan('VO', '01FP00'), dossier: {},
    });
    expect(vreemd.status).toBe(403);
  });

  it('knows every write without a path parameter, and none reaches VO data', async () => {
    const writes = operations.filter((o) => o.method !== 'get' && !namesAnObject(o)).map((o) => `${o.method.toUpperCase()} /${o.service}${o.path}`);
    expect(writes.sort()).toEqual([...ownSwvWrites].sort());

    const voData = async () => ({
      aanvragen: await sql.query(`SELECT id, versie, state FROM toeleiding.aanvraag WHERE swv = 'VO' ORDER BY id`),
      tellingen: await sql.query(`SELECT * FROM toeleiding.telling WHERE swv = 'VO' ORDER BY id`),
      arrangementen: await sql.query(`SELECT id, versie FROM oja.arrangement WHERE swv = 'VO' ORDER BY id`),
      rapportages: await sql.query(`SELECT id FROM oja.kwartaalrapportage WHERE swv = 'VO' ORDER BY id`),
      budgetten: await sql.query(`SELECT * FROM oja.budget WHERE swv = 'VO' ORDER BY betaler, budgetperiode`),
      cohorten: await sql.query(`SELECT * FROM overdracht.cohort WHERE swv = 'VO' ORDER BY id`),
      abonnementen: await sql.query(`SELECT * FROM notificaties.abonnement WHERE swv = 'VO' ORDER BY id`),
    });
    const before = await voData();
    // A PO consulent cannot file a case at a VO school.
    const atVoSchool = await call({ service: 'toeleiding', method: 'post' }, '/aanvragen', sessions.consulent, {
      leerling: { bsn: testBsn(4343) }, aanvrager: schoolVan('VO', '01FP00'), dossier: {},
    });
    expect([400, 404]).toContain(atVoSchool.status);
    // Nor report a thuiszitter at a VO school, nor plan a meeting of the VO table.
    const meldingAtVoSchool = await call({ service: 'thuiszitters', method: 'post' }, '/meldingen', sessions.consulent, {
      leerling: { bsn: testBsn(4345) }, soort: 'dreigend', melder: { soort: 'school' }, schoolId: schoolVan('VO', '01FP00').schoolId, betrokkenheid: { ouders: 'betrokken', leerling: 'betrokken' },
    });
    expect(meldingAtVoSchool.status).toBe(400);
    expect(meldingAtVoSchool.body.errors).toEqual([expect.objectContaining({ field: 'schoolId' })]);
    const thuiszittersVo = () => sql.query(`SELECT id, versie FROM thuiszitters.casus WHERE swv = 'VO' UNION ALL SELECT id, versie FROM thuiszitters.vergadering WHERE swv = 'VO' ORDER BY id`);
    const thuiszittersVoor = await thuiszittersVo();
    await call({ service: 'thuiszitters', method: 'post' }, '/vrijstellingen', sessions.consulent, { leerling: { bsn: testBsn(4346) }, grond: 'art-5-onder-a', ingangsdatum: '2025-01-06' });
    await call({ service: 'thuiszitters', method: 'post' }, '/vergaderingen', sessions.actietafel, { datum: datumInAmsterdam(new Date(Date.now() + 31 * 86_400_000)) });
    expect(await thuiszittersVo()).toEqual(thuiszittersVoor);
    // Bulk and telling act on the caller's SWV only.
    await call({ service: 'toeleiding', method: 'post' }, '/bulk/einddatum-wijzigen', sessions.teamleider, {
      huidigeEinddatum: '2027-07-31', nieuweEinddatum: '2028-07-31', motivering: 'Verlenging voor alle TLVs van dit SWV',
    });
    await call({ service: 'toeleiding', method: 'post' }, '/tellingen', sessions.teamleider, {});
    // OJA: a PO aanvraag, a PO collective and a PO report stay in PO.
    await call({ service: 'oja', method: 'post' }, '/arrangementen', sessions.consulent, {
      leerling: { bsn: testBsn(4444) }, gemeente: 'GM0034', typeCode: 'so-oja', doelen: ['Naar school'], plan: 'Plan', jeugdhulpaanbieder: 'Aanbieder',
      gevraagdePeriode: { van: '2027-01-04', tot: '2027-07-16' },
    });
    await call({ service: 'oja', method: 'post' }, '/arrangementen/collectief', sessions.teamleider, {
      typeCode: 'opdc-groep', gemeente: 'GM0034', periode: { van: '2027-08-01', tot: '2028-07-31' }, kostenCent: 100, referentie: { soort: 'beschikking', kenmerk: 'X-1' },
    });
    await call({ service: 'oja', method: 'post' }, '/kwartaalrapportages', sessions.teamleider, { datum: '2026-10-15' });
    // Overdracht: a PO consulent cannot open a cohort of a VO school.
    const voCohort = await call({ service: 'overdracht', method: 'post' }, '/cohorten', sessions.consulent, { schooljaar: '2025-2026', verzendendeSchoolId: overdrachtSchoolId('01FP00') });
    expect(voCohort.status).toBe(400);
    // Notificaties: a PO partner subscribing (even naming a gemeente) gets a PO subscription or a 400, never a VO one.
    const abonnement = await call({ service: 'notificaties', method: 'post' }, '/abonnementen', sessions.gemeente, {
      callbackUrl: 'https://jeugdhulp.almere.example/notificaties', kanalen: [{ naam: 'toeleiding' }], gemeenten: ['GM0034'],
    });
    expect([201, 400]).toContain(abonnement.status);
    expect(await voData()).toEqual(before);
    // Search finds nothing of VO for any PO role: not its pupil's BSN, not its kenmerk.
    const kenmerk = (await sql.query(`SELECT kenmerk FROM toeleiding.aanvraag WHERE id = $1`, [voAanvraagId]))[0].kenmerk;
    for (const rol of poRollen) {
      for (const q of [testBsn(4242), kenmerk, kenmerk.replace('-VO-', '-PO-')]) {
        const res = await call({ service: 'toeleiding', method: 'post' }, '/aanvragen/zoeken', sessions[rol], { q });
        expect({ rol, status: res.status, leaked: voIds.filter((id) => res.text.includes(id)) }).toEqual({ rol, status: res.status === 403 ? 403 : 200, leaked: [] });
        if (res.status === 200) expect(res.body.items).toEqual([]);
      }
    }
  });
});
