import { civilDate } from './civil-date';
import { bezwaartermijn, STANDAARD_REGELSET, teldata, termijnVolgensRegel } from './regelset';
import { schooljaar } from './schooljaar';
import { metSwvRegels, type SwvMetRegels, type SwvRegelInvoer } from './swv-regels';

const c = civilDate;
const acht: SwvRegelInvoer = { id: 'beslistermijn-8-weken', sleutel: 'beslistermijnTlv', sector: '*', geldigVanaf: '2026-01-01', waarde: { duur: { weken: 8 }, atw: true }, bron: 'besluit bestuur' };
const PO: SwvMetRegels = { id: 'PO', sector: 'PO', regels: [] };
const derde: SwvMetRegels = { id: 'PO2402', sector: 'PO', regels: [acht] };

describe('an SWV from the register gets the rules of its sector and its own', () => {
  const rs = metSwvRegels(STANDAARD_REGELSET, [PO, derde], 'swv-register-test');

  it('uses the national rules of its sector: a PO SWV counts on 1 February', () => {
    expect(teldata(rs, derde, schooljaar(2026)).map((m) => m.datum)).toEqual(['2027-02-01']);
    expect(bezwaartermijn(rs, derde, c('2026-09-01')).regelversie).toBe('pao-regels-2026.1/bezwaartermijn.awb');
  });

  it('applies its own rule to itself only, recording the register version', () => {
    const eigen = termijnVolgensRegel(rs, derde, 'beslistermijnTlv', { ingang: c('2026-03-02') });
    // 8 weeks end on Koningsdag (Monday 27 April 2026): the Atw moves the end a day.
    expect([eigen.einddatum, eigen.regelversie]).toEqual(['2026-04-28', 'swv-register-test/PO2402.beslistermijn-8-weken']);
    const ander = termijnVolgensRegel(rs, PO, 'beslistermijnTlv', { ingang: c('2026-03-02') });
    expect([ander.einddatum, ander.regelversie]).toEqual(['2026-04-13', 'pao-regels-2026.1/beslistermijn-tlv.standaard']);
    // Before the rule's date the national rule holds, for this SWV too.
    expect(termijnVolgensRegel(rs, derde, 'beslistermijnTlv', { ingang: c('2025-12-01') }).regelversie).toBe('pao-regels-2026.1/beslistermijn-tlv.standaard');
  });

  it('leaves the set as it is when no SWV has rules of its own', () => {
    expect(metSwvRegels(STANDAARD_REGELSET, [PO], 'v')).toBe(STANDAARD_REGELSET);
  });

  it.each([
    [{ sleutel: 'bestaatNiet' }, /unknown key 'bestaatNiet'/],
    [{ sector: 'vso' }, /sector 'vso' does not belong to a PO SWV/],
    [{ waarde: { duur: { weken: -1 }, atw: true } }, /SWV PO2402, rule beslistermijn-8-weken: invalid value for beslistermijnTlv/],
    [{ waarde: { maand: 2, dag: 1 } }, /invalid value/],
    [{ geldigVanaf: '2026-02-30' }, /rule beslistermijn-8-weken: geldigVanaf no such day/],
  ])('refuses a rule %j at boot, naming SWV and rule', (fout, melding) => {
    expect(() => metSwvRegels(STANDAARD_REGELSET, [{ ...derde, regels: [{ ...acht, ...fout }] }], 'v')).toThrow(melding);
  });
});
