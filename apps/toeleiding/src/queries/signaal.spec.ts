import { atwKalender, civilDate, plusDagen } from '@pao/deadlines';
import * as fc from 'fast-check';
import { termijnSignaal, werkdagenTot } from './signaal';

/** The definition, day by day: what the arithmetic must equal. */
function dagVoorDag(van: string, laatsteDag: string, max: number): number {
  let n = 0;
  for (let d = plusDagen(civilDate(van), 1); d <= laatsteDag && n <= max; d = plusDagen(d, 1)) if (atwKalender.isWerkdag(d)) n++;
  return n;
}

const datum = fc.integer({ min: 0, max: 6 * 366 }).map((i) => plusDagen(civilDate('2022-01-01'), i));

describe('werkdagenTot', () => {
  it('equals counting day by day, holidays, weekends, year ends and the cap included', () => {
    fc.assert(
      fc.property(datum, datum, fc.constantFrom(5, 400, 10_000), (van, tot, max) => {
        expect(werkdagenTot(van, tot, max)).toBe(dagVoorDag(van, tot, max));
      }),
      { numRuns: 2000 },
    );
  });

  it('knows the holidays: Christmas 2026 (Fri 25, Sat 26) takes one working day', () => {
    expect(werkdagenTot('2026-12-24', '2026-12-28', 400)).toBe(1); // only Mon 28
    expect(werkdagenTot('2026-12-23', '2026-12-24', 400)).toBe(1);
    expect(werkdagenTot('2026-11-23', '2026-11-23', 400)).toBe(0);
  });

  it('a deadline two years overdue is counted in working days, not capped to a few', () => {
    expect(termijnSignaal('2026-11-23', '2024-11-22')).toMatchObject({ signaal: 'verlopen', werkdagenResterend: -dagVoorDag('2024-11-22', '2026-11-23', 400) });
  });
});
