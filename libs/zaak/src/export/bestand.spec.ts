import ExcelJS from 'exceljs';
import { exportBestand } from './bestand';

describe('export files', () => {
  const werkvoorraad = { titel: 'Werkvoorraad', kolommen: ['Kenmerk', 'Werkdagen over'], rijen: [['TLV-VO-2026-00001', 3], ['=1+1', null]] };

  it('one table as CSV is just that table', async () => {
    const b = await exportBestand('csv', 'werkvoorraad-VO', [werkvoorraad]);
    expect(b).toMatchObject({ naam: 'werkvoorraad-VO.csv', contentType: 'text/csv; charset=utf-8' });
    expect(b.inhoud.toString('utf8')).toBe("\uFEFFKenmerk;Werkdagen over\r\nTLV-VO-2026-00001;3\r\n'=1+1;\r\n");
  });

  it('several tables as CSV: each under its title, a blank line between', async () => {
    const b = await exportBestand('csv', 'overzicht', [werkvoorraad, { titel: 'Tellingen', kolommen: ['Soort', 'Aantal'], rijen: [['PrO', 4]] }]);
    expect(b.inhoud.toString('utf8')).toBe("\uFEFFWerkvoorraad\r\nKenmerk;Werkdagen over\r\nTLV-VO-2026-00001;3\r\n'=1+1;\r\n\r\nTellingen\r\nSoort;Aantal\r\nPrO;4\r\n");
  });

  it('XLSX: a worksheet per table, numbers as numbers, text that looks like a formula stays text', async () => {
    const b = await exportBestand('xlsx', 'overzicht', [werkvoorraad, { titel: 'Tellingen: per soort?', kolommen: ['Soort'], rijen: [['PrO']] }]);
    expect(b.naam).toBe('overzicht.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b.inhoud as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Werkvoorraad', 'Tellingen  per soort ']);
    const ws = wb.getWorksheet('Werkvoorraad')!;
    expect(ws.getRow(2).getCell(2).value).toBe(3);
    expect(ws.getRow(3).getCell(1).value).toBe('=1+1');
    expect(ws.getRow(3).getCell(1).formula).toBeUndefined();
  });
});
