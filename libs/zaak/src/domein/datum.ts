/**
 * Calendar dates as 'YYYY-MM-DD' strings: legal dates have no time of day, and strings
 * survive JSON and SQL `date` columns unchanged. Only plain arithmetic lives here; the
 * legal calendar (Atw holidays, term rules) is behind the Termijnrekenaar port.
 */
export type IsoDatum = string;

const PATROON = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAG_MS = 86_400_000;

export function isIsoDatum(waarde: unknown): waarde is IsoDatum {
  if (typeof waarde !== 'string') return false;
  const m = PATROON.exec(waarde);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Years outside this range are typos, and keep toISOString in its 4-digit form.
  if (jaar < 1900 || jaar > 2199) return false;
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  return d.getUTCMonth() === maand - 1 && d.getUTCDate() === dag;
}

function utc(d: IsoDatum): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
}

/** Calendar days from `van` to `tot` (negative when `tot` is earlier). */
export function dagenTussen(van: IsoDatum, tot: IsoDatum): number {
  return Math.round((utc(tot) - utc(van)) / DAG_MS);
}

export function plusDagen(d: IsoDatum, dagen: number): IsoDatum {
  return new Date(utc(d) + dagen * DAG_MS).toISOString().slice(0, 10);
}

export function jaarVan(d: IsoDatum): number {
  return Number(d.slice(0, 4));
}

const AMSTERDAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Amsterdam at an instant: "vandaag" for every legal date. */
export function datumInAmsterdam(nu: Date): IsoDatum {
  const delen = Object.fromEntries(AMSTERDAM.formatToParts(nu).map((p) => [p.type, p.value]));
  return `${delen.year}-${delen.month}-${delen.day}`;
}

/** TLVs end on 31 July, the last day of a school year (1 August – 31 July). */
export function is31Juli(d: IsoDatum): boolean {
  return d.slice(5) === '07-31';
}

/** 31 July of the school year that contains `d`. */
export function schooljaarEinde(d: IsoDatum): IsoDatum {
  const jaar = jaarVan(d);
  return Number(d.slice(5, 7)) >= 8 ? `${jaar + 1}-07-31` : `${jaar}-07-31`;
}

/**
 * The earliest einddatum that still covers one full school year from `ingang`. A start
 * in August counts as the start of that school year: August is summer holiday, no
 * lessons are missed [check].
 */
export function eersteVolledigSchooljaarEinde(ingang: IsoDatum): IsoDatum {
  if (ingang.slice(5, 7) === '08') return `${jaarVan(ingang) + 1}-07-31`;
  return `${jaarVan(schooljaarEinde(ingang)) + 1}-07-31`;
}
