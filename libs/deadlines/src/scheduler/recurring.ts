import { TZDate } from '@date-fns/tz';
import { AMSTERDAM, dagenInMaand, type JaarlijkseDatum } from '@pao/kalender';

/**
 * A recurring calendar moment, kept as a BullMQ job scheduler in Europe/Amsterdam.
 *
 * `at` (preferred): a local time on a day of given months — yearly (teldatum 1 oktober),
 * quarterly (1 Jan/Apr/Jul/Oct = the end of a quarter), monthly. The scheduler can compute
 * its occurrences itself, so the reconciler also fires occurrences that passed while
 * the system was down. `pattern`: any cron pattern BullMQ accepts (no catch-up).
 */
export type RecurringMoment =
  | { readonly name: string; readonly at: RecurringAt }
  | { readonly name: string; readonly pattern: string };

export interface RecurringAt {
  /** 1-12; default every month. */
  readonly months?: readonly number[];
  readonly day: number;
  readonly hour?: number;
  readonly minute?: number;
}

const NAME = /^[a-z0-9][a-z0-9-]{0,62}$/;

export function validateRecurring(m: RecurringMoment): void {
  if (!NAME.test(m.name)) throw new Error(`invalid recurring moment name (kebab-case, no ':'): ${JSON.stringify(m.name)}`);
  if ('at' in m) {
    const { months = [], day, hour = 0, minute = 0 } = m.at;
    const ok =
      months.every((x) => Number.isInteger(x) && x >= 1 && x <= 12) &&
      Number.isInteger(day) && day >= 1 && day <= 31 &&
      Number.isInteger(hour) && hour >= 0 && hour <= 23 &&
      Number.isInteger(minute) && minute >= 0 && minute <= 59;
    if (!ok) throw new Error(`invalid recurring moment ${m.name}: ${JSON.stringify(m.at)}`);
  } else if (typeof m.pattern !== 'string' || m.pattern.trim() === '') {
    throw new Error(`invalid recurring moment ${m.name}: empty pattern`);
  }
}

/** The cron pattern BullMQ runs for a moment. */
export function cronPattern(m: RecurringMoment): string {
  if ('pattern' in m) return m.pattern;
  const { months, day, hour = 0, minute = 0 } = m.at;
  const ms = months && months.length > 0 ? [...new Set(months)].sort((a, b) => a - b).join(',') : '*';
  return `${minute} ${hour} ${day} ${ms} *`;
}

/** Yearly at 00:00 on a day (teldatum, start of the school year …). */
export function yearly(name: string, datum: JaarlijkseDatum, time: { hour?: number; minute?: number } = {}): RecurringMoment {
  return { name, at: { months: [datum.maand], day: datum.dag, ...time } };
}

/** 00:00 on 1 January, April, July and October: the moment a quarter has ended. */
export function quarterEnds(name: string, time: { hour?: number; minute?: number } = {}): RecurringMoment {
  return { name, at: { months: [1, 4, 7, 10], day: 1, ...time } };
}

/**
 * Occurrences of an `at` moment in the half-open interval (after, until], in Europe/Amsterdam.
 * Months without that day are skipped, as cron does. `pattern` moments yield nothing.
 */
export function occurrencesBetween(m: RecurringMoment, after: Date, until: Date): Date[] {
  if (!('at' in m) || until.getTime() <= after.getTime()) return [];
  const { months, day, hour = 0, minute = 0 } = m.at;
  const allowed = new Set(months && months.length > 0 ? months : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  const from = new TZDate(after.getTime(), AMSTERDAM);
  const to = new TZDate(until.getTime(), AMSTERDAM);
  const out: Date[] = [];
  for (let i = from.getFullYear() * 12 + from.getMonth(); i <= to.getFullYear() * 12 + to.getMonth(); i++) {
    const y = Math.floor(i / 12);
    const mo = (i % 12) + 1;
    if (!allowed.has(mo) || day > dagenInMaand(y, mo)) continue;
    const t = new TZDate(y, mo - 1, day, hour, minute, AMSTERDAM).getTime();
    if (t > after.getTime() && t <= until.getTime()) out.push(new Date(t));
  }
  return out;
}
