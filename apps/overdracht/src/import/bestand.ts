import { parse } from 'csv-parse/sync';

/**
 * A cohort export as the school's administration writes it: bytes in, rows of text out,
 * or one clear reason the file as a whole cannot be read (wrong encoding, not a CSV, too
 * many rows). Nothing here knows what the columns mean.
 */
export const MAX_RIJEN = 10_000;
/** A generous ceiling for 10,000 rows; beyond it the upload is refused before parsing. */
export const MAX_BYTES = 16 * 1024 * 1024;

export interface Bestandsfout {
  readonly veld: 'bestand' | 'kolommen';
  readonly melding: string;
}

export interface Ruwerij {
  /** The line in the file (the header is line 1), as a spreadsheet shows it. */
  readonly regel: number;
  readonly waarden: readonly string[];
}

export type Gelezen = { readonly ok: true; readonly kolommen: readonly string[]; readonly rijen: readonly Ruwerij[] } | { readonly ok: false; readonly fout: Bestandsfout };

const nee = (veld: Bestandsfout['veld'], melding: string): Gelezen => ({ ok: false, fout: { veld, melding } });

/** Decodes strictly as UTF-8; anything else gets a reason a school can act on. */
export function decodeer(bytes: Uint8Array): { tekst: string } | { fout: string } {
  if (bytes.length === 0) return { fout: 'het bestand is leeg' };
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return { fout: 'dit is een Excel- of zip-bestand, geen CSV: kies in Excel "Opslaan als" → "CSV UTF-8"' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { fout: 'het bestand is in UTF-16 opgeslagen; sla het op als "CSV UTF-8"' };
  }
  const zonderBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (zonderBom.includes(0)) return { fout: 'het bestand bevat binaire gegevens; lever een CSV-tekstbestand aan' };
  try {
    return { tekst: new TextDecoder('utf-8', { fatal: true }).decode(zonderBom) };
  } catch {
    return { fout: 'het bestand is geen UTF-8 (waarschijnlijk Windows-1252/ANSI uit Excel); sla het op als "CSV UTF-8" en lever het opnieuw aan' };
  }
}

/** The separator of the header line: Dutch Excel writes ';', others ',' or a tab. */
export function scheidingsteken(kop: string): string {
  let buiten = true;
  const tel: Record<string, number> = { ';': 0, ',': 0, '\t': 0 };
  for (const teken of kop) {
    if (teken === '"') buiten = !buiten;
    else if (buiten && teken in tel) tel[teken]++;
  }
  const [meest, aantal] = Object.entries(tel).sort((a, b) => b[1] - a[1])[0];
  return aantal > 0 ? meest : ';';
}

export function leesBestand(bytes: Uint8Array): Gelezen {
  if (bytes.length > MAX_BYTES) return nee('bestand', `het bestand is groter dan ${MAX_BYTES / 1024 / 1024} MB`);
  const gedecodeerd = decodeer(bytes);
  if ('fout' in gedecodeerd) return nee('bestand', gedecodeerd.fout);
  const tekst = gedecodeerd.tekst;
  const eersteRegel = tekst.slice(0, tekst.search(/\r?\n|$/));
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(tekst, {
      delimiter: scheidingsteken(eersteRegel),
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      // One row more than allowed is enough to know the file is too long.
      to: MAX_RIJEN + 2,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (e) {
    const regel = (e as { lines?: number }).lines;
    return nee('bestand', `het bestand is geen geldige CSV${regel ? ` (regel ${regel})` : ''}: controleer de aanhalingstekens`);
  }
  if (records.length === 0) return nee('bestand', 'het bestand is leeg');
  const [kop, ...rest] = records;
  if (rest.length > MAX_RIJEN) return nee('bestand', `het bestand heeft meer dan ${MAX_RIJEN.toLocaleString('nl-NL')} leerlingen; splits het per school`);
  if (rest.length === 0) return nee('bestand', 'het bestand bevat alleen een kopregel, geen leerlingen');
  return { ok: true, kolommen: kop.record.map((k) => k.trim()), rijen: rest.map((r) => ({ regel: r.info.lines, waarden: r.record })) };
}
