import fc from 'fast-check';
import { OngeldigeInvoer, OngeldigeOvergang } from '@pao/zaak/domein';
import { type TlvAanvraag } from './aanvraag';
import { standaardBeleid, vereisteDeskundigen } from './beleid';
import { type TlvCommando } from './commandos';
import { LANDELIJKE_PRO_CRITERIA, PRO_DOMEINEN, toetsProCriteria } from './pro-criteria';
import { ACTOR, AANMAKEN, ctx, idTeller, type ActorNaam } from './testing/fixtures';
import { maakAan, toegestaneCommandos, voerUit } from './voer-uit';

/**
 * Issue 16: PrO is judged on the national criteria, not by two deskundigen (001:1159-1161,
 * 1993-1997); the minimum of one full school year is a VSO rule (001:2025-2027).
 */
const VO = { swv: 'VO' } as const;
const VOLDOET = { iq: 72, leerachterstanden: { 'begrijpend-lezen': 60, 'technisch-lezen': 55 } };

function voer(s: TlvAanvraag, datum: string, actor: ActorNaam, c: TlvCommando) {
  return voerUit(s, c, ctx(datum, ACTOR[actor], idTeller('n')));
}
function fout(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('verwachtte een fout');
}

/** An aanvraag for `soort`, in behandeling, with the eerste deskundige's advice. */
function metEersteAdvies(soort: 'PrO' | 'VSO-laag', proGegevens?: object): TlvAanvraag {
  let s = maakAan({ ...AANMAKEN, dossier: { ...AANMAKEN.dossier, gevraagdeSoort: soort } }, ctx('2026-01-05', ACTOR.school, idTeller('a'))).state;
  s = voer(s, '2026-01-05', 'school', { ...VO, type: 'indienen' }).state;
  s = voer(s, '2026-01-06', 'consulent', { ...VO, type: 'inBehandelingNemen' }).state;
  return voer(s, '2026-01-12', 'orthopedagoog', {
    ...VO,
    type: 'adviesVastleggen',
    deskundige: { rol: 'eerste', discipline: 'orthopedagoog', deskundigeId: ACTOR.orthopedagoog.id },
    advies: 'toelaatbaar',
    soort,
    ...(proGegevens ? { proGegevens } : {}),
  } as TlvCommando).state;
}

const besluit = (soort: string, ingangsdatum: string, einddatum: string): TlvCommando =>
  ({ ...VO, type: 'besluitNemen', inhoud: { uitkomst: 'toelaatbaar', soort, ingangsdatum, einddatum, motivering: 'Voldoet aan de criteria.' } }) as TlvCommando;

describe('deskundigen per soort', () => {
  it('configuration: a second deskundige for speciaal onderwijs, not for PrO', () => {
    const vo = standaardBeleid('VO', 'VO');
    expect(vereisteDeskundigen('PrO', vo)).toEqual(['eerste']);
    for (const soort of ['VSO-laag', 'VSO-midden', 'VSO-hoog'] as const) expect(vereisteDeskundigen(soort, vo)).toEqual(['eerste', 'tweede']);
    for (const soort of ['SBO', 'SO-laag', 'SO-midden', 'SO-hoog'] as const) expect(vereisteDeskundigen(soort, standaardBeleid('PO', 'PO'))).toEqual(['eerste', 'tweede']);
  });

  it('a PrO aanvraag with one deskundige can be decided, for half a school year', () => {
    const s = metEersteAdvies('PrO', VOLDOET);
    expect(s.status).toBe('advies-compleet');
    expect(s.adviezen[0].proToetsing).toMatchObject({ voldoet: true, criteriaVersie: LANDELIJKE_PRO_CRITERIA.versie, iq: 72 });
    expect(toegestaneCommandos(s)).toContain('besluitNemen');
    // 1 February to 31 July: half a school year, fine for PrO.
    const { state, events } = voer(s, '2026-01-19', 'teamleider', besluit('PrO', '2026-02-01', '2026-07-31'));
    expect(state.status).toBe('besluit-genomen');
    expect(state.besluit?.inhoud).toMatchObject({ soort: 'PrO', ingangsdatum: '2026-02-01', einddatum: '2026-07-31' });
    expect(events[0]).toMatchObject({ naam: 'besluit-genomen', data: { soort: 'PrO', uitkomst: 'toelaatbaar' } });
  });

  it('a second deskundige may still advise on a PrO aanvraag', () => {
    const s = voer(metEersteAdvies('PrO', VOLDOET), '2026-01-13', 'consulent', {
      ...VO,
      type: 'adviesVastleggen',
      deskundige: { rol: 'tweede', discipline: 'pedagoog', deskundigeId: 'extern-1' },
      advies: 'toelaatbaar',
    });
    expect(s.state.status).toBe('advies-compleet');
  });

  it('a VSO aanvraag still needs two; a PrO aanvraag decided as VSO too', () => {
    const vso = metEersteAdvies('VSO-laag');
    expect(vso.status).toBe('in-behandeling');
    const f = fout(() => voer(vso, '2026-01-19', 'teamleider', besluit('VSO-laag', '2026-02-01', '2027-07-31'))) as OngeldigeOvergang;
    expect(f).toBeInstanceOf(OngeldigeOvergang);
    expect(f.reden).toContain('tweede');
    const pro = metEersteAdvies('PrO', VOLDOET);
    const g = fout(() => voer(pro, '2026-01-19', 'teamleider', besluit('VSO-laag', '2026-02-01', '2027-07-31'))) as OngeldigeOvergang;
    expect(g.reden).toContain('VSO-laag ontbreekt advies van de tweede deskundige');
  });

  it('a VSO TLV for half a school year is refused, naming the rule', () => {
    const vso = metEersteAdvies('VSO-laag');
    const compleet = voer(vso, '2026-01-13', 'consulent', {
      ...VO,
      type: 'adviesVastleggen',
      deskundige: { rol: 'tweede', discipline: 'arts', deskundigeId: 'extern-arts' },
      advies: 'toelaatbaar',
    }).state;
    const f = fout(() => voer(compleet, '2026-01-19', 'teamleider', besluit('VSO-laag', '2026-02-01', '2026-07-31'))) as OngeldigeInvoer;
    expect(f).toBeInstanceOf(OngeldigeInvoer);
    expect(f.fouten[0]).toMatchObject({ veld: 'inhoud.einddatum' });
    expect(f.fouten[0].melding).toContain('een TLV VSO-laag geldt ten minste één volledig schooljaar');
    expect(f.fouten[0].melding).toContain('tlv-beleid/VO/');
    expect(voer(compleet, '2026-01-19', 'teamleider', besluit('VSO-laag', '2026-02-01', '2027-07-31')).state.status).toBe('besluit-genomen');
  });

  it('a toelaatbaar PrO besluit needs a toetsing that meets the criteria', () => {
    const zonder = fout(() => voer(metEersteAdvies('PrO'), '2026-01-19', 'teamleider', besluit('PrO', '2026-02-01', '2026-07-31'))) as OngeldigeOvergang;
    expect(zonder.reden).toContain('toetsing');
    const hoogIq = metEersteAdvies('PrO', { ...VOLDOET, iq: 95 });
    expect(hoogIq.adviezen[0].proToetsing).toMatchObject({ voldoet: false, nietVoldaan: ['IQ tussen 55 en 80'] });
    const f = fout(() => voer(hoogIq, '2026-01-19', 'teamleider', besluit('PrO', '2026-02-01', '2026-07-31'))) as OngeldigeOvergang;
    expect(f.reden).toContain('IQ tussen 55 en 80');
    // Niet-toelaatbaar needs no toetsing.
    const niet = { ...VO, type: 'besluitNemen', inhoud: { uitkomst: 'niet-toelaatbaar', motivering: 'Regulier vmbo met steun.' } } as TlvCommando;
    expect(voer(hoogIq, '2026-01-19', 'teamleider', niet).state.status).toBe('besluit-genomen');
  });

  it('checks the measurements and who records them', () => {
    expect(fout(() => metEersteAdvies('PrO', { iq: 'laag', leerachterstanden: {} }))).toMatchObject({ veld: 'proGegevens.iq' });
    expect(fout(() => metEersteAdvies('PrO', { iq: 70, leerachterstanden: { rekenen: 50 } }))).toMatchObject({ veld: 'proGegevens.leerachterstanden.rekenen' });
    expect(fout(() => metEersteAdvies('PrO', { iq: 70, leerachterstanden: { spellen: 150 } }))).toMatchObject({ veld: 'proGegevens.leerachterstanden.spellen' });
  });
});

describe('PrO criteria', () => {
  it.each([
    [{ iq: 55, leerachterstanden: { 'inzichtelijk-rekenen': 50, spellen: 50 } }, []],
    [{ iq: 80, leerachterstanden: { 'begrijpend-lezen': 70, 'technisch-lezen': 50 } }, []],
    [{ iq: 54, leerachterstanden: { 'begrijpend-lezen': 70, 'technisch-lezen': 50 } }, ['IQ tussen 55 en 80']],
    [{ iq: 81, leerachterstanden: { 'begrijpend-lezen': 70, 'technisch-lezen': 50 } }, ['IQ tussen 55 en 80']],
    [{ iq: 70, leerachterstanden: { 'begrijpend-lezen': 70 } }, ['leerachterstand van ten minste 50% op 2 domeinen']],
    [{ iq: 70, leerachterstanden: { 'technisch-lezen': 70, spellen: 60 } }, ['leerachterstand op inzichtelijk-rekenen of begrijpend-lezen']],
    [{ iq: 70, leerachterstanden: { 'inzichtelijk-rekenen': 49, spellen: 60 } }, ['leerachterstand van ten minste 50% op 2 domeinen', 'leerachterstand op inzichtelijk-rekenen of begrijpend-lezen']],
  ] as const)('%j → niet voldaan %j', (gegevens, nietVoldaan) => {
    const t = toetsProCriteria(gegevens, LANDELIJKE_PRO_CRITERIA);
    expect(t.nietVoldaan).toEqual(nietVoldaan);
    expect(t.voldoet).toBe(nietVoldaan.length === 0);
  });

  it('more delay or an IQ within range never makes a pupil fail (property)', () => {
    const gegevens = fc.record({
      iq: fc.integer({ min: 40, max: 100 }),
      leerachterstanden: fc.record(Object.fromEntries(PRO_DOMEINEN.map((d) => [d, fc.integer({ min: 0, max: 100 })])) as Record<(typeof PRO_DOMEINEN)[number], fc.Arbitrary<number>>, { requiredKeys: [] }),
    });
    fc.assert(
      fc.property(gegevens, fc.constantFrom(...PRO_DOMEINEN), (g, domein) => {
        const t = toetsProCriteria(g, LANDELIJKE_PRO_CRITERIA);
        const meer = toetsProCriteria({ ...g, leerachterstanden: { ...g.leerachterstanden, [domein]: 100 } }, LANDELIJKE_PRO_CRITERIA);
        if (t.voldoet) expect(meer.voldoet).toBe(true);
        if (g.iq < 55 || g.iq > 80) expect(t.voldoet).toBe(false);
      }),
    );
  });
});
