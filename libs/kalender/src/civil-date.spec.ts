import fc from 'fast-check';
import {
  beginVanDag,
  CivilDate,
  civilDate,
  dagenTussen,
  dagnummer,
  datumVan,
  delen,
  eindeVanDag,
  isCivilDate,
  isPlausibeleDatum,
  jaarVan,
  laatsteMomentVanDag,
  plusDagen,
  plusMaanden,
  vanDagnummer,
  weekdag,
  weekdagnaam,
} from './civil-date';

const dagArb = fc.integer({ min: dagnummer(civilDate('1990-01-01')), max: dagnummer(civilDate('2150-12-31')) }).map(vanDagnummer);

describe('CivilDate', () => {
  it('validates and normalises', () => {
    expect(civilDate('2026-09-01')).toBe('2026-09-01');
    expect(civilDate(2026, 9, 1)).toBe('2026-09-01');
    expect(civilDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2026-13-01', '2026-00-10', '2026-9-1', '26-09-01', '2026-09-01T00:00', '']) {
      expect(() => civilDate(bad)).toThrow(RangeError);
      expect(isCivilDate(bad)).toBe(false);
    }
  });

  it('throws on a string that is not a date wherever a date is read (the type is a plain string)', () => {
    for (const bad of ['2025-02-29', '2026-13-01', '2026-9-1', '2026-09-01T10:00:00Z', '0050-01-01', 'aanvraag-1', '']) {
      expect(() => delen(bad)).toThrow(RangeError);
      expect(() => plusDagen(bad, 1)).toThrow(RangeError);
      expect(() => dagenTussen('2026-01-01', bad)).toThrow(RangeError);
      expect(() => beginVanDag(bad)).toThrow(RangeError);
    }
    expect(() => delen(undefined as unknown as string)).toThrow(RangeError);
    expect(jaarVan('2026-09-01')).toBe(2026);
  });

  it('accepts as plausible input only real dates in 1900-2199', () => {
    expect(isPlausibeleDatum('2024-02-29')).toBe(true);
    expect(isPlausibeleDatum('1900-01-01')).toBe(true);
    expect(isPlausibeleDatum('2199-12-31')).toBe(true);
    for (const bad of ['1899-12-31', '2200-01-01', '2025-02-29', '2025-13-01', '2025-1-01', 20250101, null, undefined]) expect(isPlausibeleDatum(bad)).toBe(false);
  });

  it('takes the date of an instant in Amsterdam as Intl does (property)', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    const oracle = (t: number) => {
      const p = Object.fromEntries(intl.formatToParts(t).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}`;
    };
    const from = Date.UTC(1950, 0, 1);
    const to = Date.UTC(2150, 0, 1);
    fc.assert(fc.property(fc.integer({ min: from, max: to }), (t) => expect(datumVan(t)).toBe(oracle(t))));
    // Around midnight and the DST switches.
    for (const iso of ['2025-03-02T23:30:00Z', '2025-07-31T22:30:00Z', '2025-07-31T21:59:00Z', '2026-03-29T00:59:59Z', '2026-10-25T00:59:59Z', '2026-10-24T22:00:00Z']) {
      expect(datumVan(new Date(iso))).toBe(oracle(Date.parse(iso)));
    }
  });

  it('takes the date of instants in a row as Intl does: minute steps across midnights and both DST switches', () => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
    const oracle = (t: number) => {
      const p = Object.fromEntries(intl.formatToParts(t).map((x) => [x.type, x.value]));
      return `${p.year}-${p.month}-${p.day}`;
    };
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z', '2027-07-31T20:00:00Z']) {
      for (let t = Date.parse(start); t < Date.parse(start) + 30 * 3_600_000; t += 7 * 60_000) expect(datumVan(t)).toBe(oracle(t));
      // And back in time, and a day-boundary millisecond on either side.
      for (let t = Date.parse(start) + 30 * 3_600_000; t > Date.parse(start); t -= 11 * 60_000) expect(datumVan(t)).toBe(oracle(t));
    }
    const middernacht = Date.parse('2027-07-31T22:00:00Z');
    for (const t of [middernacht - 1, middernacht, middernacht - 1, middernacht + 1]) expect(datumVan(t)).toBe(oracle(t));
    expect(() => datumVan(Number.NaN)).toThrow(RangeError);
  });

  it('knows weekdays', () => {
    expect(weekdag(civilDate('1970-01-01'))).toBe(4);
    expect(weekdagnaam(civilDate('2026-09-01'))).toBe('dinsdag');
    expect(weekdagnaam(civilDate('2025-04-27'))).toBe('zondag');
    expect(weekdagnaam(civilDate('1969-12-28'))).toBe('zondag');
  });

  it('adds months with the end-of-month rule', () => {
    expect(plusMaanden(civilDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(plusMaanden(civilDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(plusMaanden(civilDate('2026-11-30'), 3)).toBe('2027-02-28');
    expect(plusMaanden(civilDate('2026-09-15'), -9)).toBe('2025-12-15');
  });

  it('round-trips day numbers and adds days consistently (property)', () => {
    fc.assert(
      fc.property(dagArb, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(vanDagnummer(dagnummer(d))).toBe(d);
        expect(dagenTussen(d, plusDagen(d, n))).toBe(n);
        expect(weekdag(plusDagen(d, 7 * Math.trunc(n / 7)))).toBe(weekdag(d));
      }),
    );
  });

  it('maps a civil date to the instants of its start and end in Europe/Amsterdam, across DST (property)', () => {
    fc.assert(
      fc.property(dagArb, (d: CivilDate) => {
        const begin = beginVanDag(d);
        const einde = eindeVanDag(d);
        expect(datumVan(begin)).toBe(d);
        expect(datumVan(einde.getTime() - 1)).toBe(d);
        expect(datumVan(einde)).toBe(plusDagen(d, 1));
        expect(laatsteMomentVanDag(d).getTime()).toBe(einde.getTime() - 1);
        const uren = (einde.getTime() - begin.getTime()) / 3_600_000;
        expect([23, 24, 25]).toContain(uren);
      }),
    );
  });

  it('handles the DST switch days', () => {
    expect(beginVanDag(civilDate('2026-03-29')).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(eindeVanDag(civilDate('2026-03-29')).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(eindeVanDag(civilDate('2026-10-25')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(eindeVanDag(civilDate('2026-10-13')).toISOString()).toBe('2026-10-13T22:00:00.000Z');
  });
});
