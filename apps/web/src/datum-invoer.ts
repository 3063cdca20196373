/**
 * Dutch date entry, independent of the browser's language: people type dd-mm-jjjj (or
 * d-m-jjjj, with '-', '/', '.' or spaces), the API takes JJJJ-MM-DD. Pure.
 */
export function leesDatum(tekst: string): string | undefined {
  const m = /^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$/.exec(tekst);
  if (!m) return undefined;
  const [dag, maand, jaar] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (jaar < 1900 || jaar > 2199) return undefined;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) return undefined;
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(dag).padStart(2, '0')}`;
}

/** 2026-03-05 → 05-03-2026 (what the field shows); anything else as given. */
export function alsInvoer(iso: string | undefined | null): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}-${m[2]}-${m[1]}` : (iso ?? '');
}

export const DATUM_FOUT = 'Vul een datum in als dd-mm-jjjj, bijvoorbeeld 15-03-2026';
