import ExcelJS from 'exceljs';
import { medewerkerKaart } from '@pao/platform';
import { localServers } from '@pao/testing';
import { tekstVanBrief } from '@pao/zaak';
import { testBsn } from '@pao/zaak/domein';
import { ACTOREN, als, BAKEN_STAD, DOSSIER, http, startOmgeving, type Omgeving } from './support';

/**
 * Issue 15 over HTTP against the real servers: kenmerk, the pupil's name and birth date
 * (encrypted, searchable through keyed hashes), one search field, the behandelaar, and
 * documents checked by their bytes, encrypted, versioned and logged when read.
 */
jest.setTimeout(60_000);

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');
const EXE = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff');

describe('toeleiding: a case handler\'s day (real servers)', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;
  const aantal = async (sql: string, params: unknown[] = []) => Number((await o.sql.query(sql, params))[0].n);

  beforeAll(async () => {
    o = await startOmgeving('toeleiding_dossier', new Date('2026-11-02T09:00:00Z'), { DOCUMENT_MAX_BYTES: 4096 });
    h = http(o.app);
  });
  afterAll(() => o?.stop());

  const nieuw = async (n: number, leerling: Record<string, string>, door: 'consulent' | 'consulentPo' = 'consulent') => {
    const res = await h.agent().post('/aanvragen').set(als(door)).send({ leerling: { bsn: testBsn(n), ...leerling }, aanvrager: BAKEN_STAD, dossier: DOSSIER });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  const zoek = (q: string, door: 'consulent' | 'consulentPo' | 'orthopedagoog' | 'beheerder' = 'consulent') => h.agent().post('/aanvragen/zoeken').set(als(door)).send({ q });

  it('gives every aanvraag a kenmerk per SWV and year, shows name and birth date to those who work the case, stores them encrypted', async () => {
    const a = await nieuw(501, { voornaam: 'Zoë', tussenvoegsel: 'van der', achternaam: 'Linden', geboortedatum: '2012-03-04' });
    const b = await nieuw(502, { voornaam: 'Daan', achternaam: 'Jansen', geboortedatum: '2011-07-15' });
    const [ka, kb] = await Promise.all([h.lees(a), h.lees(b)].map(async (r) => (await r).body));
    expect(ka.kenmerk).toMatch(/^TLV-VO-2026-\d{5}$/);
    expect(Number(kb.kenmerk.slice(-5))).toBe(Number(ka.kenmerk.slice(-5)) + 1);
    expect(ka.leerling).toMatchObject({ naam: 'Zoë van der Linden', geboortedatum: '2012-03-04', weergave: expect.stringMatching(/^\*\*\*-\*\*-\d{3}$/) });
    expect(ka.behandelaar).toEqual({ id: ACTOREN.consulent.id, naam: 'Consulent Een' });
    // The beheerder reads the case, not who the pupil is.
    const beheerder = (await h.lees(a, 'beheerder')).body;
    expect(beheerder.leerling).toEqual({ weergave: ka.leerling.weergave });
    // Nowhere in the clear: not in the pupil table, not in the case, events or audit.
    for (const [tabel, kolom] of [['leerling', 'personalia_versleuteld'], ['leerling_zoekterm', 'term'], ['aanvraag', 'state'], ['outbox', 'payload'], ['audit_trail', 'nieuw']]) {
      expect(await aantal(`SELECT count(*) AS n FROM toeleiding.${tabel} WHERE ${kolom}::text ILIKE '%linden%' OR ${kolom}::text LIKE '%2012-03-04%' OR ${kolom}::text LIKE '%${testBsn(501)}%'`)).toBe(0);
    }
  });

  it('warns on the case page when the pupil already has an open aanvraag', async () => {
    const eerste = await nieuw(503, { voornaam: 'Sem', achternaam: 'Bakker', geboortedatum: '2012-01-01' });
    const tweede = await nieuw(503, {});
    const zaak = (await h.lees(tweede)).body;
    expect(zaak.andereOpenAanvragen).toEqual([{ id: eerste, kenmerk: expect.any(String), status: 'concept' }]);
    // The name given first is kept when a later registration gives none.
    expect(zaak.leerling.naam).toBe('Sem Bakker');
  });

  it('finds a case by kenmerk, name (or its start), birth date, BSN and school; a PO account finds nothing of VO; every search is logged, never its text', async () => {
    const id = await nieuw(504, { voornaam: 'Fenna', achternaam: 'Öztürk', geboortedatum: '2010-05-06' });
    const kenmerk = (await h.lees(id)).body.kenmerk as string;
    const ids = async (q: string, door?: 'consulent' | 'consulentPo') => {
      const r = await zoek(q, door);
      expect(r.status).toBe(200);
      return r.body.items.map((i: { id: string }) => i.id) as string[];
    };
    expect(await ids(kenmerk)).toEqual([id]);
    expect(await ids(kenmerk.slice(4).toLowerCase())).toEqual([id]);
    expect(await ids('fenna ozturk')).toContain(id);
    expect(await ids('Öztü')).toContain(id);
    expect(await ids('06-05-2010')).toEqual([id]);
    expect(await ids(testBsn(504))).toEqual([id]);
    expect(await ids('Baken')).toContain(id);
    expect(await ids('fenna jansen')).not.toContain(id);
    const gevonden = (await zoek(testBsn(504))).body;
    expect(gevonden).toMatchObject({ criterium: 'leerlingnummer', items: [{ kenmerk, leerling: { naam: 'Fenna Öztürk' } }] });
    // Another SWV: the same number, the same name find nothing.
    expect(await ids(testBsn(504), 'consulentPo')).toEqual([]);
    expect(await ids('Fenna', 'consulentPo')).toEqual([]);
    const zoekregels = await o.sql.query(`SELECT object_type, doel FROM toeleiding.toegangslog WHERE handeling = 'zoeken' AND object_type = 'aanvraag'`);
    expect(zoekregels.length).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(await o.sql.query(`SELECT * FROM toeleiding.toegangslog`))).not.toMatch(new RegExp(`${testBsn(504)}|Fenna|Öztürk|2010-05-06`, 'i'));
    expect((await zoek('x')).status).toBe(400);
  });

  it('assigns a behandelaar only from a card the gateway signed, audits it, and lists "mijn zaken"', async () => {
    const id = await nieuw(505, { voornaam: 'Milan', achternaam: 'Bos', geboortedatum: '2011-02-02' });
    const kaart = medewerkerKaart({ id: ACTOREN.consulent2.id, naam: 'Consulent Twee', rol: 'consulent', swv: 'VO' }, localServers.internalAuthSecret);
    const vals = medewerkerKaart({ id: ACTOREN.consulent2.id, naam: 'Consulent Twee', rol: 'consulent', swv: 'VO' }, 'een-ander-geheim-dat-lang-genoeg-is-1234');
    expect((await h.agent().put(`/aanvragen/${id}/behandelaar`).set(als('teamleider')).send({ kaart: vals })).status).toBe(400);
    expect((await h.agent().put(`/aanvragen/${id}/behandelaar`).set(als('orthopedagoog')).send({ kaart })).status).toBe(403);
    // Not the consulent's own case any more after the teamleider moves it; then only the new owner may hand it on.
    const res = await h.agent().put(`/aanvragen/${id}/behandelaar`).set(als('teamleider')).send({ kaart, reden: 'Verdeling werk' });
    expect(res.status).toBe(200);
    expect(res.body.behandelaar).toEqual({ id: ACTOREN.consulent2.id, naam: 'Consulent Twee' });
    expect((await h.agent().put(`/aanvragen/${id}/behandelaar`).set(als('consulent')).send({ kaart })).status).toBe(403);
    const audit = await o.sql.query(`SELECT oud, nieuw, reden FROM toeleiding.audit_trail WHERE object_id = $1 AND actie = 'behandelaarToewijzen'`, [id]);
    expect(audit).toEqual([{ oud: { behandelaar: { id: ACTOREN.consulent.id, naam: 'Consulent Een' } }, nieuw: { behandelaar: { id: ACTOREN.consulent2.id, naam: 'Consulent Twee' } }, reden: 'Verdeling werk' }]);
    const tijdlijn = res.body.tijdlijn.at(-1);
    expect(tijdlijn).toMatchObject({ actie: 'behandelaarToewijzen', door: { rol: 'teamleider', naam: 'Teamleider VO' }, toelichting: 'Behandelaar: Consulent Twee' });
    await h.ok(id, 'indienen');
    const mijn = await h.agent().get('/aanvragen?wie=mij').set(als('consulent2')).expect(200);
    expect(mijn.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('stores documents encrypted and versioned, refuses an executable named .pdf and a file over the limit, logs every download', async () => {
    const id = await nieuw(506, { voornaam: 'Yara', achternaam: 'Mulder', geboortedatum: '2012-06-06' });
    const upload = (inhoud: Buffer, naam: string, query = 'onderdeel=aanvraag&soort=opp', door: 'consulent' | 'consulentPo' = 'consulent') =>
      h.agent().post(`/aanvragen/${id}/documenten?${query}`).set(als(door)).set('content-type', 'application/pdf').set('x-bestandsnaam', encodeURIComponent(naam)).send(inhoud);
    const telDocs = () => aantal(`SELECT count(*) AS n FROM toeleiding.document_versie v JOIN toeleiding.document d ON d.id = v.document_id WHERE d.zaak_id = $1`, [id]);

    const exe = await upload(EXE, 'OPP Yara Mulder.pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.detail).toMatch(/alleen PDF, Word \(DOCX\), PNG of JPEG/);
    const groot = await upload(Buffer.concat([PDF, Buffer.alloc(5000)]), 'groot.pdf');
    expect(groot.status).toBe(413);
    expect(groot.body.detail).toMatch(/groter dan/);
    expect(await telDocs()).toBe(0);
    expect(await aantal(`SELECT count(*) AS n FROM toeleiding.audit_trail WHERE object_id = $1 AND actie = 'documentToevoegen'`, [id])).toBe(0);
    expect((await upload(PDF, 'x.pdf', 'onderdeel=aanvraag&soort=opp', 'consulentPo')).status).toBe(404);

    const eerste = await upload(PDF, 'OPP Yara Mulder.pdf');
    expect(eerste.status).toBe(201);
    expect(eerste.body).toMatchObject({ soort: 'opp', versie: 1, inhoudstype: 'application/pdf', bestandsnaam: 'OPP Yara Mulder.pdf' });
    // The OPP of a concept completes the dossier in the same transaction.
    const zaak = (await h.lees(id)).body;
    expect(zaak.dossier.oppRef).toBe(eerste.body.id);
    expect(zaak.documenten).toEqual([expect.objectContaining({ id: eerste.body.id, soort: 'opp', versie: 1 })]);
    const tweede = await upload(Buffer.concat([PDF, Buffer.from('% versie 2')]), 'OPP v2.pdf', `onderdeel=aanvraag&soort=opp&documentId=${eerste.body.id}`);
    expect(tweede.body).toMatchObject({ id: eerste.body.id, versie: 2 });
    // Encrypted: neither the contents nor the name in the clear.
    expect(await aantal(`SELECT count(*) AS n FROM toeleiding.document_versie WHERE position('%PDF'::bytea in inhoud) > 0 OR bestandsnaam_versleuteld ILIKE '%mulder%'`)).toBe(0);

    const voor = await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE object_type = 'document' AND object_id = $1`, [id]);
    const download = await h.agent().get(`/aanvragen/${id}/documenten/${eerste.body.id}?versie=1`).set(als('orthopedagoog')).buffer(true).parse((res, cb) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => cb(null, Buffer.concat(delen)));
    });
    expect(download.status).toBe(200);
    expect(Buffer.compare(download.body as Buffer, PDF)).toBe(0);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''OPP%20Yara%20Mulder.pdf");
    expect(await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE object_type = 'document' AND object_id = $1`, [id])).toBe(voor + 1);
    expect((await h.agent().get(`/aanvragen/${id}/documenten/${eerste.body.id}`).set(als('consulentPo'))).status).toBe(404);
    expect((await h.agent().get(`/aanvragen/${id}/documenten/${eerste.body.id}`).set(als('gemeente'))).status).toBe(403);
  });

  it('draws up the besluit letter for a chosen sending date, stores it, and sending it is the bekendmaking from which the bezwaartermijn runs', async () => {
    const id = await nieuw(507, { voornaam: 'Noah', achternaam: 'Visser', geboortedatum: '2012-09-09' });
    await h.ok(id, 'indienen');
    await h.ok(id, 'inBehandelingNemen');
    await h.ok(id, 'adviesVastleggen', { deskundige: { rol: 'eerste', discipline: 'orthopedagoog' }, advies: 'toelaatbaar', motivering: 'Past bij VSO.' }, 'orthopedagoog');
    await h.ok(id, 'adviesVastleggen', { deskundige: { rol: 'tweede', discipline: 'jeugdpsychiater', deskundigeId: 'extern-9' }, advies: 'toelaatbaar' });
    const inhoud = { uitkomst: 'toelaatbaar', soort: 'VSO-midden', ingangsdatum: '2026-11-02', einddatum: '2028-07-31', motivering: 'Beide deskundigen adviseren het voortgezet speciaal onderwijs.' };
    await h.ok(id, 'besluitNemen', { inhoud }, 'teamleider');
    const brief = (datum: string) => h.agent().post(`/aanvragen/${id}/besluitbrief`).set(als('consulent')).send({ verzenddatum: datum });
    expect((await brief('2026-10-01')).status).toBe(400);
    const opgesteld = await brief('2026-11-02');
    expect(opgesteld.status).toBe(201);
    // Six weeks from the day after 2 November 2026: Monday 14 December 2026.
    expect(opgesteld.body).toMatchObject({ verzenddatum: '2026-11-02', bezwaarUiterlijk: '2026-12-14', document: { soort: 'besluitbrief', versie: 1, inhoudstype: 'application/pdf' } });
    const pdf = await h.agent().get(`/aanvragen/${id}/documenten/${opgesteld.body.document.id}`).set(als('consulent')).buffer(true).parse((res, cb) => {
      const delen: Buffer[] = [];
      res.on('data', (d: Buffer) => delen.push(d));
      res.on('end', () => cb(null, Buffer.concat(delen)));
    });
    const tekst = tekstVanBrief(pdf.body as Buffer).replace(/\n/g, ' ');
    const kenmerk = (await h.lees(id)).body.kenmerk;
    for (const deel of ['Samenwerkingsverband VO Almere', kenmerk, 'Noah Visser', '2 november 2026', '14 december 2026', 'Postbus 60001', 'voortgezet speciaal onderwijs']) expect(tekst).toContain(deel);
    expect(tekst).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // Another date than the letter's: refused; the letter's own date: bekendgemaakt on it.
    expect((await h.agent().post(`/aanvragen/${id}/besluitbrief/verzenden`).set(als('consulent')).send({ verzenddatum: '2026-10-30' })).status).toBe(409);
    const verzonden = await h.agent().post(`/aanvragen/${id}/besluitbrief/verzenden`).set(als('consulent')).send({ verzenddatum: '2026-11-02' });
    expect(verzonden.status).toBe(200);
    expect(verzonden.body).toMatchObject({ status: 'bekendgemaakt', bekendgemaaktOp: '2026-11-02', bezwaartermijn: { eindigtOp: '2026-12-14' } });
    expect(verzonden.body.documenten).toEqual([expect.objectContaining({ soort: 'besluitbrief', onderdeel: 'besluit' })]);
    expect(verzonden.body.tijdlijn.map((t: { actie: string }) => t.actie).slice(-3)).toEqual(['briefOpstellen', 'bekendmaken', 'briefVerzenden']);
  });

  it('exports the werkvoorraad as CSV for a spreadsheet, without pupil data, in the access log', async () => {
    const voor = await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE handeling = 'exporteren'`);
    const res = await h.agent().get('/aanvragen/export?wie=mij').set(als('consulent'));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="werkvoorraad-VO-2026-11-02\.csv"/);
    const regels = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(regels[0]).toBe('Kenmerk;Status;Uitvoering;School;Soort;Volgende stap door;Volgende stap;Termijn;Uiterlijk op;Werkdagen over;Behandelaar;Ingediend op');
    expect(regels.length).toBeGreaterThan(1);
    expect(regels.slice(1).every((r) => /^TLV-VO-2026-\d{5};/.test(r))).toBe(true);
    expect(res.text).not.toMatch(/Zwaluw|Zoë|Linden|Öztürk|\d{4}-\d{2}-\d{2}/);
    expect(await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE handeling = 'exporteren'`)).toBe(voor + 1);
    expect((await h.agent().get('/aanvragen/export').set(als('orthopedagoog'))).status).toBe(403);
    // "Mijn termijnen deze week": only what runs out within seven days (or already did), counted right.
    const week = await h.agent().get('/aanvragen?wie=mij&binnen=week').set(als('consulent')).expect(200);
    const [{ n }] = await o.sql.query(`SELECT count(*)::int AS n FROM toeleiding.aanvraag WHERE open AND behandelaar_id = $1 AND volgende_termijn_op <= DATE '2026-11-09'`, [ACTOREN.consulent.id]);
    expect(week.body.totaal).toBe(n);
    expect(week.body.items.every((i: { volgendeTermijn: { vervaltOp: string } }) => i.volgendeTermijn.vervaltOp <= '2026-11-09')).toBe(true);
  });

  it('exports the werkvoorraad and the overzicht as XLSX (and the overzicht as CSV), each in the access log, without pupil data', async () => {
    const voor = await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE handeling = 'exporteren'`);
    const binair = (res: { on: (e: string, f: (d?: Buffer) => void) => void }, klaar: (e: Error | null, b: Buffer) => void) => {
      const delen: Buffer[] = [];
      res.on('data', (d?: Buffer) => delen.push(d!));
      res.on('end', () => klaar(null, Buffer.concat(delen)));
    };
    const xlsx = await h.agent().get('/aanvragen/export?formaat=xlsx').set(als('teamleider')).buffer(true).parse(binair);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers['content-disposition']).toMatch(/filename="werkvoorraad-VO-2026-11-02\.xlsx"/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as ArrayBuffer);
    const blad = wb.getWorksheet('Werkvoorraad')!;
    expect(blad.getRow(1).getCell(1).value).toBe('Kenmerk');
    expect(String(blad.getRow(2).getCell(1).value)).toMatch(/^TLV-VO-2026-\d{5}$/);
    const cellen = blad.getSheetValues().flat().map(String).join(' ');
    expect(cellen).not.toMatch(/Zwaluw|Zoë|Linden|Öztürk/);

    const overzicht = await h.agent().get('/rapportage/overzicht/export?van=2026-01-01&tot=2026-12-31&formaat=xlsx').set(als('teamleider')).buffer(true).parse(binair);
    expect(overzicht.status).toBe(200);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(overzicht.body as ArrayBuffer);
    expect(wb2.worksheets[0].name).toMatch(/^Doorlooptijden/);
    const csv = await h.agent().get('/rapportage/overzicht/export?van=2026-01-01&tot=2026-12-31').set(als('consulent'));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/filename="overzicht-VO-2026-01-01-2026-12-31\.csv"/);
    // No telling yet in this SWV: one table, so the file is just that table.
    expect(csv.text.replace(/^\uFEFF/, '').split('\r\n')).toEqual(expect.arrayContaining([expect.stringMatching(/^School;Maand;Besluiten;/), expect.stringMatching(/^Baken Stad;11-2026;\d+;/)]));
    expect((await h.agent().get('/rapportage/overzicht/export?van=2026-12-31&tot=2026-01-01').set(als('teamleider'))).status).toBe(400);
    expect(await aantal(`SELECT count(*) AS n FROM toeleiding.toegangslog WHERE handeling = 'exporteren'`)).toBe(voor + 3);
  });
});
