import ExcelJS from 'exceljs';
import { type RapportageInhoud } from '../application/kwartaalrapportage';

/**
 * The fixed quarterly report as files for the gemeenteraad: CSV (semicolons and decimal
 * commas, as Dutch spreadsheet software reads them, UTF-8 with BOM) and XLSX (exceljs;
 * ADR 0012). Amounts go from cents to euros only here, by string formatting, never
 * through floating-point sums.
 */
export function euroTekst(cent: number): string {
  const teken = cent < 0 ? '-' : '';
  const abs = Math.abs(cent);
  return `${teken}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

interface Tabel {
  readonly titel: string;
  readonly kolommen: readonly string[];
  readonly rijen: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Columns that hold euro amounts (in cents in the rows). */
  readonly bedragKolommen?: readonly number[];
}

export function tabellen(r: RapportageInhoud): Tabel[] {
  const naam = (lijst: Readonly<Record<string, string>>, code: string) => lijst[code] ?? code;
  return [
    {
      titel: 'Leerlingen per arrangementtype en voorziening',
      kolommen: ['Gemeente', 'Voorziening', 'Arrangementtype', 'Instroom', 'Uitstroom', 'Lopend einde kwartaal'],
      rijen: r.leerlingen.map((x) => [naam(r.namen.gemeenten, x.gemeente), naam(r.namen.voorzieningen, x.voorziening), naam(r.namen.types, x.typeCode), x.instroom, x.uitstroom, x.lopend]),
    },
    {
      titel: 'Kosten per betaler',
      kolommen: ['Gemeente', 'Betaler', 'Budgetperiode', 'Vastgelegd (EUR)', 'Gerealiseerd in de periode (EUR)', 'Gerealiseerd dit kwartaal (EUR)'],
      rijen: r.geld.map((x) => [naam(r.namen.gemeenten, x.gemeente), naam(r.namen.betalers, x.betaler), x.budgetperiode, x.vastgelegdCent, x.gerealiseerdCent, x.gerealiseerdKwartaalCent]),
      bedragKolommen: [3, 4, 5],
    },
    {
      titel: 'Resultaten bij afsluiting',
      kolommen: ['Gemeente', 'Arrangementtype', 'Resultaat', 'Aantal'],
      rijen: r.resultaten.map((x) => [naam(r.namen.gemeenten, x.gemeente), naam(r.namen.types, x.typeCode), x.resultaat, x.aantal]),
    },
  ];
}

function csvVeld(v: string | number): string {
  const s = String(v);
  return /[;"\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function titel(r: RapportageInhoud): string {
  return `OJA-kwartaalrapportage ${r.jaar} kwartaal ${r.kwartaal} (SWV ${r.swv}), vastgesteld ${r.vastgesteldOp.split('-').reverse().join('-')}`;
}

export function naarCsv(r: RapportageInhoud): string {
  const regels: string[] = [csvVeld(titel(r)), ''];
  for (const t of tabellen(r)) {
    regels.push(csvVeld(t.titel), t.kolommen.map(csvVeld).join(';'));
    for (const rij of t.rijen) regels.push(rij.map((v, i) => csvVeld(t.bedragKolommen?.includes(i) ? euroTekst(v as number) : v)).join(';'));
    regels.push('');
  }
  return `\uFEFF${regels.join('\r\n')}`;
}

export async function naarXlsx(r: RapportageInhoud): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Passend Onderwijs Almere';
  // A fixed date in the file, so the same report gives the same workbook.
  wb.created = new Date(`${r.vastgesteldOp}T00:00:00Z`);
  wb.modified = wb.created;
  for (const t of tabellen(r)) {
    const ws = wb.addWorksheet(t.titel.slice(0, 31));
    ws.addRow([titel(r)]).font = { bold: true };
    ws.addRow([]);
    const kop = ws.addRow([...t.kolommen]);
    kop.font = { bold: true };
    for (const rij of t.rijen) ws.addRow(rij.map((v, i) => (t.bedragKolommen?.includes(i) ? (v as number) / 100 : v)));
    for (const i of t.bedragKolommen ?? []) ws.getColumn(i + 1).numFmt = '#,##0.00';
    ws.columns.forEach((c) => (c.width = 24));
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
