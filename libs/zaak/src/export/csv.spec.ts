import { csv } from './csv';

describe('CSV for Dutch spreadsheets', () => {
  it('uses ; and CRLF with a BOM, quotes what needs it, and defuses formulas', () => {
    const uit = csv(['Kenmerk', 'School'], [['TLV-VO-2026-00001', 'De "Baken"; Almere'], ['=HYPERLINK("x")', null]]);
    expect(uit).toBe('\uFEFFKenmerk;School\r\nTLV-VO-2026-00001;"De ""Baken""; Almere"\r\n"\'=HYPERLINK(""x"")";\r\n');
  });
});
