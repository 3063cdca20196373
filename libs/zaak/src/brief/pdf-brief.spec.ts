import { maakBrief, tekstVanBrief } from './pdf-brief';

describe('letters as PDF', () => {
  it('renders every block, Dutch diacritics included, readable back when uncompressed', async () => {
    const pdf = await maakBrief(
      {
        titel: 'Besluit',
        afzender: { naam: 'Samenwerkingsverband VO Almere', regels: ['Postbus 1', '1300 AA Almere'] },
        aan: ['Aan de ouders van Zoë van der Linden'],
        kenmerken: [['Kenmerk', 'TLV-VO-2026-00001']],
        aanhef: 'Geachte ouders,',
        delen: [{ kop: 'Besluit', alineas: ['Wij hebben besloten dat Zoë toelaatbaar is tot het voortgezet speciaal onderwijs.'] }],
        afsluiting: ['Met vriendelijke groet,', 'De teamleider'],
      },
      { comprimeer: false },
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const tekst = tekstVanBrief(pdf);
    for (const deel of ['Samenwerkingsverband VO Almere', 'Zoë van der Linden', 'TLV-VO-2026-00001', 'Geachte ouders,', 'toelaatbaar']) expect(tekst).toContain(deel);
  });
});
