import { digestTekst } from './termijn-digest';

describe('deadline digest text', () => {
  it('names kenmerken, last days (dd-mm-jjjj) and working days only, in Dutch singular and plural', () => {
    const { onderwerp, tekst } = digestTekst({
      naam: 'Anna',
      datum: '2026-12-02',
      dienst: 'Toeleiding VO',
      regels: [
        { kenmerk: 'TLV-VO-2026-00001', termijn: 'beslistermijn', vervaltOp: '2026-12-02', werkdagen: 0 },
        { kenmerk: 'TLV-VO-2026-00002', termijn: 'termijn voor aanvulling', vervaltOp: '2026-12-03', werkdagen: 1 },
      ],
    });
    expect(onderwerp).toBe('Toeleiding VO: 2 termijnen deze week');
    expect(tekst).toContain('- TLV-VO-2026-00001: beslistermijn, uiterlijk 02-12-2026 (vandaag)');
    expect(tekst).toContain('- TLV-VO-2026-00002: termijn voor aanvulling, uiterlijk 03-12-2026 (nog 1 werkdag)');
    expect(tekst).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
