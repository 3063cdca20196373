// The queries over HTTP: werkvoorraad, TLVs valid on a date, lead times, the teldatum
// telling (also fired by the deadline engine) and the bulk einddatum change.
import { DeadlineScheduler } from '@pao/deadlines';
import { waitFor } from '@pao/testing';
import { datumInAmsterdam } from '@pao/zaak';
import { ACTOREN, DOSSIER, als, http, NAUTILUS, startOmgeving, type Omgeving } from './support';

jest.setTimeout(120_000);

const VSO = { uitkomst: 'toelaatbaar', soort: 'VSO-midden', ingangsdatum: '2026-11-16', einddatum: '2028-07-31', motivering: 'VSO nodig.' };
// With the PrO measurements (national criteria met), so the same advice serves a PrO besluit.
const EERSTE = { deskundige: { rol: 'eerste', discipline: 'orthopedagoog' }, advies: 'toelaatbaar', proGegevens: { iq: 70, leerachterstanden: { 'begrijpend-lezen': 60, spellen: 55 } } };
const TWEEDE = { deskundige: { rol: 'tweede', discipline: 'arts', deskundigeId: 'extern-arts' }, advies: 'toelaatbaar' };

describe('toeleiding: werkvoorraad, TLVs on a date, lead times, telling, bulk (real servers)', () => {
  let o: Omgeving;
  let h: ReturnType<typeof http>;
  const ids: Record<string, string> = {};

  const zet = (iso: string) => o.klok.set(new Date(`${iso}T09:00:00Z`));

  async function bekendgemaakt(bsn: string, inhoud: object = VSO, dossier: object = DOSSIER): Promise<string> {
    const id = await h.nieuw('consulent', bsn, dossier);
    await h.ok(id, 'indienen');
    await h.ok(id, 'inBehandelingNemen');
    await h.ok(id, 'adviesVastleggen', EERSTE, 'orthopedagoog');
    await h.ok(id, 'adviesVastleggen', TWEEDE);
    await h.ok(id, 'besluitNemen', { inhoud }, 'teamleider');
    await h.ok(id, 'bekendmaken', { datum: datumInAmsterdam(o.klok.now()) });
    return id;
  }

  beforeAll(async () => {
    o = await startOmgeving('toeleiding_rapportage', new Date('2026-11-02T09:00:00Z'));
    h = http(o.app);
    zet('2026-11-02');
    ids.concept = await h.nieuw('consulent', '999999989');
    ids.ingediend = await h.nieuw('consulent', '999999977');
    await h.ok(ids.ingediend, 'indienen');
    zet('2026-11-03');
    ids.inBehandeling = await h.nieuw('consulent', '999999965');
    await h.ok(ids.inBehandeling, 'indienen');
    await h.ok(ids.inBehandeling, 'inBehandelingNemen');
    zet('2026-11-09');
    // The school first signalled the need on 14 September (issue 16: lead time signal → support).
    ids.geplaatst = await bekendgemaakt('999999953', VSO, { ...DOSSIER, eersteSignaalOp: '2026-09-14' });
    zet('2026-11-16');
    await h.ok(ids.geplaatst, 'plaatsingRegistreren', { schoolId: NAUTILUS.schoolId, datum: '2026-11-16' });
    ids.nietGeplaatst = await bekendgemaakt('999999941');
    ids.pro = await bekendgemaakt('999999928', { ...VSO, soort: 'PrO' });
    ids.kort = await bekendgemaakt('999999916', { ...VSO, einddatum: '2027-07-31', ingangsdatum: '2026-08-01' });
  });

  afterAll(async () => {
    await o?.stop();
  });

  it('lists open cases with the next step and the nearest deadline first, and filters them', async () => {
    zet('2026-12-08');
    const res = await h.agent().get('/aanvragen').set(als('consulent')).expect(200);
    expect(res.body.totaal).toBe(7);
    const eerste = res.body.items[0];
    expect(eerste).toMatchObject({
      id: ids.ingediend,
      status: 'ingediend',
      uitvoering: null,
      leerling: { weergave: '***-**-977' },
      school: { naam: 'Baken Stad' },
      soort: 'VSO-midden',
      ingediendOp: '2026-11-02',
      volgendeStap: { wie: 'consulent', wat: 'Ontvankelijkheid beoordelen' },
      // 6 weeks from 2 November: 14 December; 6 calendar days but 4 working days left.
      volgendeTermijn: { soort: 'beslistermijn', vervaltOp: '2026-12-14', dagenResterend: 6, signaal: 'risico' },
    });
    expect(res.body.items.at(-1)).toMatchObject({ id: ids.concept, volgendeTermijn: null, volgendeStap: { wie: 'school' } });
    const termijnen = res.body.items.map((i: { volgendeTermijn: { vervaltOp: string } | null }) => i.volgendeTermijn?.vervaltOp ?? '9999');
    expect(termijnen).toEqual([...termijnen].sort());

    const aanZet = await h.agent().get('/aanvragen?wie=aan-zet').set(als('orthopedagoog')).expect(200);
    expect(aanZet.body.items.map((i: { id: string }) => i.id)).toEqual([ids.inBehandeling]);
    // "Mijn zaken" is the person's own cases: the consulent registered them all, the orthopedagoog owns none.
    expect((await h.agent().get('/aanvragen?wie=mij').set(als('orthopedagoog')).expect(200)).body.totaal).toBe(0);
    const mijn = await h.agent().get('/aanvragen?wie=mij').set(als('consulent')).expect(200);
    expect(mijn.body.items.every((i: { behandelaar: { id: string } }) => i.behandelaar.id === ACTOREN.consulent.id)).toBe(true);
    const perStatus = await h.agent().get('/aanvragen?status=concept&status=ingediend&sorteer=ingediend').set(als('teamleider')).expect(200);
    expect(perStatus.body.items.map((i: { id: string }) => i.id).sort()).toEqual([ids.concept, ids.ingediend].sort());
    const pagina = await h.agent().get('/aanvragen?limit=2&offset=2').set(als('consulent')).expect(200);
    expect(pagina.body).toMatchObject({ totaal: 7, items: [{ id: res.body.items[2].id }, { id: res.body.items[3].id }] });
    expect((await h.agent().get('/aanvragen?limit=500').set(als('consulent'))).status).toBe(400);
    // The totals come from trigger-kept counters: they must equal a count of the cases.
    const telDirect = async (waar: string, params: unknown[] = []) => Number((await o.sql.query(`SELECT count(*) AS n FROM toeleiding.aanvraag WHERE swv = 'VO' AND ${waar}`, params))[0].n);
    for (const [query, waar, params] of [
      ['', 'open', []],
      ['?wie=aan-zet', `open AND volgende_stap_partij = 'consulent'`, []],
      ['?wie=mij', 'open AND behandelaar_id = $1', [ACTOREN.consulent.id]],
      ['?wie=niemand', 'open AND behandelaar_id IS NULL', []],
      ['?status=bekendgemaakt&status=concept', `status IN ('bekendgemaakt', 'concept')`, []],
      [`?soort=PrO`, `open AND soort = 'PrO'`, []],
      [`?schoolId=${NAUTILUS.schoolId}`, 'open AND school_id = $1', [NAUTILUS.schoolId]],
    ] as const) {
      const r = await h.agent().get(`/aanvragen${query}`).set(als('consulent')).expect(200);
      expect({ query, totaal: r.body.totaal }).toEqual({ query, totaal: await telDirect(waar, [...params]) });
    }
    zet('2026-12-15');
    const laat = await h.agent().get(`/aanvragen?status=ingediend`).set(als('consulent')).expect(200);
    expect(laat.body.items[0].volgendeTermijn).toMatchObject({ dagenResterend: -1, signaal: 'verlopen' });
  });

  it('answers which TLVs are valid on a date; a gemeente gets the counts only', async () => {
    const op = await h.agent().get('/tlvs?peildatum=2026-12-01').set(als('consulent')).expect(200);
    expect(op.body).toMatchObject({ peildatum: '2026-12-01', totaal: 4, perSoort: [{ soort: 'PrO', aantal: 1 }, { soort: 'VSO-midden', aantal: 3 }] });
    expect(op.body.items).toHaveLength(4);
    const voorIngang = await h.agent().get('/tlvs?peildatum=2026-11-15').set(als('consulent')).expect(200);
    expect(voorIngang.body.totaal).toBe(1); // only the one that started on 1 August
    const naEinde = await h.agent().get('/tlvs?peildatum=2027-08-01&soort=VSO-midden').set(als('consulent')).expect(200);
    expect(naEinde.body.totaal).toBe(2);
    const perSchool = await h.agent().get(`/tlvs?peildatum=2026-12-01&schoolId=${NAUTILUS.schoolId}`).set(als('consulent')).expect(200);
    expect(perSchool.body.items.map((i: { aanvraagId: string }) => i.aanvraagId)).toEqual([ids.geplaatst]);
    const gemeente = await h.agent().get('/tlvs?peildatum=2026-12-01').set(als('gemeente')).expect(200);
    expect(gemeente.body).toEqual({ peildatum: '2026-12-01', totaal: 4, perSoort: expect.any(Array) });
  });

  it('reports lead times from ingediend to besluit and besluit to plaatsing per school and month', async () => {
    const res = await h.agent().get('/rapportage/doorlooptijden?van=2026-11-01&tot=2026-11-30').set(als('teamleider')).expect(200);
    expect(res.body.totaal).toMatchObject({ aantal: 4, ingediendTotBesluitDagen: { mediaan: 0 }, besluitTotPlaatsingDagen: { mediaan: 7 } });
    // Only the case with a recorded signal counts: 14 Sep → besluit 9 Nov (56 days) → plaatsing 16 Nov (63).
    expect(res.body.totaal).toMatchObject({ signaalTotBesluitDagen: { mediaan: 56 }, signaalTotPlaatsingDagen: { mediaan: 63 } });
    expect(res.body.items).toEqual([expect.objectContaining({ schoolNaam: 'Baken Stad', maand: '2026-11', aantal: 4 })]);
    await h.agent().get('/rapportage/doorlooptijden?van=2026-12-01&tot=2026-11-01').set(als('teamleider')).expect(400);
  });

  it('fixes the teldatum telling through the deadline engine, stores it, publishes it, and matches a direct count', async () => {
    const scheduler = o.app.get(DeadlineScheduler);
    // The 1 February moment fires at 04:00 the next day; it counts the VSO TLVs (sector vso) in VO.
    expect(await scheduler.fireRecurring('teldatum-02-01', new Date('2027-02-02T04:00:00+01:00'))).toBe(true);
    expect(await scheduler.fireRecurring('teldatum-02-01', new Date('2027-02-02T04:00:00+01:00'))).toBe(false);
    const telling = await h.agent().get('/tellingen/laatste').set(als('teamleider')).expect(200);
    expect(telling.body).toMatchObject({ teldatum: '2027-02-01', soorten: ['VSO-laag', 'VSO-midden', 'VSO-hoog'], totaalGeldigeTlvs: 3, totaalPlaatsingen: 1 });
    expect(telling.body.perSoort).toEqual([{ soort: 'VSO-midden', aantal: 3, plaatsingen: 1 }]);
    expect(telling.body.perSchool).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ schoolNaam: 'Nautilus College (VSO)', soort: 'VSO-midden', aantal: 1, plaatsingen: 1 }),
        expect.objectContaining({ schoolNaam: 'Baken Stad', soort: 'VSO-midden', aantal: 2, plaatsingen: 0 }),
      ]),
    );
    const direct = await h.agent().get('/tlvs?peildatum=2027-02-01&soort=VSO-midden').set(als('consulent')).expect(200);
    expect(direct.body.totaal).toBe(telling.body.totaalGeldigeTlvs);
    const event = await waitFor(() => o.events.van('nl.passend-onderwijs.toeleiding.teldatum-telling-vastgesteld.v1', telling.body.tellingId)[0], { what: 'telling event' });
    expect(event.data).toMatchObject({ teldatum: '2027-02-01', totaalGeldigeTlvs: 3, totaalPlaatsingen: 1 });
    // PrO counts on 1 October; the PO SWV has no TLVs here but gets its own (empty) telling.
    const pro = await h.agent().post('/tellingen').set(als('teamleider')).send({ teldatum: '2026-12-01' });
    expect(pro.status).toBe(400);
    const okt = await h.agent().post('/tellingen').set(als('teamleider')).send({ teldatum: '2027-10-01' }).expect(201);
    expect(okt.body).toMatchObject({ soorten: ['PrO'], totaalGeldigeTlvs: 1 });
    await h.agent().post('/tellingen').set(als('teamleider')).send({ teldatum: '2027-10-01' }).expect(409);
    const po = await h.agent().get('/tellingen/laatste').set(als('teamleiderPo')).expect(200);
    expect(po.body).toMatchObject({ teldatum: '2027-02-01', totaalGeldigeTlvs: 0 });
  });

  it('extends every TLV that ends on a date in one go, with one audit entry per TLV', async () => {
    zet('2026-12-16');
    const res = await h.agent().post('/bulk/einddatum-wijzigen').set(als('teamleider')).send({ huidigeEinddatum: '2028-07-31', nieuweEinddatum: '2029-07-31', motivering: 'Regionaal besluit: verlenging.' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ aantal: 3 });
    const audit = await o.sql.query(`SELECT object_id, reden FROM toeleiding.audit_trail WHERE actie = 'einddatumWijzigen' ORDER BY object_id`);
    expect(audit.map((a: { object_id: string }) => a.object_id).sort()).toEqual([ids.geplaatst, ids.nietGeplaatst, ids.pro].sort());
    expect(audit.every((a: { reden: string }) => a.reden === 'Regionaal besluit: verlenging.')).toBe(true);
    const zaak = (await h.lees(ids.geplaatst)).body;
    expect(zaak.besluit).toMatchObject({ einddatum: '2029-07-31', grondslag: 'wijziging-einddatum' });
    expect(zaak.termijnen).toEqual(expect.arrayContaining([expect.objectContaining({ soort: 'tlv-einde', vervaltOp: '2029-07-31', status: 'armed' })]));
    // A date later than the current one only: the whole bulk is refused, nothing changes.
    const terug = await h.agent().post('/bulk/einddatum-wijzigen').set(als('teamleider')).send({ huidigeEinddatum: '2029-07-31', nieuweEinddatum: '2028-07-31', motivering: 'Fout.' });
    expect(terug.status).toBe(400);
    expect((await h.lees(ids.geplaatst)).body.besluit.einddatum).toBe('2029-07-31');
    await h.agent().post('/bulk/einddatum-wijzigen').set(als('consulent')).send({ huidigeEinddatum: '2029-07-31', nieuweEinddatum: '2030-07-31', motivering: 'x' }).expect(403);
  });
});
