import fc from 'fast-check';
import { OngeldigeInvoer, plusDagen } from '@pao/zaak/domein';
import { budgetperiodeVan, budgetperioden, dagen, kwartaalPeriode, plusMaanden, vereisPeriode, vorigKwartaal } from './periode';

const datum = fc.integer({ min: 0, max: 365 * 8 }).map((n) => plusDagen('2023-01-01', n));

describe('periodes', () => {
  it('needs an einddatum that is not before the start, naming the field', () => {
    const fout = (w: unknown) => {
      try {
        vereisPeriode('periode', w);
      } catch (e) {
        return (e as OngeldigeInvoer).veld;
      }
      return undefined;
    };
    expect(fout({ van: '2025-03-01', tot: '2025-02-28' })).toBe('periode.tot');
    expect(fout({ van: '2025-03-01' })).toBe('periode.tot');
    expect(fout({ van: '2025-03-01', tot: null })).toBe('periode.tot');
    expect(fout({ van: '2025-02-30', tot: '2025-03-01' })).toBe('periode.van');
    expect(fout(undefined)).toBe('periode');
    expect(vereisPeriode('p', { van: '2025-03-01', tot: '2025-03-01' })).toEqual({ van: '2025-03-01', tot: '2025-03-01' });
  });

  it('adds months with the end-of-month rule', () => {
    expect(plusMaanden('2025-01-31', 1)).toBe('2025-02-28');
    expect(plusMaanden('2024-01-31', 1)).toBe('2024-02-29');
    expect(plusMaanden('2025-08-15', 6)).toBe('2026-02-15');
    expect(plusMaanden('2025-11-30', 14)).toBe('2027-01-30');
  });

  it('knows calendar and school years', () => {
    expect(budgetperiodeVan('kalenderjaar', '2025-07-31')).toBe('2025');
    expect(budgetperiodeVan('schooljaar', '2025-07-31')).toBe('2024-2025');
    expect(budgetperiodeVan('schooljaar', '2025-08-01')).toBe('2025-2026');
    expect(budgetperioden('schooljaar', { van: '2025-03-01', tot: '2026-02-28' })).toEqual([
      { sleutel: '2024-2025', deel: { van: '2025-03-01', tot: '2025-07-31' }, dagen: 153 },
      { sleutel: '2025-2026', deel: { van: '2025-08-01', tot: '2026-02-28' }, dagen: 212 },
    ]);
  });

  it('property: the budget periods of a period cover it exactly, day for day, in order', () => {
    fc.assert(
      fc.property(datum, fc.integer({ min: 0, max: 1_200 }), fc.constantFrom('kalenderjaar' as const, 'schooljaar' as const), (van, lengte, soort) => {
        const p = { van, tot: plusDagen(van, lengte) };
        const delen = budgetperioden(soort, p);
        expect(delen.reduce((s, d) => s + d.dagen, 0)).toBe(dagen(p));
        expect(delen[0].deel.van).toBe(p.van);
        expect(delen.at(-1)!.deel.tot).toBe(p.tot);
        for (let i = 1; i < delen.length; i++) expect(delen[i].deel.van).toBe(plusDagen(delen[i - 1].deel.tot, 1));
        for (const d of delen) expect(budgetperiodeVan(soort, d.deel.van)).toBe(d.sleutel);
      }),
    );
  });

  it('knows quarters', () => {
    expect(kwartaalPeriode(2025, 1)).toEqual({ van: '2025-01-01', tot: '2025-03-31' });
    expect(kwartaalPeriode(2024, 4)).toEqual({ van: '2024-10-01', tot: '2024-12-31' });
    expect(vorigKwartaal('2025-01-15')).toEqual({ jaar: 2024, kwartaal: 4 });
    expect(vorigKwartaal('2025-07-15')).toEqual({ jaar: 2025, kwartaal: 2 });
  });
});
