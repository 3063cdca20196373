import { STANDAARD_REGELSET } from '@pao/deadlines';
import { standaardSamenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { sectorVan, soortenOpTeldatum, teldatumMomenten } from './teldatum';

const swvs = standaardSamenwerkingsverbanden();

describe('teldatum', () => {
  it('counts PrO on 1 October and (V)SO, SBO and SO on 1 February (since 2023)', () => {
    expect(soortenOpTeldatum('VO', '2026-10-01', swvs)).toEqual(['PrO']);
    expect(soortenOpTeldatum('VO', '2027-02-01', swvs)).toEqual(['VSO-laag', 'VSO-midden', 'VSO-hoog']);
    expect(soortenOpTeldatum('PO', '2027-02-01', swvs)).toEqual(['SBO', 'SO-laag', 'SO-midden', 'SO-hoog']);
    expect(soortenOpTeldatum('PO', '2026-10-01', swvs)).toEqual([]);
    // Before the change PO counted on 1 October too.
    expect(soortenOpTeldatum('PO', '2021-10-01', swvs)).toEqual(['SBO', 'SO-laag', 'SO-midden', 'SO-hoog']);
    expect(soortenOpTeldatum('VO', '2026-11-23', swvs)).toEqual([]);
  });

  it('maps every soort to its funding sector', () => {
    expect(['PrO', 'SBO', 'SO-hoog', 'VSO-laag'].map((s) => sectorVan(s as never))).toEqual(['pro', 'sbo', 'so', 'vso']);
  });

  it('fires once a year at 04:00 the day after each teldatum in the regelset', () => {
    expect(teldatumMomenten(STANDAARD_REGELSET)).toEqual(
      expect.arrayContaining([
        { name: 'teldatum-10-01', at: { months: [10], day: 2, hour: 4 } },
        { name: 'teldatum-02-01', at: { months: [2], day: 2, hour: 4 } },
      ]),
    );
    expect(teldatumMomenten(STANDAARD_REGELSET)).toHaveLength(2);
  });
});
