import { berekenKwartaal, kwartaalVoorRapportage, rapportagedatum, voorGemeente } from './kwartaal';
import { STANDAARD_OJA_REGELS } from './standaard-regels';

const regels = STANDAARD_OJA_REGELS.op('VO', '2025-06-01')!;

describe('kwartaalrapportage', () => {
  it('is fixed on the 15th of the month after each quarter, about that quarter', () => {
    expect(rapportagedatum(2025, 1, regels)).toBe('2025-04-15');
    expect(rapportagedatum(2025, 4, regels)).toBe('2026-01-15');
    expect(kwartaalVoorRapportage('2026-01-15')).toEqual({ jaar: 2025, kwartaal: 4 });
  });

  it('counts pupils in, out and current per type and voorziening, money per payer and results', () => {
    const c = berekenKwartaal(
      2025,
      2,
      '2025-07-15',
      [
        { typeCode: 'school2care', voorziening: 'School2Care', gemeente: 'GM0034', van: '2025-03-03' }, // current
        { typeCode: 'school2care', voorziening: 'School2Care', gemeente: 'GM0034', van: '2025-04-14' }, // in, current
        { typeCode: 'school2care', voorziening: 'School2Care', gemeente: 'GM0034', van: '2025-01-06', tot: '2025-06-30', resultaat: 'doel-bereikt', resultaatOp: '2025-06-30' }, // out
        { typeCode: 'opdc-groep', voorziening: 'OPDC', gemeente: 'GM0050', van: '2025-05-01', tot: '2025-05-31' }, // in and out
        { typeCode: 'opdc-groep', voorziening: 'OPDC', gemeente: 'GM0050', van: '2025-07-01' }, // after the quarter
      ],
      [
        { gemeente: 'GM0034', betaler: 'almere-jeugdwet', soort: 'verplichting', budgetperiode: '2025', bedragCent: 2_000_000, geboektOp: '2025-02-20' },
        { gemeente: 'GM0034', betaler: 'almere-jeugdwet', soort: 'verplichting', budgetperiode: '2026', bedragCent: 400_000, geboektOp: '2025-02-20' },
        { gemeente: 'GM0034', betaler: 'almere-jeugdwet', soort: 'realisatie', budgetperiode: '2025', bedragCent: 150_000, geboektOp: '2025-05-02', periodeVan: '2025-04-01' },
        { gemeente: 'GM0034', betaler: 'almere-jeugdwet', soort: 'realisatie', budgetperiode: '2025', bedragCent: 90_000, geboektOp: '2025-04-02', periodeVan: '2025-03-01' },
        { gemeente: 'GM0034', betaler: 'almere-jeugdwet', soort: 'vrijval', budgetperiode: '2025', bedragCent: -100_000, geboektOp: '2025-07-20' }, // after the report date
      ],
      regels.betalers,
    );
    expect(c.periode).toEqual({ van: '2025-04-01', tot: '2025-06-30' });
    expect(c.leerlingen).toEqual([
      { typeCode: 'school2care', voorziening: 'School2Care', gemeente: 'GM0034', instroom: 1, uitstroom: 1, lopend: 2 },
      { typeCode: 'opdc-groep', voorziening: 'OPDC', gemeente: 'GM0050', instroom: 1, uitstroom: 1, lopend: 0 },
    ]);
    expect(c.geld).toEqual([{ gemeente: 'GM0034', betaler: 'almere-jeugdwet', budgetperiode: '2025', vastgelegdCent: 2_000_000, gerealiseerdCent: 240_000, gerealiseerdKwartaalCent: 150_000 }]);
    expect(c.resultaten).toEqual([{ typeCode: 'school2care', gemeente: 'GM0034', resultaat: 'doel-bereikt', aantal: 1 }]);
    expect(voorGemeente(c, 'GM0050').geld).toEqual([]);
    expect(voorGemeente(c, 'GM0050').leerlingen).toHaveLength(1);
  });
});
