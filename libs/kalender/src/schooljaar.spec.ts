import fc from 'fast-check';
import { civilDate, dagnummer, plusDagen, vanDagnummer } from './civil-date';
import { datumInSchooljaar, isSchooljaarEinde, opJaar, schooljaar, schooljaarEinde, schooljaarUitLabel, schooljaarVan } from './schooljaar';

describe('schooljaar', () => {
  it.each([
    ['2026-07-31', '2025-2026'],
    ['2026-08-01', '2026-2027'],
    ['2026-12-31', '2026-2027'],
    ['2027-01-01', '2026-2027'],
    ['2027-07-31', '2026-2027'],
    ['2024-02-29', '2023-2024'],
  ])('%s lies in %s', (d, label) => {
    const sj = schooljaarVan(civilDate(d));
    expect(sj.label).toBe(label);
    expect(sj).toEqual(schooljaarUitLabel(label));
  });

  it('has its boundaries at 1 August and 31 July', () => {
    expect(schooljaar(2026)).toEqual({ beginjaar: 2026, start: '2026-08-01', eind: '2027-07-31', label: '2026-2027' });
  });

  it('takes an instant in Europe/Amsterdam, not UTC', () => {
    expect(schooljaarVan(new Date('2026-07-31T21:59:59.999Z')).label).toBe('2025-2026'); // 23:59:59 local
    expect(schooljaarVan(new Date('2026-07-31T22:00:00.000Z')).label).toBe('2026-2027'); // 00:00 local, 1 Aug
  });

  it('places yearly dates in the right calendar year of a school year', () => {
    const sj = schooljaar(2026);
    expect(datumInSchooljaar({ maand: 10, dag: 1 }, sj)).toBe('2026-10-01');
    expect(datumInSchooljaar({ maand: 2, dag: 1 }, sj)).toBe('2027-02-01');
    expect(datumInSchooljaar({ maand: 7, dag: 31 }, sj)).toBe('2027-07-31');
    expect(opJaar({ maand: 2, dag: 29 }, 2027)).toBe('2027-02-28');
    expect(opJaar({ maand: 2, dag: 29 }, 2028)).toBe('2028-02-29');
  });

  it('every date lies within its school year, which is 365 or 366 days long (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dagnummer(civilDate('1990-01-01')), max: dagnummer(civilDate('2150-12-31')) }), (n) => {
        const d = vanDagnummer(n);
        const sj = schooljaarVan(d);
        expect(sj.start <= d && d <= sj.eind).toBe(true);
        expect(schooljaarVan(plusDagen(sj.eind, 1)).beginjaar).toBe(sj.beginjaar + 1);
        expect(schooljaarVan(plusDagen(sj.start, -1)).beginjaar).toBe(sj.beginjaar - 1);
      }),
    );
  });

  it('knows the last day of the school year of a date (property)', () => {
    expect(schooljaarEinde(civilDate('2025-07-31'))).toBe('2025-07-31');
    expect(schooljaarEinde(civilDate('2025-08-01'))).toBe('2026-07-31');
    expect(isSchooljaarEinde('2026-07-31')).toBe(true);
    expect(isSchooljaarEinde('2026-07-30')).toBe(false);
    expect(isSchooljaarEinde('20x6-07-31')).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: dagnummer(civilDate('1990-01-01')), max: dagnummer(civilDate('2150-12-31')) }), (n) => {
        const d = vanDagnummer(n);
        const einde = schooljaarEinde(d);
        expect(isSchooljaarEinde(einde)).toBe(true);
        expect(d <= einde && dagnummer(einde) - n < 366).toBe(true);
        expect(isSchooljaarEinde(d)).toBe(einde === d);
      }),
    );
  });

  it('rejects malformed labels', () => {
    expect(() => schooljaarUitLabel('2026-2028')).toThrow(RangeError);
    expect(() => schooljaarUitLabel('2026/2027')).toThrow(RangeError);
  });
});
