/** Dates as Dutch readers expect them. ISO dates (YYYY-MM-DD) are calendar days: no time zone shifts. */

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MAANDEN_KORT = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** 2026-12-15 → "15 december 2026"; anything else is returned as given. */
export function datum(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MAANDEN[Number(m[2]) - 1]} ${m[1]}`;
}

/** 2026-11 → "nov 2026" (lang = true: "november 2026"). */
export function maand(isoMaand: string, lang = false): string {
  const m = /^(\d{4})-(\d{2})/.exec(isoMaand);
  if (!m) return isoMaand;
  return `${(lang ? MAANDEN : MAANDEN_KORT)[Number(m[2]) - 1]} ${m[1]}`;
}

/** A moment with offset → "3 november 2026, 14:05" in Europe/Amsterdam. */
export function moment(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(d);
}

/** Days left as words: "nog 3 dagen", "vandaag", "2 dagen te laat". */
export function dagenTekst(dagen: number | undefined): string {
  if (dagen === undefined || dagen === null) return '';
  if (dagen === 0) return 'verloopt vandaag';
  if (dagen === 1) return 'nog 1 dag';
  if (dagen > 1) return `nog ${dagen} dagen`;
  return dagen === -1 ? '1 dag te laat' : `${-dagen} dagen te laat`;
}

/**
 * Time left in working days (the unit the "dreigt te verlopen" signal uses), so a screen
 * never mixes dagen and werkdagen: "nog 3 werkdagen", "verloopt vandaag", "2 werkdagen te laat".
 */
export function werkdagenTekst(werkdagen: number | undefined, dagen?: number): string {
  if (werkdagen === undefined || werkdagen === null) return dagen === undefined ? '' : dagenTekst(dagen);
  if (dagen === 0) return 'verloopt vandaag';
  if (werkdagen === 0) return dagen !== undefined && dagen < 0 ? 'verlopen' : 'nog 0 werkdagen';
  if (werkdagen === 1) return 'nog 1 werkdag';
  if (werkdagen > 1) return `nog ${werkdagen} werkdagen`;
  return werkdagen === -1 ? '1 werkdag te laat' : `${-werkdagen} werkdagen te laat`;
}

/** Today in Europe/Amsterdam as YYYY-MM-DD. */
export function vandaag(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Calendar days from `van` to `tot` (both YYYY-MM-DD). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((Date.parse(`${tot}T00:00:00Z`) - Date.parse(`${van}T00:00:00Z`)) / 86_400_000);
}

/** 31 July that ends the first full school year from `ingang` (a TLV lasts at least that long). */
export function eersteVolledigSchooljaarEinde(ingang: string): string {
  const jaar = Number(ingang.slice(0, 4));
  const maandNr = Number(ingang.slice(5, 7));
  if (maandNr === 8) return `${jaar + 1}-07-31`;
  const schooljaarEindJaar = maandNr >= 8 ? jaar + 1 : jaar;
  return `${schooljaarEindJaar + 1}-07-31`;
}

/** Monday to Friday after `van` up to and including `tot` (public holidays not counted out). */
export function werkdagenTot(van: string, tot: string): number {
  let n = 0;
  const eind = Date.parse(`${tot}T00:00:00Z`);
  for (let t = Date.parse(`${van}T00:00:00Z`) + 86_400_000; t <= eind && n <= 10; t += 86_400_000) {
    const dag = new Date(t).getUTCDay();
    if (dag !== 0 && dag !== 6) n++;
  }
  return n;
}

/** A number the Dutch way: 27,5 and 1.084. */
export function getal(n: number): string {
  return n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });
}

/**
 * A count that may have stopped at a limit (the server's "meer dan 10.000"): what the eye
 * reads ("10.000+") and what a screen reader says ("meer dan 10.000"); the same when exact.
 */
export function aantalTekst(n: number, begrensd: boolean): { readonly zichtbaar: string; readonly voorgelezen: string } {
  return begrensd ? { zichtbaar: `${getal(n)}+`, voorgelezen: `meer dan ${getal(n)}` } : { zichtbaar: getal(n), voorgelezen: getal(n) };
}
