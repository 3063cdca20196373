import fc from 'fast-check';
import { CivilDate, civilDate, dagenTussen, dagnummer, plusDagen, vanDagnummer } from './civil-date';
import { atwKalender } from './feestdagen';
import { awbTermijn, berekenTermijn, Duur, Opschorting, opschortingWegensAanvulling } from './termijn';

const c = civilDate;
const dag = (van: string, tot: string) => fc.integer({ min: dagnummer(c(van)), max: dagnummer(c(tot)) }).map(vanDagnummer);
const bekendmakingArb = dag('1995-01-01', '2099-12-31');
const duurArb: fc.Arbitrary<Duur> = fc.oneof(
  fc.integer({ min: 1, max: 30 }).map((weken) => ({ weken })),
  fc.integer({ min: 1, max: 120 }).map((dagen) => ({ dagen })),
  fc.integer({ min: 1, max: 12 }).map((maanden) => ({ maanden })),
);
const opschortingenArb = (bekendmaking: CivilDate) =>
  fc.array(
    fc.record({ start: fc.integer({ min: -30, max: 300 }), lengte: fc.integer({ min: 0, max: 60 }) }).map(
      ({ start, lengte }): Opschorting => ({ van: plusDagen(bekendmaking, start), tot: plusDagen(bekendmaking, start + lengte) }),
    ),
    { maxLength: 3 },
  );
const totaal = (os: readonly Opschorting[]) => os.reduce((n, o) => n + dagenTussen(o.van, o.tot), 0);

describe('awbTermijn: table of known dates', () => {
  const zes = (bekendmaking: string) => awbTermijn({ bekendmaking: c(bekendmaking), weken: 6 });

  it('6 weeks from Tuesday 1 September ends on Tuesday 13 October, at midnight Amsterdam time', () => {
    const t = zes('2026-09-01');
    expect(t.eersteDag).toBe('2026-09-02');
    expect(t.kaleEinddatum).toBe('2026-10-13');
    expect(t.einddatum).toBe('2026-10-13');
    expect(t.verschuivingen).toEqual([]);
    expect(t.verstrijktOp.toISOString()).toBe('2026-10-13T22:00:00.000Z');
    expect(t.kalenderversie).toBe('atw-awb-2026.1');
    expect(t.voorbehouden).toEqual([]);
  });

  it.each([
    // [label, bekendmaking, plain end, final end, days passed over]
    ['Koningsdag Monday 27 April 2026', '2026-03-16', '2026-04-27', '2026-04-28', ['2026-04-27 koningsdag']],
    ['Koningsdag Saturday 26 April 2025 (27 April a Sunday)', '2025-03-15', '2025-04-26', '2025-04-28', ['2025-04-26 zaterdag koningsdag', '2025-04-27 zondag']],
    ['Sunday 27 April 2025 is not Koningsdag', '2025-03-16', '2025-04-27', '2025-04-28', ['2025-04-27 zondag']],
    ['Friday 25 April 2025 is a working day', '2025-03-14', '2025-04-25', '2025-04-25', []],
    ['Hemelvaartsdag 2026 + gelijkgestelde vrijdag', '2026-04-02', '2026-05-14', '2026-05-18', ['2026-05-14 hemelvaartsdag', '2026-05-15 gelijkgestelde-dag', '2026-05-16 zaterdag', '2026-05-17 zondag']],
    ['Hemelvaartsdag 2025 + gelijkgestelde vrijdag', '2025-04-17', '2025-05-29', '2025-06-02', ['2025-05-29 hemelvaartsdag', '2025-05-30 gelijkgestelde-dag', '2025-05-31 zaterdag', '2025-06-01 zondag']],
    ['Tweede Pinksterdag 2026', '2026-04-13', '2026-05-25', '2026-05-26', ['2026-05-25 tweede-pinksterdag']],
    ['Tweede Pinksterdag 2025', '2025-04-28', '2025-06-09', '2025-06-10', ['2025-06-09 tweede-pinksterdag']],
    ['Goede Vrijdag and Tweede Paasdag 2026', '2026-02-20', '2026-04-03', '2026-04-07', ['2026-04-03 goede-vrijdag', '2026-04-04 zaterdag', '2026-04-05 zondag', '2026-04-06 tweede-paasdag']],
    ['5 mei 2026 (not a lustrum year)', '2026-03-24', '2026-05-05', '2026-05-06', ['2026-05-05 bevrijdingsdag']],
    ['Christmas 2024 with gelijkgestelde 27 December', '2024-11-13', '2024-12-25', '2024-12-30', ['2024-12-25 eerste-kerstdag', '2024-12-26 tweede-kerstdag', '2024-12-27 gelijkgestelde-dag', '2024-12-28 zaterdag', '2024-12-29 zondag']],
    ['Christmas 2026 into the weekend', '2026-11-13', '2026-12-25', '2026-12-28', ['2026-12-25 eerste-kerstdag', '2026-12-26 zaterdag tweede-kerstdag', '2026-12-27 zondag']],
    ['New Year 2026 with gelijkgestelde 2 January', '2025-11-20', '2026-01-01', '2026-01-05', ['2026-01-01 nieuwjaarsdag', '2026-01-02 gelijkgestelde-dag', '2026-01-03 zaterdag', '2026-01-04 zondag']],
    ['New Year 2027 on a Friday', '2026-11-20', '2027-01-01', '2027-01-04', ['2027-01-01 nieuwjaarsdag', '2027-01-02 zaterdag', '2027-01-03 zondag']],
    ['a term running over Christmas and New Year is not extended by them', '2026-12-01', '2027-01-12', '2027-01-12', []],
  ])('%s', (_label, bekendmaking, kaal, eind, over) => {
    const t = zes(bekendmaking);
    expect(t.kaleEinddatum).toBe(kaal);
    expect(t.einddatum).toBe(eind);
    expect(
      t.verschuivingen.map((v) => [v.datum, ...(v.weekend ? [v.weekdag] : []), ...v.feestdagen.map((f) => f.code)].join(' ')),
    ).toEqual(over);
    expect(t.verschuivingen.every((v) => v.artikel === 'Atw art. 1')).toBe(true);
  });

  it('terms in days and months', () => {
    expect(awbTermijn({ bekendmaking: c('2026-09-01'), dagen: 14 }).einddatum).toBe('2026-09-15');
    // one month after 31 January is 28 February 2026, a Saturday → Monday 2 March
    const m = awbTermijn({ bekendmaking: c('2026-01-31'), maanden: 1 });
    expect([m.kaleEinddatum, m.einddatum]).toEqual(['2026-02-28', '2026-03-02']);
  });

  it('Atw art. 2: a term of 3 days holds at least two working days', () => {
    // 25 Dec (holiday), 26 (Sat), 27 (Sun): no working day; art. 1 alone would give Mon 28.
    const t = awbTermijn({ bekendmaking: c('2026-12-24'), dagen: 3 });
    expect(t.kaleEinddatum).toBe('2026-12-27');
    expect(t.einddatum).toBe('2026-12-29');
    expect(t.verschuivingen.map((v) => `${v.datum} ${v.artikel}`)).toEqual(['2026-12-27 Atw art. 2', '2026-12-28 Atw art. 2']);
  });

  it('does not apply the Atw to factual timers', () => {
    const t = berekenTermijn({ ingang: c('2026-11-30'), duur: { maanden: 3 }, atw: false });
    expect(t.einddatum).toBe('2027-02-28'); // a Sunday, stays
    expect(t.atwToegepast).toBe(false);
  });

  it('flags a result that depends on gelijkgestelde dagen not yet published', () => {
    const t = awbTermijn({ bekendmaking: c('2029-03-29'), weken: 6 }); // 10 May 2029 Hemelvaartsdag
    expect(t.einddatum).toBe('2029-05-14');
    expect(t.voorbehouden.join()).toMatch(/2029/);
  });
});

describe('opschorting and verdaging', () => {
  const basis = { bekendmaking: c('2026-09-01'), weken: 6 } as const;

  it('stops the clock for the suspended days and resumes it (Awb 4:15)', () => {
    const o = opschortingWegensAanvulling({ uitgenodigdOp: c('2026-09-09'), aangevuldOp: c('2026-09-20') });
    expect(o).toMatchObject({ van: '2026-09-10', tot: '2026-09-20' });
    const t = awbTermijn({ ...basis, opschortingen: [o] });
    expect(t.opgeschorteDagen).toBe(10);
    expect(t.onverschovenEinddatum).toBe('2026-10-23');
    expect(t.einddatum).toBe('2026-10-23');
  });

  it('a hersteltermijn that lapses unused ends the suspension the day after its last day', () => {
    const o = opschortingWegensAanvulling({ uitgenodigdOp: c('2026-09-09'), hersteltermijnLaatsteDag: c('2026-09-23') });
    expect(o).toMatchObject({ van: '2026-09-10', tot: '2026-09-24' });
  });

  it('ignores a suspension after the term ended, clips one that began before it, merges overlaps', () => {
    expect(awbTermijn({ ...basis, opschortingen: [{ van: c('2026-10-14'), tot: c('2026-10-30') }] }).einddatum).toBe('2026-10-13');
    const vooraf = awbTermijn({ ...basis, opschortingen: [{ van: c('2026-08-25'), tot: c('2026-09-05') }] });
    expect([vooraf.opgeschorteDagen, vooraf.einddatum]).toEqual([3, '2026-10-16']);
    const overlap = awbTermijn({
      ...basis,
      opschortingen: [
        { van: c('2026-09-15'), tot: c('2026-09-25') },
        { van: c('2026-09-10'), tot: c('2026-09-20') },
      ],
    });
    expect([overlap.opgeschorteDagen, overlap.einddatum]).toEqual([15, '2026-10-28']);
  });

  it('a suspension starting on the last day still counts; one starting the day after does not', () => {
    expect(awbTermijn({ ...basis, opschortingen: [{ van: c('2026-10-13'), tot: c('2026-10-15') }] }).einddatum).toBe('2026-10-15');
    expect(awbTermijn({ ...basis, opschortingen: [{ van: c('2026-10-14'), tot: c('2026-10-16') }] }).einddatum).toBe('2026-10-13');
  });

  it('adds an extension once', () => {
    const t = awbTermijn({ bekendmaking: c('2026-10-13'), weken: 12, verdaging: { weken: 6 } });
    expect(t.kaleEinddatum).toBe('2027-01-05');
    expect(t.einddatum).toBe('2027-02-16');
  });

  it('rejects malformed input', () => {
    expect(() => awbTermijn({ bekendmaking: c('2026-09-01') })).toThrow(RangeError);
    expect(() => awbTermijn({ bekendmaking: c('2026-09-01'), weken: 6, dagen: 3 })).toThrow(RangeError);
    expect(() => awbTermijn({ bekendmaking: c('2026-09-01'), weken: -1 })).toThrow(RangeError);
    expect(() => awbTermijn({ bekendmaking: c('2026-09-01'), weken: 1.5 })).toThrow(RangeError);
    expect(() => awbTermijn({ ...basis, opschortingen: [{ van: c('2026-09-10'), tot: c('2026-09-01') }] })).toThrow(RangeError);
  });
});

describe('awbTermijn: properties', () => {
  it('never ends on a Saturday, Sunday or Atw holiday', () => {
    fc.assert(
      fc.property(bekendmakingArb, duurArb, (bekendmaking, duur) => {
        const t = berekenTermijn({ ingang: bekendmaking, duur });
        expect(atwKalender.isWerkdag(t.einddatum)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is never earlier than the plain date, and moves only past rest days (Atw art. 1 is minimal)', () => {
    fc.assert(
      fc.property(bekendmakingArb, fc.integer({ min: 1, max: 60 }), (bekendmaking, weken) => {
        const t = awbTermijn({ bekendmaking, weken });
        expect(t.kaleEinddatum).toBe(plusDagen(bekendmaking, 7 * weken));
        expect(t.einddatum >= t.kaleEinddatum).toBe(true);
        for (let d = t.kaleEinddatum; d < t.einddatum; d = plusDagen(d, 1)) expect(atwKalender.isWerkdag(d)).toBe(false);
        expect(t.verschuivingen.map((v) => v.datum)).toEqual(
          Array.from({ length: dagenTussen(t.kaleEinddatum, t.einddatum) }, (_, i) => plusDagen(t.kaleEinddatum, i)),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('suspension of D days never moves it earlier, and never by more than D plus the holiday/weekend shift', () => {
    fc.assert(
      fc.property(
        bekendmakingArb.chain((b) => fc.tuple(fc.constant(b), duurArb, opschortingenArb(b))),
        ([bekendmaking, duur, opschortingen]) => {
          const zonder = berekenTermijn({ ingang: bekendmaking, duur });
          const met = berekenTermijn({ ingang: bekendmaking, duur, opschortingen });
          const D = totaal(opschortingen);
          const atwVerschuiving = dagenTussen(met.onverschovenEinddatum, met.einddatum);
          expect(met.einddatum >= zonder.einddatum).toBe(true);
          expect(dagenTussen(zonder.einddatum, met.einddatum)).toBeLessThanOrEqual(D + atwVerschuiving);
          expect(dagenTussen(zonder.onverschovenEinddatum, met.onverschovenEinddatum)).toBe(met.opgeschorteDagen);
          expect(met.opgeschorteDagen).toBeLessThanOrEqual(D);
          expect(atwKalender.isWerkdag(met.einddatum)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a suspension wholly inside the running term moves the unshifted end by exactly its length', () => {
    fc.assert(
      fc.property(bekendmakingArb, fc.integer({ min: 1, max: 52 }), fc.nat(), fc.nat(), (bekendmaking, weken, a, b) => {
        const lengte = 7 * weken;
        const start = 1 + (a % lengte); // first suspended day within [eersteDag, kale einddatum]
        const D = b % 90;
        const o = { van: plusDagen(bekendmaking, start), tot: plusDagen(bekendmaking, start + D) };
        const t = awbTermijn({ bekendmaking, weken, opschortingen: [o] });
        expect(t.onverschovenEinddatum).toBe(plusDagen(t.kaleEinddatum, D));
      }),
    );
  });

  it('an extension never makes it earlier, and the rule version is recorded', () => {
    fc.assert(
      fc.property(bekendmakingArb, duurArb, fc.integer({ min: 0, max: 12 }), (bekendmaking, duur, weken) => {
        const zonder = berekenTermijn({ ingang: bekendmaking, duur, regelversie: 'r/1' });
        const met = berekenTermijn({ ingang: bekendmaking, duur, verdaging: { weken }, regelversie: 'r/1' });
        expect(met.einddatum >= zonder.einddatum).toBe(true);
        expect(met.regelversie).toBe('r/1');
      }),
    );
  });

  it('the expiry instant is midnight in Amsterdam after the last day', () => {
    fc.assert(
      fc.property(bekendmakingArb, (bekendmaking) => {
        const t = awbTermijn({ bekendmaking, weken: 6 });
        const local = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t.verstrijktOp);
        expect(local).toBe(`${plusDagen(t.einddatum, 1)}, 00:00`);
      }),
      { numRuns: 300 },
    );
  });
});
