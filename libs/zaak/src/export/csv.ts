/**
 * A table as CSV the way Dutch spreadsheet programs open it: UTF-8 with a BOM, ';' between
 * fields, CRLF between rows, fields quoted when needed. A cell that starts with = + - @
 * gets a leading apostrophe so a spreadsheet never runs it as a formula (CSV injection). Pure.
 */
export function csv(kolommen: readonly string[], rijen: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>): string {
  const cel = (w: string | number | null | undefined): string => {
    let t = w === null || w === undefined ? '' : String(w);
    if (/^[=+\-@\t\r]/.test(t)) t = `'${t}`;
    return /[;"\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `\uFEFF${[kolommen, ...rijen].map((r) => r.map(cel).join(';')).join('\r\n')}\r\n`;
}
