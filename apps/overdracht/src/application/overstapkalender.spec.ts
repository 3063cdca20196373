import { STANDAARD_REGELSET } from '@pao/deadlines';
import { overstapkalender } from './overstapkalender';

const PO = { id: 'PO', sector: 'PO' } as const;
const VO = { id: 'VO', sector: 'VO' } as const;

describe('overstapkalender: the transfer calendar from the versioned rules', () => {
  it('PO→VO 2025-2026: advice 24 March, aanmelding until 31 March, first school day 17 August 2026 (regio Noord)', () => {
    const k = overstapkalender(STANDAARD_REGELSET, PO, 'po', 'po-vo', '2025-2026');
    expect(k).toMatchObject({
      definitiefAdvies: { datum: '2026-03-24', regelVersie: 'pao-regels-2026.1/po-vo-advies.24-maart' },
      aanmelding: { datum: '2026-03-31' },
      plaatsingsbevestiging: { datum: '2026-04-30' },
      eersteSchooldag: { datum: '2026-08-17', regelVersie: 'pao-regels-2026.1/eerste-schooldag.noord-2026' },
      startcontroleWeken: 4,
      uitvalMaanden: 3,
      waarschuwingDagen: 7,
    });
    expect(k.mboAanmelding).toBeUndefined();
  });

  it('VO→MBO: the last aanmelding day is 1 April; no PO dates', () => {
    const k = overstapkalender(STANDAARD_REGELSET, VO, 'pro', 'vo-mbo', '2025-2026');
    expect(k.mboAanmelding).toEqual({ datum: '2026-04-01', regelVersie: 'pao-regels-2026.1/mbo-aanmelding.1-april' });
    expect(k.definitiefAdvies).toBeUndefined();
  });

  it('a rule changed from a date applies to the school years from then on (the version says which)', () => {
    const regels = STANDAARD_REGELSET.metRegels('pao-regels-2027.1', [
      { id: 'po-vo-plaatsing.15-april', sleutel: 'poVoPlaatsingsbevestiging', swv: 'PO', sector: '*', geldigVanaf: '2026-08-01' as never, waarde: { maand: 4, dag: 15 }, bron: 'test' },
    ]);
    expect(overstapkalender(regels, PO, 'po', 'po-vo', '2025-2026').plaatsingsbevestiging).toEqual({ datum: '2026-04-30', regelVersie: 'pao-regels-2027.1/po-vo-plaatsing.30-april' });
    expect(overstapkalender(regels, PO, 'po', 'po-vo', '2026-2027').plaatsingsbevestiging).toEqual({ datum: '2027-04-15', regelVersie: 'pao-regels-2027.1/po-vo-plaatsing.15-april' });
  });
});
