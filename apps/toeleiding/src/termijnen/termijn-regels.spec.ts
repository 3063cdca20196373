import { vervaltMoment, vervaltOpVan, waarschuwingenVoor } from './termijn-regels';

describe('deadline moments', () => {
  it('lets a term pass at 00:00 after its last day in Amsterdam, summer and winter', () => {
    expect(vervaltMoment({ soort: 'bezwaartermijn', vervaltOp: '2027-04-28' }).toISOString()).toBe('2027-04-28T22:00:00.000Z');
    expect(vervaltMoment({ soort: 'beslistermijn', vervaltOp: '2026-12-14' }).toISOString()).toBe('2026-12-14T23:00:00.000Z');
  });

  it('fires a reminder at the start of its day', () => {
    expect(vervaltMoment({ soort: 'laatste-schooljaar', vervaltOp: '2027-08-01' }).toISOString()).toBe('2027-07-31T22:00:00.000Z');
  });

  it('gives back the last day from the stored moment, for every kind', () => {
    for (const soort of ['bezwaartermijn', 'beslistermijn', 'tlv-einde', 'laatste-schooljaar', 'herbeoordeling'] as const) {
      for (const vervaltOp of ['2026-03-28', '2026-10-25', '2027-01-01', '2027-07-31']) {
        expect(vervaltOpVan(soort, vervaltMoment({ soort, vervaltOp }))).toBe(vervaltOp);
      }
    }
  });

  it('warns before the beslistermijn but not before the bezwaartermijn (nobody owes anything then)', () => {
    expect(waarschuwingenVoor('beslistermijn')).toEqual([{ days: 7 }]);
    expect(waarschuwingenVoor('bezwaartermijn')).toEqual([]);
  });
});
