import { TZDate } from '@date-fns/tz';

/**
 * A calendar day without time or zone ("civil date"), as the law counts days.
 * Represented as an ISO 8601 string 'YYYY-MM-DD' so it is immutable, compares
 * correctly with `<` / `===`, serialises to JSON unchanged and maps 1:1 onto
 * PostgreSQL `date`. The brand stops a random string from being used as a date:
 * make one with {@link civilDate} (validates) or the arithmetic helpers below.
 */
export type CivilDate = string & { readonly __civilDate: unique symbol };

/** The time zone in which the legal calendar of this product is kept. */
export const AMSTERDAM = 'Europe/Amsterdam';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
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

/** Validates and brands 'YYYY-MM-DD' (years 1583-9999, Gregorian). Throws RangeError otherwise. */
export function civilDate(value: string): CivilDate;
export function civilDate(year: number, month: number, day: number): CivilDate;
export function civilDate(a: string | number, month?: number, day?: number): CivilDate {
  let y: number, m: number, d: number;
  if (typeof a === 'string') {
    const match = ISO.exec(a);
    if (!match) throw new RangeError(`not a civil date (YYYY-MM-DD): ${JSON.stringify(a)}`);
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    [y, m, d] = [a, month ?? NaN, day ?? NaN];
  }
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1583 || y > 9999) {
    throw new RangeError(`civil date out of range: ${y}-${m}-${d}`);
  }
  if (m < 1 || m > 12 || d < 1 || d > dagenInMaand(y, m)) throw new RangeError(`no such day: ${y}-${m}-${d}`);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` as CivilDate;
}

export function isCivilDate(value: unknown): value is CivilDate {
  if (typeof value !== 'string') return false;
  try {
    civilDate(value);
    return true;
  } catch {
    return false;
  }
}

export function delen(d: CivilDate): CivilDateParts {
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
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
  return `${pad(y, 4)}-${pad(t.getUTCMonth() + 1, 2)}-${pad(t.getUTCDate(), 2)}` as CivilDate;
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

/** The civil date that `instant` falls on in the given zone. */
export function datumVan(instant: Date | number, timeZone: string = AMSTERDAM): CivilDate {
  const t = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  if (Number.isNaN(t.getTime())) throw new RangeError('invalid instant');
  return civilDate(t.getFullYear(), t.getMonth() + 1, t.getDate());
}

/** Accepts either a civil date or an instant (taken in Amsterdam). */
export function naarDatum(value: CivilDate | Date, timeZone: string = AMSTERDAM): CivilDate {
  return value instanceof Date ? datumVan(value, timeZone) : civilDate(value);
}
