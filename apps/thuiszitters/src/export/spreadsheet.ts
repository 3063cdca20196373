import ExcelJS from 'exceljs';
import { type RegisterKolom } from '../regels/inspectie-kolommen';
import { type RegisterRij } from '../queries/inspectie-register';

/**
 * The register as a file the SWV uploads to the inspectie's portal: CSV (semicolon, as
 * Dutch spreadsheet programs expect, UTF-8 with BOM) or XLSX (exceljs). Cells that a
 * spreadsheet would read as a formula are quoted, so a value can never execute.
 */
function veilig(waarde: string | number): string | number {
  if (typeof waarde === 'number') return waarde;
  return /^[=+\-@\t\r]/.test(waarde) ? `'${waarde}` : waarde;
}

function csvCel(waarde: string | number): string {
  const s = String(veilig(waarde));
  return /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function alsCsv(kolommen: readonly RegisterKolom[], rijen: readonly RegisterRij[]): Buffer {
  const regels = [kolommen.map((k) => csvCel(k.kop)).join(';'), ...rijen.map((r) => kolommen.map((k) => csvCel(r[k.veld])).join(';'))];
  return Buffer.from(`\uFEFF${regels.join('\r\n')}\r\n`, 'utf8');
}

export async function alsXlsx(kolommen: readonly RegisterKolom[], rijen: readonly RegisterRij[], titel: string): Promise<Buffer> {
  const boek = new ExcelJS.Workbook();
  boek.creator = 'Passend Onderwijs Almere';
  const blad = boek.addWorksheet(titel.slice(0, 31));
  blad.columns = kolommen.map((k) => ({ header: k.kop, key: k.veld, width: Math.max(12, k.kop.length + 2) }));
  blad.getRow(1).font = { bold: true };
  blad.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rijen) blad.addRow(Object.fromEntries(kolommen.map((k) => [k.veld, veilig(r[k.veld])])));
  return Buffer.from(await boek.xlsx.writeBuffer());
}
