import fc from 'fast-check';
import { alsInvoer, leesDatum } from '../src/datum-invoer';

describe('Dutch date entry', () => {
  it.each([
    ['15-03-2026', '2026-03-15'],
    ['5-3-2026', '2026-03-05'],
    ['05/03/2026', '2026-03-05'],
    ['5.3.2026', '2026-03-05'],
    [' 29-02-2028 ', '2028-02-29'],
    ['29-02-2026', undefined],
    ['2026-03-15', undefined],
    ['03-15-2026', undefined],
    ['15-03-26', undefined],
    ['', undefined],
  ])('reads %p as %p', (tekst, iso) => {
    expect(leesDatum(tekst)).toBe(iso);
  });

  it('shows what it reads: dd-mm-jjjj round-trips every date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        return leesDatum(alsInvoer(iso)) === iso && /^\d{2}-\d{2}-\d{4}$/.test(alsInvoer(iso));
      }),
    );
  });
});
