import ExcelJS from 'exceljs';
import { z } from 'zod';
import { csv } from './csv';

export type Cel = string | number | null | undefined;

/** One table of an export: a CSV section or an XLSX worksheet. */
export interface ExportTabel {
  readonly titel: string;
  readonly kolommen: readonly string[];
  readonly rijen: ReadonlyArray<ReadonlyArray<Cel>>;
}

export const EXPORT_FORMATEN = ['csv', 'xlsx'] as const;
export type ExportFormaat = (typeof EXPORT_FORMATEN)[number];
/** The query parameter that picks the file type of an export (default CSV). */
export const ExportFormaatQuery = z.enum(EXPORT_FORMATEN).default('csv').describe('csv (puntkomma, UTF-8) of xlsx (Excel)');

export interface ExportBestand {
  readonly inhoud: Buffer;
  readonly contentType: string;
  /** The file name with its extension. */
  readonly naam: string;
}

/**
 * An export as a file: CSV for Dutch spreadsheets (one table: just it; several: each
 * under its title, a blank line between) or an XLSX workbook with a worksheet per table.
 * XLSX cells are typed values, never formulas, so text that starts with '=' stays text.
 */
export async function exportBestand(formaat: ExportFormaat, basisnaam: string, tabellen: readonly ExportTabel[]): Promise<ExportBestand> {
  if (formaat === 'csv') {
    // Several tables: each under its title, a blank line between them.
    const tekst = tabellen.length === 1 ? csv(tabellen[0].kolommen, tabellen[0].rijen) : `\uFEFF${tabellen.map((t) => csv([t.titel], [t.kolommen, ...t.rijen]).slice(1)).join('\r\n')}`;
    return { inhoud: Buffer.from(tekst, 'utf8'), contentType: 'text/csv; charset=utf-8', naam: `${basisnaam}.csv` };
  }
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Passend Onderwijs Almere';
  for (const t of tabellen) {
    const ws = wb.addWorksheet(werkbladNaam(t.titel));
    const kop = ws.addRow([...t.kolommen]);
    kop.font = { bold: true };
    for (const rij of t.rijen) ws.addRow(rij.map((c) => (c === undefined ? null : c)));
    ws.columns.forEach((c) => (c.width = 20));
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return {
    inhoud: Buffer.from(await wb.xlsx.writeBuffer()),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    naam: `${basisnaam}.xlsx`,
  };
}

/** Excel's rules: at most 31 characters, none of []:*?/\ */
function werkbladNaam(titel: string): string {
  return titel.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Blad';
}
