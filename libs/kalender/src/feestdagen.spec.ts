import fc from 'fast-check';
import { civilDate, dagenTussen, delen, weekdag } from './civil-date';
import { AtwKalender, atwKalender, paaszondag, STANDAARD_ATW_CONFIG, verwachteGelijkstellingen } from './feestdagen';

const codes = (year: number) => atwKalender.feestdagen(year).map((f) => `${f.datum} ${f.code}`);

describe('Easter (anonymous Gregorian algorithm)', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2019, '2019-04-21'],
    [2000, '2000-04-23'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
    [1818, '1818-03-22'],
  ])('%i: %s', (year, date) => {
    expect(paaszondag(year)).toBe(date);
  });

  it('is always a Sunday between 22 March and 25 April (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const p = paaszondag(year);
        expect(weekdag(p)).toBe(7);
        expect(p >= `${p.slice(0, 4)}-03-22` && p <= `${p.slice(0, 4)}-04-25`).toBe(true);
      }),
    );
  });
});

describe('Atw holidays', () => {
  it('lists 2026 completely (Goede Vrijdag per art. 3 lid 2, gelijkgestelde dagen per besluit)', () => {
    expect(codes(2026)).toEqual([
      '2026-01-01 nieuwjaarsdag',
      '2026-01-02 gelijkgestelde-dag',
      '2026-04-03 goede-vrijdag',
      '2026-04-06 tweede-paasdag',
      '2026-04-27 koningsdag',
      '2026-05-05 bevrijdingsdag',
      '2026-05-14 hemelvaartsdag',
      '2026-05-15 gelijkgestelde-dag',
      '2026-05-25 tweede-pinksterdag',
      '2026-12-25 eerste-kerstdag',
      '2026-12-26 tweede-kerstdag',
    ]);
  });

  it('moves Koningsdag to 26 April when 27 April is a Sunday (2014, 2025)', () => {
    expect(weekdag(civilDate('2025-04-27'))).toBe(7);
    expect(atwKalender.feestdagenOp(civilDate('2025-04-26')).map((f) => f.code)).toEqual(['koningsdag']);
    expect(atwKalender.feestdagenOp(civilDate('2025-04-27'))).toEqual([]);
    expect(atwKalender.feestdagenOp(civilDate('2014-04-26')).map((f) => f.code)).toEqual(['koningsdag']);
    expect(atwKalender.feestdagenOp(civilDate('2024-04-27')).map((f) => f.code)).toEqual(['koningsdag']);
  });

  it('kept Koninginnedag on 30 April (29 April when a Sunday) before 2014', () => {
    expect(atwKalender.feestdagenOp(civilDate('2013-04-30')).map((f) => f.code)).toEqual(['koningsdag']);
    expect(atwKalender.feestdagenOp(civilDate('2006-04-29')).map((f) => f.code)).toEqual(['koningsdag']);
    expect(atwKalender.isFeestdag(civilDate('2006-04-30'))).toBe(false);
  });

  it('knows 5 mei every year, not only in lustrum years', () => {
    for (const y of [2023, 2024, 2026, 2027, 2031]) expect(atwKalender.isFeestdag(civilDate(y, 5, 5))).toBe(true);
  });

  it('can have two holidays on one day (5 mei = Hemelvaartsdag in 2005)', () => {
    expect(atwKalender.feestdagenOp(civilDate('2005-05-05')).map((f) => f.code).sort()).toEqual(['bevrijdingsdag', 'hemelvaartsdag']);
  });

  it('never puts Koningsdag on a Sunday; Easter-based days fall on their weekday (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2300 }), (year) => {
        const byCode = new Map(atwKalender.feestdagen(year).map((f) => [f.code, f.datum]));
        expect(weekdag(byCode.get('koningsdag')!)).not.toBe(7);
        expect(weekdag(byCode.get('goede-vrijdag')!)).toBe(5);
        expect(weekdag(byCode.get('tweede-paasdag')!)).toBe(1);
        expect(weekdag(byCode.get('hemelvaartsdag')!)).toBe(4);
        expect(weekdag(byCode.get('tweede-pinksterdag')!)).toBe(1);
        expect(dagenTussen(byCode.get('tweede-paasdag')!, byCode.get('tweede-pinksterdag')!)).toBe(49);
        for (const f of atwKalender.feestdagen(year)) expect(delen(f.datum).year).toBe(year);
      }),
    );
  });

  it('the expected-gelijkstelling pattern reproduces every published besluit 2023-2028', () => {
    const geen = new AtwKalender({ ...STANDAARD_ATW_CONFIG, gelijkstellingen: [], onbekendeJaren: 'geen' });
    for (let year = 2023; year <= 2028; year++) {
      const verwacht = verwachteGelijkstellingen(geen.feestdagen(year));
      const gepubliceerd = STANDAARD_ATW_CONFIG.gelijkstellingen.map((g) => g.datum).filter((d) => d.startsWith(`${year}-`));
      expect(verwacht).toEqual(gepubliceerd);
    }
  });

  it('assumes the pattern, with a voorbehoud, for years without a besluit', () => {
    // 2029: Hemelvaartsdag Thursday 10 May → Friday 11 May expected.
    const f = atwKalender.feestdagenOp(civilDate('2029-05-11'));
    expect(f).toHaveLength(1);
    expect(f[0].verwacht).toBe(true);
    expect(atwKalender.voorbehoud(civilDate('2029-05-11'))).toMatch(/2029/);
    expect(atwKalender.voorbehoud(civilDate('2026-05-15'))).toBeUndefined();
    const strikt = new AtwKalender({ ...STANDAARD_ATW_CONFIG, onbekendeJaren: 'geen' });
    expect(strikt.isFeestdag(civilDate('2029-05-11'))).toBe(false);
  });

  it('explains a rest day', () => {
    expect(atwKalender.rustdag(civilDate('2025-04-26'))).toMatchObject({ weekdag: 'zaterdag', weekend: true, feestdagen: [{ code: 'koningsdag' }] });
    expect(atwKalender.rustdag(civilDate('2026-04-28'))).toBeUndefined();
    expect(atwKalender.eersteWerkdagVanaf(civilDate('2026-05-14'))).toBe('2026-05-18');
  });

  it('refuses years it is not configured for, and inconsistent configuration', () => {
    expect(() => atwKalender.feestdagen(1980)).toThrow(RangeError);
    expect(
      () => new AtwKalender({ ...STANDAARD_ATW_CONFIG, gelijkstellingen: [{ datum: civilDate('2031-05-30'), besluit: 'x' }] }),
    ).toThrow(/outside/);
  });
});
