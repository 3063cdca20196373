import { TZDate } from '@date-fns/tz';

/**
 * A calendar day without time or zone ("civil date"), as the law counts days: the one
 * date type of every domain. An ISO 8601 string 'YYYY-MM-DD', so it is immutable, compares
 * correctly with `<` / `===`, serialises to JSON unchanged and maps 1:1 onto PostgreSQL
 * `date`. Deliberately not branded (README, "One date type"): dates reach a domain as
 * strings from HTTP bodies, stored state, events and SQL, and are validated there
 * ({@link isPlausibeleDatum}, {@link civilDate}); every function here that reads the parts
 * of a date throws a RangeError on a string that is not one.
 */
export type Datum = string;

/** The calendar's first name for {@link Datum}; the same type. */
export type CivilDate = Datum;

/** The time zone in which the legal calendar of this product is kept. */
export const AMSTERDAM = 'Europe/Amsterdam';

const MS_PER_DAY = 86_400_000;

export interface CivilDateParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days in a month of the proleptic Gregorian calendar. */
export function dagenInMaand(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The number of ASCII digits value[from, to), NaN when one is not a digit. */
function digits(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = 10 * n + c;
  }
  return n;
}

/**
 * The parts of 'YYYY-MM-DD' (years 1583-9999, Gregorian); throws RangeError when it is no
 * such day. Read by hand, not with a RegExp: every date function passes through here.
 */
function parse(value: string): CivilDateParts {
  if (typeof value !== 'string' || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) {
    throw new RangeError(`not a civil date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  }
  const [y, m, d] = [digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10)];
  if (Number.isNaN(y + m + d)) throw new RangeError(`not a civil date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return check(y, m, d);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function check(y: number, m: number, d: number): CivilDateParts {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1583 || y > 9999) {
    throw new RangeError(`civil date out of range: ${y}-${m}-${d}`);
  }
  const leap = m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0);
  if (m < 1 || m > 12 || d < 1 || d > DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0)) throw new RangeError(`no such day: ${y}-${m}-${d}`);
  return { year: y, month: m, day: d };
}

/** Validates 'YYYY-MM-DD' (years 1583-9999, Gregorian) or makes one from its parts. Throws RangeError otherwise. */
export function civilDate(value: string): CivilDate;
export function civilDate(year: number, month: number, day: number): CivilDate;
export function civilDate(a: string | number, month?: number, day?: number): CivilDate {
  const { year, month: m, day: d } = typeof a === 'string' ? parse(a) : check(a, month ?? NaN, day ?? NaN);
  return `${pad(year, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A date a person can mean in this product's input: a real day in the years 1900-2199.
 * Outside them a year is a typo (and JavaScript's Date keeps its 4-digit form). The check
 * for dates in HTTP bodies and messages.
 */
export function isPlausibeleDatum(value: unknown): value is Datum {
  return isCivilDate(value) && Number(value.slice(0, 4)) >= 1900 && Number(value.slice(0, 4)) <= 2199;
}

/** Year, month and day of a date; throws RangeError on a string that is not a date. */
export function delen(d: CivilDate): CivilDateParts {
  return parse(d);
}

export function jaarVan(d: CivilDate): number {
  return delen(d).year;
}

/** Days since 1970-01-01 (negative before): the basis of all day arithmetic here. */
export function dagnummer(d: CivilDate): number {
  const { year, month, day } = delen(d);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function vanDagnummer(n: number): CivilDate {
  if (!Number.isInteger(n)) throw new RangeError(`not a day number: ${n}`);
  const t = new Date(n * MS_PER_DAY);
  const y = t.getUTCFullYear();
  if (y < 1583 || y > 9999) throw new RangeError(`civil date out of range: year ${y}`);
  return `${pad(y, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}`;
}

export function plusDagen(d: CivilDate, dagen: number): CivilDate {
  return vanDagnummer(dagnummer(d) + dagen);
}

/** Number of days from `a` to `b` (b − a); positive when b is later. */
export function dagenTussen(a: CivilDate, b: CivilDate): number {
  return dagnummer(b) - dagnummer(a);
}

/**
 * Adds calendar months. When the target month is shorter, the result is its last day
 * ("a month after 31 January is 28/29 February"), the usual reading of a term in months.
 */
export function plusMaanden(d: CivilDate, maanden: number): CivilDate {
  const { year, month, day } = delen(d);
  const index = year * 12 + (month - 1) + maanden;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return civilDate(y, m, Math.min(day, dagenInMaand(y, m)));
}

/** ISO weekday: 1 = Monday … 6 = Saturday, 7 = Sunday. */
export function weekdag(d: CivilDate): number {
  const n = dagnummer(d);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export const WEEKDAGNAMEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
export type Weekdagnaam = (typeof WEEKDAGNAMEN)[number];

export function weekdagnaam(d: CivilDate): Weekdagnaam {
  return WEEKDAGNAMEN[weekdag(d) - 1];
}

export function vroegste(a: CivilDate, b: CivilDate): CivilDate {
  return a <= b ? a : b;
}

export function laatste(a: CivilDate, b: CivilDate): CivilDate {
  return a >= b ? a : b;
}

// ---- civil dates and instants (Europe/Amsterdam unless stated) ----

/** The instant at which day `d` begins (00:00 local) in the given zone. */
export function beginVanDag(d: CivilDate, timeZone: string = AMSTERDAM): Date {
  const { year, month, day } = delen(d);
  return new Date(new TZDate(year, month - 1, day, timeZone).getTime());
}

/**
 * The instant at which day `d` is over: 00:00 local on the next day. A term whose last
 * day is `d` has passed at this instant; this is the `dueAt` to schedule on. Exclusive
 * bound: anything strictly before it is still "on day d".
 */
export function eindeVanDag(d: CivilDate, timeZone: string = AMSTERDAM): Date {
  return beginVanDag(plusDagen(d, 1), timeZone);
}

/** The last millisecond of day `d` (23:59:59.999 local), for display ("uiterlijk op …"). */
export function laatsteMomentVanDag(d: CivilDate, timeZone: string = AMSTERDAM): Date {
  return new Date(eindeVanDag(d, timeZone).getTime() - 1);
}

/**
 * The last day asked for per zone, as the instants it spans: almost every call is "today" or
 * the same due moment (a burst of deadlines asks it per case), and a zone's conversion costs
 * more than the rest of a case's projection.
 */
const laatsteDag = new Map<string, { readonly begin: number; readonly einde: number; readonly datum: CivilDate }>();

/** The civil date that `instant` falls on in the given zone. */
export function datumVan(instant: Date | number, timeZone: string = AMSTERDAM): CivilDate {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  const dag = laatsteDag.get(timeZone);
  if (dag && ms >= dag.begin && ms < dag.einde) return dag.datum;
  const t = new TZDate(ms, timeZone);
  if (Number.isNaN(t.getTime())) throw new RangeError('invalid instant');
  const datum = civilDate(t.getFullYear(), t.getMonth() + 1, t.getDate());
  const begin = beginVanDag(datum, timeZone).getTime();
  const einde = eindeVanDag(datum, timeZone).getTime();
  if (ms >= begin && ms < einde) laatsteDag.set(timeZone, { begin, einde, datum });
  return datum;
}

/** Accepts either a civil date or an instant (taken in Amsterdam). */
export function naarDatum(value: CivilDate | Date, timeZone: string = AMSTERDAM): CivilDate {
  return value instanceof Date ? datumVan(value, timeZone) : civilDate(value);
}
