import ExcelJS from 'exceljs';
import { testBsn } from '@pao/zaak';
import { als, BAKEN_STAD, BETROKKEN, http, startOmgeving, verzuimMelding, type Omgeving } from './support';

jest.setTimeout(60_000);

/** supertest: keep a binary body as a Buffer. */
function binair(res: NodeJS.ReadableStream & { setEncoding(e: string): void }, klaar: (err: Error | null, body: Buffer) => void) {
  const delen: Buffer[] = [];
  res.on('data', (d: Buffer) => delen.push(d));
  res.on('end', () => klaar(null, Buffer.concat(delen)));
}

describe('the inspectie register: per quarter, cumulative over the school year, anonymised, vrijstellingen included', () => {
  let o: Omgeving;
  const h = () => http(o.app);
  const bsns = [testBsn(501), testBsn(502), testBsn(503), testBsn(504)];

  beforeAll(async () => {
    o = await startOmgeving('thuiszitters_inspectie', new Date('2025-02-03T09:00:00+01:00'));
    // Q1: a pupil at home since 6 January (thuiszitter at once) who is placed in March.
    const a = await h().melden(verzuimMelding(bsns[0], '2025-01-06'));
    await h().ok(a, 'uitkomstVastleggen', { uitkomst: 'plaatsing-jeugdhulp', startOp: '2025-03-03', betrokkenheid: BETROKKEN });
    // Q1: absoluut verzuim (counts at once), still at home.
    await h().melden(verzuimMelding(bsns[1], '2025-02-03', { soort: 'absoluut-verzuim', schoolId: undefined, bevoegdGezagId: undefined, melder: { soort: 'leerplicht' } }), 'gemeente');
    // Q1: a vrijstelling art. 5 onder a.
    const v = await h().agent().post('/vrijstellingen').set(als('gemeente')).send({ leerling: { bsn: bsns[2] }, grond: 'art-5-onder-a', ingangsdatum: '2025-01-15', schoolId: BAKEN_STAD.schoolId });
    expect(v.status).toBe(201);
    // A dreigend melding is not in the register.
    await h().melden(verzuimMelding(bsns[3], '2025-02-01', { soort: 'dreigend', thuisSinds: undefined }));
    // Q2: the same first pupil again at home (a second period): still one row for the pupil.
    o.klok.set(new Date('2025-05-12T09:00:00+02:00'));
    await h().ok(a, 'afsluiten', { gestartOp: '2025-03-03' });
    await h().melden(verzuimMelding(bsns[0], '2025-04-07'));
  });
  afterAll(() => o?.stop());

  async function xlsx(jaar: number, kwartaal: number): Promise<string[][]> {
    const res = await h().agent().get(`/figuren/inspectie?jaar=${jaar}&kwartaal=${kwartaal}&formaat=xlsx`).set(als('teamleider')).buffer(true).parse(binair as never);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="thuiszitters-VO-${jaar}-K${kwartaal}.xlsx"`);
    const boek = new ExcelJS.Workbook();
    await boek.xlsx.load(res.body as never);
    const blad = boek.worksheets[0];
    const rijen: string[][] = [];
    blad.eachRow((r) => rijen.push((r.values as unknown[]).slice(1).map((c) => (c === null || c === undefined ? '' : String(c)))));
    return rijen;
  }

  it('opens as a spreadsheet with one row per pupil and no names or BSN', async () => {
    const rijen = await xlsx(2025, 1);
    const [kop, ...data] = rijen;
    expect(kop.slice(0, 4)).toEqual(['Volgnummer', 'Leerling (pseudoniem)', 'Categorie', 'BRIN school van inschrijving']);
    expect(data.map((r) => r[2]).sort()).toEqual(['Absoluut verzuim', 'Langdurig relatief verzuim', 'Vrijstelling art. 5 onder a']);
    expect(new Set(data.map((r) => r[1])).size).toBe(3);
    for (const r of data) expect(r[1]).toMatch(/^L-[0-9A-Z]{10}$/);
    const alles = JSON.stringify(rijen);
    for (const bsn of bsns) expect(alles).not.toContain(bsn);
    expect(alles).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/); // none of our ids either
    const geplaatst = data.find((r) => r[2] === 'Langdurig relatief verzuim')!;
    expect(geplaatst.slice(4, 11)).toEqual(['2025-01-06', '2025-02-03', '2025-03-03', '56', 'nee', 'niet meer thuis', 'Plaatsing jeugdhulp']);
  });

  it('is cumulative: the Q2 file holds Q1 pupils too, each pupil once with the same pseudonym', async () => {
    const q1 = (await xlsx(2025, 1)).slice(1);
    const q2 = (await xlsx(2025, 2)).slice(1);
    expect(q2).toHaveLength(3);
    expect(new Set(q2.map((r) => r[1]))).toEqual(new Set(q1.map((r) => r[1])));
    // The pupil's latest period counts: at home again since 7 April.
    expect(q2.find((r) => r[2] === 'Langdurig relatief verzuim')!.slice(4, 6)).toEqual(['2025-04-07', '2025-05-05']);
  });

  it('as CSV: semicolons, UTF-8 with BOM, the same rows; the export is in the access log', async () => {
    const res = await h().agent().get('/figuren/inspectie?jaar=2025&kwartaal=1&formaat=csv').set(als('teamleider'));
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const tekst: string = res.text;
    expect(tekst.charCodeAt(0)).toBe(0xfeff);
    const regels = tekst.slice(1).trim().split('\r\n');
    expect(regels[0].split(';')[2]).toBe('Categorie');
    expect(regels).toHaveLength(4);
    expect(await o.sql.query(`SELECT handeling, object_type FROM thuiszitters.toegangslog WHERE handeling = 'exporteren'`)).toHaveLength(4);
    expect((await h().agent().get('/figuren/inspectie?jaar=2025&kwartaal=5').set(als('teamleider'))).status).toBe(400);
    expect((await h().agent().get('/figuren/inspectie?jaar=2025&kwartaal=1').set(als('actietafel'))).status).toBe(403);
  });

  it('figures per quarter: counts, per bestuur, duration and outcomes', async () => {
    const res = await h().agent().get('/figuren?jaar=2025&kwartaal=1').set(als('teamleider'));
    expect(res.body.swv).toMatchObject({ gemeld: 3, thuiszitterGeworden: 2, thuisOpPeildatum: 1, vrijstellingenOpPeildatum: 1 });
    expect(res.body.duurThuis).toMatchObject({ aantal: 1, mediaan: 56, p90: 56 });
    expect(res.body.perBestuur.map((b: { bestuur: { naam: string | null } }) => b.bestuur.naam)).toContain('Het Baken Almere, Stichting');
  });
});
