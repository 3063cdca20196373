import fc from 'fast-check';
import { civilDate, dagnummer, vanDagnummer } from './civil-date';
import {
  beslistermijnOpBezwaar,
  bezwaartermijn,
  datumVolgensRegel,
  GeenRegelError,
  jaarlijkseMomenten,
  Regel,
  Regelset,
  STANDAARD_REGELSET,
  type Swv,
  teldata,
  termijnVolgensRegel,
  tlvLooptijd,
  volgendMoment,
  zorgplichttermijn,
} from './regelset';
import { schooljaar } from './schooljaar';

const c = civilDate;
const rs = STANDAARD_REGELSET;
const PO: Swv = { id: 'PO', sector: 'PO' };
const VO: Swv = { id: 'VO', sector: 'VO' };
const SWV = { PO, VO };

describe('Regelset.regelOp', () => {
  it('answers with the value, its version id and its validity', () => {
    expect(rs.regelOp(VO, 'bezwaartermijn', c('2026-09-01'))).toMatchObject({
      waarde: { duur: { weken: 6 }, atw: true },
      versie: 'pao-regels-2026.1/bezwaartermijn.awb',
      geldigVanaf: '1990-01-01',
      check: false,
      swv: 'VO',
      sector: 'vo',
    });
    expect(rs.regelOp(PO, 'beslistermijnTlv', c('2026-09-01')).check).toBe(true);
  });

  it.each([
    ['PO', 'po', '2022-12-31', { maand: 10, dag: 1 }],
    ['PO', 'po', '2023-01-01', { maand: 2, dag: 1 }],
    ['PO', 'so', '2023-01-01', { maand: 2, dag: 1 }],
    ['PO', 'sbo', '2019-06-01', { maand: 10, dag: 1 }],
    ['VO', 'vo', '2024-06-01', { maand: 10, dag: 1 }],
    ['VO', 'pro', '2024-06-01', { maand: 10, dag: 1 }],
    ['VO', 'vso', '2022-12-31', { maand: 10, dag: 1 }],
    ['VO', 'vso', '2024-06-01', { maand: 2, dag: 1 }],
  ] as const)('teldatum %s/%s on %s', (swv, sector, peildatum, waarde) => {
    expect(rs.regelOp(SWV[swv], 'teldatum', c(peildatum), sector).waarde).toEqual(waarde);
  });

  it('takes an instant as a date in Europe/Amsterdam', () => {
    // 2022-12-31T23:30Z is 1 January 2023 00:30 in Amsterdam.
    expect(rs.regelOp(PO, 'teldatum', new Date('2022-12-31T23:30:00Z')).waarde).toEqual({ maand: 2, dag: 1 });
  });

  it('PO teldatum is 1 oktober before 2023 and 1 februari from 2023, VO always 1 oktober (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dagnummer(c('1995-01-01')), max: dagnummer(c('2060-12-31')) }).map(vanDagnummer), (d) => {
        expect(rs.regelOp(PO, 'teldatum', d).waarde).toEqual(d < '2023-01-01' ? { maand: 10, dag: 1 } : { maand: 2, dag: 1 });
        expect(rs.regelOp(VO, 'teldatum', d).waarde).toEqual({ maand: 10, dag: 1 });
      }),
    );
  });

  it('lets an SWV configure its own rule from a date, in a new version of the set', () => {
    const eigen: Regel<'beslistermijnTlv'> = {
      id: 'beslistermijn-tlv.vo.8-weken',
      sleutel: 'beslistermijnTlv',
      swv: 'VO',
      sector: '*',
      geldigVanaf: c('2027-01-01'),
      waarde: { duur: { weken: 8 }, atw: true },
      bron: 'besluit bestuur SWV VO',
    };
    const v2 = rs.metRegels('pao-regels-2027.1', [eigen]);
    expect(v2.regelOp(VO, 'beslistermijnTlv', c('2026-12-31')).waarde.duur).toEqual({ weken: 6 });
    expect(v2.regelOp(VO, 'beslistermijnTlv', c('2027-01-01')).versie).toBe('pao-regels-2027.1/beslistermijn-tlv.vo.8-weken');
    expect(v2.regelOp(PO, 'beslistermijnTlv', c('2027-01-01')).waarde.duur).toEqual({ weken: 6 });
    const t = termijnVolgensRegel(v2, VO, 'beslistermijnTlv', { ingang: c('2027-03-01') });
    expect([t.einddatum, t.regelversie]).toEqual(['2027-04-26', 'pao-regels-2027.1/beslistermijn-tlv.vo.8-weken']);
  });

  it('respects geldigTot and reports a missing rule', () => {
    const tijdelijk = new Regelset('t-1', [
      { id: 'a', sleutel: 'mboAanmelding', swv: '*', sector: '*', geldigVanaf: c('2020-01-01'), geldigTot: c('2025-01-01'), waarde: { maand: 4, dag: 1 }, bron: 'x' },
    ]);
    expect(tijdelijk.regelOp(VO, 'mboAanmelding', c('2024-12-31')).waarde).toEqual({ maand: 4, dag: 1 });
    expect(() => tijdelijk.regelOp(VO, 'mboAanmelding', c('2025-01-01'))).toThrow(GeenRegelError);
    expect(() => tijdelijk.regelOp(VO, 'mboAanmelding', c('2019-12-31'))).toThrow(GeenRegelError);
  });

  it('rejects inconsistent configuration and misuse', () => {
    const r: Regel = { id: 'x', sleutel: 'mboAanmelding', swv: '*', sector: '*', geldigVanaf: c('2020-01-01'), waarde: { maand: 4, dag: 1 }, bron: 'x' };
    expect(() => new Regelset('v', [r, r])).toThrow(/duplicate/);
    expect(() => new Regelset('v', [r, { ...r, id: 'y' }])).toThrow(/same key/);
    expect(() => new Regelset('v', [{ ...r, geldigTot: c('2019-01-01') }])).toThrow(/geldigTot/);
    expect(() => new Regelset('v:1', [r])).toThrow(/version/);
    expect(() => rs.regelOp(PO, 'teldatum', c('2026-01-01'), 'vso')).toThrow(/does not belong/);
  });
});

describe('derived dates', () => {
  it.each([
    ['PO', 'po', 2021, ['2021-10-01']],
    ['PO', 'po', 2022, ['2022-10-01', '2023-02-01']], // transition year: last 1 oktober, first 1 februari
    ['PO', 'po', 2023, ['2024-02-01']],
    ['VO', 'vo', 2023, ['2023-10-01']],
    ['VO', 'vso', 2022, ['2022-10-01', '2023-02-01']],
    ['VO', 'vso', 2026, ['2027-02-01']],
  ] as const)('teldata %s/%s in school year %i', (swv, sector, beginjaar, verwacht) => {
    expect(teldata(rs, SWV[swv], schooljaar(beginjaar), sector).map((m) => m.datum)).toEqual(verwacht);
  });

  it('gives each teldatum the version of the rule that produced it', () => {
    expect(teldata(rs, PO, schooljaar(2022)).map((m) => m.versie)).toEqual([
      'pao-regels-2026.1/teldatum.1-oktober',
      'pao-regels-2026.1/teldatum.po.1-februari',
    ]);
  });

  it('finds every teldatum exactly once over a range of years (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1995, max: 2050 }), fc.integer({ min: 0, max: 8 }), (y, n) => {
        const momenten = jaarlijkseMomenten(rs, PO, 'teldatum', c(y, 8, 1), c(y + n + 1, 7, 31));
        for (const m of momenten) expect(m.datum < '2023-01-01' ? m.datum.endsWith('-10-01') : m.datum.endsWith('-02-01')).toBe(true);
        expect(new Set(momenten.map((m) => m.datum)).size).toBe(momenten.length);
        const overgang = y <= 2022 && y + n >= 2022 ? 1 : 0;
        expect(momenten).toHaveLength(n + 1 + overgang);
      }),
    );
  });

  it('next MBO aanmelding deadline and PO-VO advice date per school year', () => {
    expect(volgendMoment(rs, VO, 'mboAanmelding', c('2026-04-02'))?.datum).toBe('2027-04-01');
    expect(volgendMoment(rs, VO, 'mboAanmelding', c('2026-04-01'))?.datum).toBe('2026-04-01');
    expect(datumVolgensRegel(rs, PO, 'poVoDefinitiefAdvies', schooljaar(2025)).datum).toBe('2026-03-24');
    expect(datumVolgensRegel(rs, PO, 'poVoDefinitiefAdvies', schooljaar(2022)).datum).toBe('2023-03-01');
  });

  it('bezwaartermijn and beslissing op bezwaar (Awb 6:7, 7:10)', () => {
    const bt = bezwaartermijn(rs, VO, c('2026-09-01'));
    expect([bt.einddatum, bt.regelversie]).toEqual(['2026-10-13', 'pao-regels-2026.1/bezwaartermijn.awb']);
    expect(beslistermijnOpBezwaar(rs, VO, { bezwaartermijn: bt, metCommissie: true }).einddatum).toBe('2027-01-05');
    expect(beslistermijnOpBezwaar(rs, VO, { bezwaartermijn: bt, metCommissie: true, verdaagd: true }).einddatum).toBe('2027-02-16');
    expect(beslistermijnOpBezwaar(rs, VO, { bezwaartermijn: bt, metCommissie: false }).einddatum).toBe('2026-11-24');
    // A bezwaartermijn ending on Koningsdag moves, and the decision term counts from the moved end.
    const kd = bezwaartermijn(rs, PO, c('2026-03-16'));
    expect(kd.einddatum).toBe('2026-04-28');
    expect(beslistermijnOpBezwaar(rs, PO, { bezwaartermijn: kd, metCommissie: true }).kaleEinddatum).toBe('2026-07-21');
  });

  it('zorgplicht 6 weeks, extended once by 4; thuiszitter timers ignore the Atw', () => {
    expect(zorgplichttermijn(rs, PO, { aanmelding: c('2026-03-02') }).einddatum).toBe('2026-04-13');
    expect(zorgplichttermijn(rs, PO, { aanmelding: c('2026-03-02'), verlengd: true }).einddatum).toBe('2026-05-11');
    const signaal = termijnVolgensRegel(rs, VO, 'thuiszitterSignaal', { ingang: c('2026-09-05') });
    expect([signaal.einddatum, signaal.atwToegepast]).toEqual(['2026-10-03', false]); // a Saturday, not moved
    expect(termijnVolgensRegel(rs, VO, 'thuiszitterPassendAanbod', { ingang: c('2026-11-30') }).einddatum).toBe('2027-02-28');
  });

  it('TLV end date: 31 July after at least one full school year; re-assessment cut-off in the last year', () => {
    expect(tlvLooptijd(rs, VO, { ingangsdatum: c('2026-08-01') })).toMatchObject({ einddatum: '2027-07-31', herbeoordelingUiterlijk: '2027-04-15' });
    expect(tlvLooptijd(rs, VO, { ingangsdatum: c('2026-03-01') })).toMatchObject({ einddatum: '2027-07-31', herbeoordelingUiterlijk: '2027-04-15' });
    expect(tlvLooptijd(rs, VO, { ingangsdatum: c('2026-03-01'), schooljaren: 2 }).einddatum).toBe('2028-07-31');
    expect(tlvLooptijd(rs, PO, { ingangsdatum: c('2026-08-01'), schooljaren: 3 }).einddatum).toBe('2029-07-31');
    expect(tlvLooptijd(rs, PO, { ingangsdatum: c('2026-08-01') }).versies).toContain('pao-regels-2026.1/tlv-einddatum.31-juli');
  });
});
