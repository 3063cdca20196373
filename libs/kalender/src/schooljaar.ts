import { AMSTERDAM, CivilDate, civilDate, delen, isCivilDate, naarDatum } from './civil-date';

/** A school year: 1 August – 31 July (both inclusive). */
export interface Schooljaar {
  /** Calendar year in which it starts (2026 for 2026-2027). */
  readonly beginjaar: number;
  /** 1 August. */
  readonly start: CivilDate;
  /** 31 July (last day, inclusive). */
  readonly eind: CivilDate;
  /** '2026-2027'. */
  readonly label: string;
}

const LABEL = /^(\d{4})-(\d{4})$/;

export function schooljaar(beginjaar: number): Schooljaar {
  if (!Number.isInteger(beginjaar)) throw new RangeError(`not a year: ${beginjaar}`);
  return {
    beginjaar,
    start: civilDate(beginjaar, 8, 1),
    eind: civilDate(beginjaar + 1, 7, 31),
    label: `${beginjaar}-${beginjaar + 1}`,
  };
}

/** The school year a date falls in. An instant is first taken as a date in Europe/Amsterdam. */
export function schooljaarVan(value: CivilDate | Date, timeZone: string = AMSTERDAM): Schooljaar {
  const { year, month } = delen(naarDatum(value, timeZone));
  return schooljaar(month >= 8 ? year : year - 1);
}

/** 31 July of the school year that contains `d`: the last day of that school year. */
export function schooljaarEinde(d: CivilDate): CivilDate {
  return schooljaarVan(d).eind;
}

/** Whether `d` is a date and the last day of a school year (31 July). */
export function isSchooljaarEinde(d: CivilDate): boolean {
  return isCivilDate(d) && d.slice(5) === '07-31';
}

/** Parses '2026-2027'. */
export function schooljaarUitLabel(label: string): Schooljaar {
  const m = LABEL.exec(label);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new RangeError(`not a school year label: ${label}`);
  return schooljaar(Number(m[1]));
}

export function volgendSchooljaar(sj: Schooljaar, n = 1): Schooljaar {
  return schooljaar(sj.beginjaar + n);
}

/** A day-and-month that recurs every year (1 oktober, 31 juli …). */
export interface JaarlijkseDatum {
  readonly maand: number; // 1-12
  readonly dag: number;
}

/**
 * The occurrence of a yearly date inside a school year: August–December fall in the
 * begin year, January–July in the next calendar year (teldatum 1 februari of 2026-2027
 * is 2027-02-01). 29 February in a common year becomes 28 February.
 */
export function datumInSchooljaar(jd: JaarlijkseDatum, sj: Schooljaar): CivilDate {
  const year = jd.maand >= 8 ? sj.beginjaar : sj.beginjaar + 1;
  return opJaar(jd, year);
}

/** The occurrence of a yearly date in a calendar year (29 February → 28 February in a common year). */
export function opJaar(jd: JaarlijkseDatum, year: number): CivilDate {
  if (jd.maand === 2 && jd.dag === 29) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return civilDate(year, 2, leap ? 29 : 28);
  }
  return civilDate(year, jd.maand, jd.dag);
}
