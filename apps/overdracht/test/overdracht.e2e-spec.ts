// The overdracht service over HTTP against the real servers: cohort import with every
// kind of bad input, rejections and the Steunpunt, the VO→MBO right to admission, nazorg
// ending in leerling-niet-gestart, toeleiding's events, and tenant isolation.
import { createEvent } from '@pao/contracts';
import { assertEventExchange, EVENTS_EXCHANGE } from '@pao/messaging';
import { waitFor } from '@pao/testing';
import { testBsn } from '@pao/zaak';
import * as amqp from 'amqplib';
import { randomUUID } from 'node:crypto';
import { als, http, SCHOOL, startOmgeving, type Omgeving } from './support';

jest.setTimeout(120_000);

const csv = (kop: string, rijen: string[]) => [kop, ...rijen].join('\r\n') + '\r\n';
const aantal = async (o: Omgeving, sql: string, params: unknown[] = []) => Number((await o.sql.query(sql, params))[0].n);

describe('overdracht over HTTP (real PostgreSQL, Redis, RabbitMQ)', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;
  const zet = (iso: string) => o.klok.set(new Date(`${iso}T09:00:00Z`));

  beforeAll(async () => {
    o = await startOmgeving('overdracht_e2e', new Date('2026-01-12T09:00:00Z'));
    h = http(o.app);
  });

  afterAll(async () => {
    await o?.stop();
  });

  describe('cohort import', () => {
    it('imports 27 of 30 pupils and reports the 3 bad rows by row and field; the same file again adds nothing', async () => {
      zet('2026-01-12');
      const cohort = await h.cohort('2025-2026', SCHOOL.zonnewijzer);
      const rijen = Array.from({ length: 30 }, (_, i) => `${testBsn(100 + i)};Leerling ${i};;havo;${i % 5 === 0 ? 'ja' : 'nee'};${i % 7 === 0 ? 'tlv-pro' : ''}`);
      rijen[4] = `123456789;Fout nummer;;havo;nee;`;
      rijen[11] = `${testBsn(111)};Fout advies;;superslim;nee;`;
      rijen[20] = `${testBsn(120)};Fout route;vo-mbo;havo;nee;`;
      const bestand = csv('leerlingnummer;naam;route;definitief advies;kwetsbaar;voorzieningen', rijen);

      const controle = await h.importeer(cohort, bestand, 'consulentPo', true);
      expect(controle.status).toBe(200);
      expect(controle.body).toMatchObject({ rijen: 30, geimporteerd: 27, controle: true });
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.overdracht WHERE cohort_id = $1`, [cohort])).toBe(0);

      const res = await h.importeer(cohort, bestand);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        rijen: 30,
        geimporteerd: 27,
        controle: false,
        genegeerdeKolommen: ['naam'],
        geweigerd: [
          { rij: 6, veld: 'leerlingnummer', melding: 'geen geldig BSN of onderwijsnummer (elfproef)' },
          { rij: 13, veld: 'definitiefAdvies', melding: expect.stringContaining('onbekend advies') },
          { rij: 22, veld: 'route', melding: expect.stringContaining('past niet bij deze school') },
        ],
      });
      expect(res.text).not.toMatch(/123456789|superslim|Leerling/);
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.overdracht WHERE cohort_id = $1`, [cohort])).toBe(27);
      // Names in the file are never stored.
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.overdracht WHERE state::text LIKE '%Leerling %'`)).toBe(0);
      // Each case declares its transfer calendar; the engine holds one deadline per shared date, not one per pupil.
      const sleutels: Array<{ k: string }> = await o.sql.query(`SELECT DISTINCT unnest(termijn_sleutels) AS k FROM overdracht.overdracht WHERE cohort_id = $1`, [cohort]);
      expect(sleutels.map((r) => r.k.split('.')[1]).sort()).toEqual(['aanmelding', 'overstapdossier-gereed', 'plaatsingsbevestiging', 'startcontrole']);
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.deadline WHERE state = 'armed' AND subject_id = ANY($1)`, [sleutels.map((r) => r.k)])).toBe(4);

      const bord = await h.agent().get(`/cohorten/${cohort}`).set(als('consulentPo')).expect(200);
      expect(bord.body).toMatchObject({ totaal: 27, zonderSchool: 27, volgendeDatum: '2026-03-31', verzendendeSchool: { naam: 'OBS De Zonnewijzer' } });

      const nogEens = await h.importeer(cohort, bestand);
      expect(nogEens.body.geimporteerd).toBe(0);
      expect(nogEens.body.geweigerd.filter((f: { melding: string }) => f.melding === 'staat al in dit cohort')).toHaveLength(27);
    });

    it('refuses a file it cannot read as a whole with a clear report and imports nothing (never a 500)', async () => {
      const cohort = await h.cohort('2025-2026', SCHOOL.wissel);
      const ansi = Buffer.concat([Buffer.from(`leerlingnummer;naam\r\n${testBsn(300)};J`), Buffer.from([0xeb]), Buffer.from('rn\r\n')]);
      const gevallen: Array<[string, Buffer | string, number, string, RegExp]> = [
        ['wrong encoding', ansi, 400, 'bestand', /geen UTF-8/],
        ['missing column', csv('naam;advies', ['Jan;havo']), 400, 'kolommen', /kolom ontbreekt: leerlingnummer/],
        ['100,000 rows', csv('leerlingnummer', Array.from({ length: 100_000 }, (_, i) => testBsn(i))), 400, 'bestand', /meer dan 10\.000/],
        ['only a header', 'leerlingnummer\r\n', 400, 'bestand', /alleen een kopregel/],
        ['an Excel file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 400, 'bestand', /Excel/],
      ];
      for (const [wat, bestand, status, veld, melding] of gevallen) {
        const res = await h.importeer(cohort, bestand);
        expect({ wat, status: res.status }).toEqual({ wat, status });
        expect(res.headers['content-type']).toMatch(/problem\+json/);
        expect({ wat, errors: res.body.errors }).toEqual({ wat, errors: [{ field: veld, message: expect.stringMatching(melding) }] });
      }
      expect((await h.agent().post(`/cohorten/${cohort}/import`).set(als('consulentPo')).send({ csv: 'x' })).status).toBe(415);
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.overdracht WHERE cohort_id = $1`, [cohort])).toBe(0);
    });

    it('refuses every row of a pupil listed twice and imports the others', async () => {
      const cohort = await h.cohort('2025-2026', SCHOOL.anker);
      const res = await h.importeer(cohort, csv('bsn,route', [`${testBsn(400)},so-vo`, `${testBsn(401)},so-vo`, `${testBsn(400)},so-vo`]));
      expect(res.body).toMatchObject({
        geimporteerd: 1,
        geweigerd: [
          { rij: 2, veld: 'leerlingnummer', melding: 'dezelfde leerling staat ook in rij 4' },
          { rij: 4, veld: 'leerlingnummer', melding: 'dezelfde leerling staat ook in rij 2' },
        ],
      });
    });
  });

  describe('aanmeldingen and the Steunpunt', () => {
    it('flags a pupil rejected twice and holds the third rejection for the Steunpunt', async () => {
      zet('2026-03-26');
      const cohort = await h.cohort('2025-2026', SCHOOL.zonnewijzer);
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(500), definitiefAdvies: 'vmbo-k', voorzieningen: ['lwoo'], kwetsbaar: true });
      const afwijzen = async (schoolId: string) => {
        const zaak = await h.ok(id, 'aanmelden', { schoolId });
        const open = zaak.aanmeldingen.find((a: { uitkomst: string }) => a.uitkomst === 'open');
        return h.ok(id, 'afwijzen', { aanmeldingId: open.id, reden: 'ondersteuning-niet-te-bieden' });
      };
      await afwijzen(SCHOOL.bakenStad);
      const tweede = await afwijzen(SCHOOL.bakenPark);
      expect(tweede.signalen).toContainEqual({ soort: 'twee-keer-afgewezen' });
      const lijst = await h.agent().get(`/overdrachten?signaal=twee-keer-afgewezen&cohortId=${cohort}`).set(als('consulentPo')).expect(200);
      expect(lijst.body.items.map((r: { id: string }) => r.id)).toEqual([id]);

      const derde = await afwijzen(SCHOOL.echnaton);
      expect(derde).toMatchObject({ status: 'steunpunt', afwijzingen: 2, acties: expect.arrayContaining(['steunpuntBesluiten']) });
      expect(derde.plaatsing).toBeUndefined();
      const geplaatst = await h.actie(id, 'plaatsen', { aanmeldingId: derde.voorgelegd.aanmeldingId });
      expect(geplaatst.status).toBe(409);
      expect(geplaatst.body).toMatchObject({ huidigeStatus: 'steunpunt', commando: 'plaatsen' });
      const besluit = await h.ok(id, 'steunpuntBesluiten', { uitkomst: 'afwijzing-bevestigd', motivering: 'Steunpunt zoekt samen met ouders een passende plek' }, 'teamleiderPo');
      expect(besluit).toMatchObject({ status: 'aanmelding', regie: 'steunpunt', afwijzingen: 3 });
      expect(besluit.tijdlijn.map((t: { actie: string }) => t.actie)).toEqual(['leerlingToevoegen', 'aanmelden', 'afwijzen', 'aanmelden', 'afwijzen', 'aanmelden', 'afwijzen', 'steunpuntBesluiten']);
    });

    it('refuses bad command input naming the field, and a client cannot pass what the service fills in', async () => {
      const cohort = await h.cohort('2025-2026', SCHOOL.zonnewijzer);
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(501) });
      const onbekend = await h.actie(id, 'aanmelden', { schoolId: randomUUID() });
      expect(onbekend.status).toBe(400);
      expect(onbekend.body.errors).toEqual([{ field: 'schoolId', message: 'onbekende school' }]);
      const mbo = await h.actie(id, 'aanmelden', { schoolId: SCHOOL.rocFlevoland });
      expect(mbo.body.errors).toEqual([{ field: 'schoolId', message: 'deze school past niet bij de overstap' }]);
      const vals = await h.actie(id, 'aanmelden', { schoolId: SCHOOL.bakenStad, schoolSoort: 'vo' });
      expect(vals.status).toBe(400);
      expect((await h.actie(id, 'termijnVerstreken')).status).toBe(404);
      expect((await h.actie(id, 'adviesBijstellen', { niveau: 'havo', toetsniveau: 'vwo' })).status).toBe(409);
    });
  });

  describe('VO→MBO: the right to admission', () => {
    it('warns on 25 March without an aanmelding, and on 2 April the case shows the right was missed', async () => {
      zet('2026-03-02');
      const cohort = await h.cohort('2025-2026', SCHOOL.meergronden, 'consulentVo');
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(600), route: 'vo-mbo' }, 'consulentVo');
      const gemaakt = (await h.lees(id, 'consulentVo')).body;
      expect(gemaakt.termijnen).toContainEqual({ soort: 'aanmelding-mbo', vervaltOp: '2026-04-01', regelVersie: 'pao-regels-2026.1/mbo-aanmelding.1-april' });
      expect(gemaakt.signalen).toEqual([]);

      o.klok.set(new Date('2026-03-25T07:00:00+01:00'));
      await o.termijnenNu();
      const waarschuwing = await waitFor(
        () => o.events.ontvangen.find((e) => e.type === 'nl.passend-onderwijs.overdracht.termijn-waarschuwing.v1' && e.subject === id && e.data.soort === 'aanmelding-mbo'),
        { timeoutMs: 20_000, what: 'the warning on the bus' },
      );
      expect(waarschuwing.data).toMatchObject({ vervaltOp: '2026-04-01', onderwerpId: id });
      expect((await h.lees(id, 'consulentVo')).body.signalen).toContainEqual({ soort: 'waarschuwing', termijn: 'aanmelding-mbo', vervaltOp: '2026-04-01' });
      const bord = await h.agent().get(`/cohorten/${cohort}`).set(als('consulentVo')).expect(200);
      expect(bord.body.waarschuwing).toBe(1);

      o.klok.set(new Date('2026-04-02T07:00:00+02:00'));
      await o.termijnenNu();
      const na = await waitFor(async () => {
        const z = (await h.lees(id, 'consulentVo')).body;
        return z.toelatingsrecht === 'gemist' && z;
      }, { timeoutMs: 20_000, what: 'toelatingsrecht gemist' });
      expect(na).toMatchObject({ regie: 'steunpunt', signalen: expect.arrayContaining([{ soort: 'toelatingsrecht-gemist' }, { soort: 'regie-steunpunt' }]) });
      expect(na.tijdlijn.at(-1)).toMatchObject({ actie: 'termijnVerstreken', rol: 'systeem' });
      // An aanmelding dated 1 April, recorded late, still gives the right (the fact counts).
      const laat = await h.ok(id, 'aanmelden', { schoolId: SCHOOL.rocFlevoland, datum: '2026-04-01' }, 'consulentVo');
      expect(laat.toelatingsrecht).toBe('verworven');
    });
  });

  describe('nazorg', () => {
    it('passes the check date without confirmation: leerling-niet-gestart on the bus exactly once, no BSN or name', async () => {
      zet('2026-03-02');
      const cohort = await h.cohort('2025-2026', SCHOOL.wissel);
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(700), definitiefAdvies: 'pro', voorzieningen: ['tlv-pro'], gemeente: 'GM0034' });
      // A classmate never gets a school: niet gestart too, without a receiving school.
      const nooit = await h.leerling(cohort, { leerlingnummer: testBsn(750), definitiefAdvies: 'havo', gemeente: 'GM0034' });
      let zaak = await h.ok(id, 'aanmelden', { schoolId: SCHOOL.proBachweg, datum: '2026-03-02' });
      zaak = await h.ok(id, 'plaatsen', { aanmeldingId: zaak.aanmeldingen[0].id, datum: '2026-03-02' });
      expect(zaak).toMatchObject({ status: 'geplaatst', controledatum: '2026-09-14', plaatsing: { startdatum: '2026-08-17', schoolNaam: 'Pro Bachweg' } });
      // A VO→MBO pupil of the VO SWV placed at an MBO institution, who will not start either.
      const mboCohort = await h.cohort('2025-2026', SCHOOL.meergronden, 'consulentVo');
      const naarMbo = await h.leerling(mboCohort, { leerlingnummer: testBsn(760), route: 'vo-mbo', gemeente: 'GM0034' }, 'consulentVo');
      let mbo = await h.ok(naarMbo, 'aanmelden', { schoolId: SCHOOL.rocFlevoland, datum: '2026-03-02' }, 'consulentVo');
      mbo = await h.ok(naarMbo, 'plaatsen', { aanmeldingId: mbo.aanmeldingen[0].id, datum: '2026-03-02' }, 'consulentVo');
      expect(mbo.status).toBe('geplaatst');

      zet('2026-08-20');
      const nazorg = await h.agent().get(`/nazorg?ontvangendeSchoolId=${SCHOOL.proBachweg}`).set(als('consulentPo')).expect(200);
      expect(nazorg.body.items).toContainEqual(expect.objectContaining({ id, status: 'geplaatst', controledatum: '2026-09-14', teLaat: false }));

      o.klok.set(new Date('2026-09-15T06:00:00+02:00'));
      await o.termijnenNu();
      const event = await waitFor(() => o.events.van('leerling-niet-gestart', id)[0], { timeoutMs: 20_000, what: 'leerling-niet-gestart' });
      const leerlingId = (await o.sql.query(`SELECT leerling_id FROM overdracht.overdracht WHERE id = $1`, [id]))[0].leerling_id;
      expect(event).toMatchObject({
        swv: 'PO',
        data: {
          overdrachtId: id,
          leerlingId,
          route: 'po-vo',
          schooljaar: '2026-2027',
          verzendendeSchoolId: SCHOOL.wissel,
          ontvangendeSchoolId: SCHOOL.proBachweg,
          reden: 'niet-bevestigd',
          verwachteStartdatum: '2026-08-17',
          controledatum: '2026-09-14',
          gemeente: 'GM0034',
          // Placed at a PrO school of the VO SWV: after the transfer the pupil is the VO SWV's.
          swvNaOverstap: 'VO',
        },
      });
      expect(JSON.stringify(event)).not.toContain(testBsn(700));
      const nietGeplaatst = await waitFor(() => o.events.van('leerling-niet-gestart', nooit)[0], { timeoutMs: 20_000, what: 'leerling-niet-gestart of a pupil never placed' });
      // Never placed: still enrolled at the primary school, so the PO SWV's.
      expect(nietGeplaatst.data).toMatchObject({ overdrachtId: nooit, route: 'po-vo', verzendendeSchoolId: SCHOOL.wissel, ontvangendeSchoolId: null, reden: 'geen-ontvangende-school', controledatum: '2026-09-14', gemeente: 'GM0034', swvNaOverstap: 'PO' });
      // Placed at an MBO institution: no SWV (leerplicht or the RMC of the gemeente).
      const mboEvent = await waitFor(() => o.events.van('leerling-niet-gestart', naarMbo)[0], { timeoutMs: 20_000, what: 'leerling-niet-gestart of the MBO pupil' });
      expect(mboEvent).toMatchObject({ swv: 'VO', data: { route: 'vo-mbo', ontvangendeSchoolId: SCHOOL.rocFlevoland, swvNaOverstap: null } });
      expect((await h.lees(id)).body).toMatchObject({ status: 'niet-gestart', afloop: { nietGestart: 'niet-bevestigd' }, termijnen: [] });

      // The engine runs again (a second reconciler, a redelivered job): nothing new.
      await o.termijnenNu();
      await new Promise((r) => setTimeout(r, 1500));
      expect(o.events.van('leerling-niet-gestart', id)).toHaveLength(1);
      expect(o.events.van('leerling-niet-gestart', nooit)).toHaveLength(1);
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.outbox WHERE type = 'nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1' AND payload->>'subject' = $1`, [id])).toBe(1);
      expect((await h.actie(id, 'startBevestigen')).status).toBe(409);
    });

    it('a confirmed start publishes overdracht-afgerond with whether the handover was warm', async () => {
      zet('2026-04-01');
      const cohort = await h.cohort('2025-2026', SCHOOL.wissel);
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(701), definitiefAdvies: 'havo', kwetsbaar: true });
      let zaak = await h.ok(id, 'aanmelden', { schoolId: SCHOOL.bakenPark });
      zaak = await h.ok(id, 'plaatsen', { aanmeldingId: zaak.aanmeldingen[0].id });
      expect(zaak.signalen).toContainEqual({ soort: 'warme-overdracht-nodig' });
      zet('2026-06-10');
      zaak = await h.ok(id, 'warmeOverdrachtVastleggen', {
        deelnemers: ['verzendende-school', 'ontvangende-school', 'ouders', 'leerling'],
        checklist: { ondersteuningsafspraken: 'Vaste mentor, rustige werkplek', wieVolgtOp: 'mentor', evaluatieOp: '2026-10-01', dossierBesproken: true, oppBesproken: true },
      });
      expect(zaak.warmeOverdrachtStatus).toBe('gehouden');
      zet('2026-08-18');
      zaak = await h.ok(id, 'startBevestigen', { datum: '2026-08-17' });
      expect(zaak.status).toBe('gestart');
      const afgerond = await waitFor(() => o.events.van('overdracht-afgerond', id)[0], { timeoutMs: 20_000, what: 'overdracht-afgerond' });
      expect(afgerond.data).toMatchObject({ warm: true, afgerondOp: '2026-08-17', ontvangendeSchoolId: SCHOOL.bakenPark });
      zet('2026-10-05');
      expect((await h.ok(id, 'uitvalMelden', { datum: '2026-10-02' })).uitgevallenOp).toBe('2026-10-02');
      const cijfers = await h.agent().get('/cijfers?schooljaar=2025-2026').set(als('consulentPo')).expect(200);
      expect(cijfers.body.totaal).toMatchObject({ vsv: 1, warmeOverdrachtGehouden: 1 });
      expect(cijfers.body.totaal.nietGestart).toBeGreaterThanOrEqual(1);
    });
  });

  describe('toeleiding\'s events', () => {
    it('settles a linked TLV PrO from toeleiding\'s events, once, also when an event comes twice or late', async () => {
      zet('2026-02-02');
      const cohort = await h.cohort('2025-2026', SCHOOL.zonnewijzer);
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(800), voorzieningen: ['tlv-pro'] });
      const aanvraagId = randomUUID();
      const tlvId = randomUUID();
      let zaak = await h.ok(id, 'toeleidingKoppelen', { soort: 'tlv-pro', aanvraagId });
      expect(zaak.voorzieningen).toEqual([expect.objectContaining({ soort: 'tlv-pro', status: 'aangevraagd', aanvraagId })]);

      const conn = await amqp.connect(o.vhost.url);
      const ch = await conn.createConfirmChannel();
      await assertEventExchange(ch);
      const publiceer = async (e: ReturnType<typeof createEvent>) => {
        ch.publish(EVENTS_EXCHANGE, e.type, Buffer.from(JSON.stringify(e)), { persistent: true, contentType: 'application/cloudevents+json', messageId: e.id });
        await ch.waitForConfirms();
      };
      const basis = { subject: aanvraagId, swv: 'VO' as const, correlationid: randomUUID() };
      const afgegeven = createEvent('nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1', {
        ...basis,
        data: { tlvId, aanvraagId, leerlingId: randomUUID(), soort: 'PrO', ingangsdatum: '2026-04-10', einddatum: '2028-07-31', gemeente: 'GM0034' },
      });
      await publiceer(afgegeven);
      await publiceer(afgegeven);
      // An older fact arriving late (a retry) does not undo the newer one.
      await publiceer(
        createEvent('nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1', {
          ...basis,
          data: { aanvraagId, leerlingId: randomUUID(), schoolId: SCHOOL.proBachweg, soort: 'PrO', ingediendOp: '2026-02-01', verlenging: false },
        }),
      );
      zaak = await waitFor(async () => {
        const z = (await h.lees(id)).body;
        return z.voorzieningen[0].status === 'geregeld' && z;
      }, { timeoutMs: 20_000, what: 'TLV geregeld' });
      expect(zaak.voorzieningen[0]).toMatchObject({ tlvId, geregeldOp: '2026-04-10' });
      await waitFor(async () => (await aantal(o, `SELECT count(*) AS n FROM overdracht.inbox`)) >= 2, { what: 'inbox' });
      await new Promise((r) => setTimeout(r, 1000));
      expect((await h.lees(id)).body.voorzieningen[0].status).toBe('geregeld');
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.audit_trail WHERE object_id = $1 AND actie = 'toeleidingBijgewerkt'`, [id])).toBe(1);
      await conn.close();
    });
  });

  describe('tenants and roles', () => {
    it('another SWV\'s case is 404, a role without access 403, and every read is in the access log', async () => {
      const cohort = await h.cohort('2025-2026', SCHOOL.zonnewijzer);
      const id = await h.leerling(cohort, { leerlingnummer: testBsn(900) });
      expect((await h.lees(id, 'consulentVo')).status).toBe(404);
      expect((await h.actie(id, 'verhuizen', {}, 'consulentVo')).status).toBe(404);
      expect((await h.lees(id, 'gemeentePo')).status).toBe(403);
      expect((await h.lees('niet-een-uuid')).status).toBe(404);
      const lijst = await h.agent().get('/overdrachten?limit=200').set(als('consulentVo')).expect(200);
      expect(lijst.body.items.map((r: { id: string }) => r.id)).not.toContain(id);
      await h.lees(id);
      expect(await aantal(o, `SELECT count(*) AS n FROM overdracht.toegangslog WHERE object_id = $1 AND handeling = 'raadplegen'`, [id])).toBeGreaterThanOrEqual(1);
      const audit = await h.agent().get(`/audit?objectId=${id}`).set(als('beheerderPo')).expect(200);
      expect(JSON.stringify(audit.body)).not.toContain(testBsn(900));
    });
  });
});
