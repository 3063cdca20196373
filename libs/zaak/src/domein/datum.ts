import { dagenTussen, datumVan, isPlausibeleDatum, isSchooljaarEinde, jaarVan, plusDagen, schooljaarEinde, type Datum } from '@pao/kalender';

/**
 * Calendar dates: the domain's one date type and its helpers come from @pao/kalender
 * ('YYYY-MM-DD'; why a plain string, see libs/kalender/README.md). These are the names the
 * case services' domains use; the rule on a full school year (VSO) stays here.
 */
export type IsoDatum = Datum;

export { dagenTussen, jaarVan, plusDagen, schooljaarEinde };

/** A real date in 1900-2199 (other years are typos). */
export const isIsoDatum: (waarde: unknown) => waarde is IsoDatum = isPlausibeleDatum;

/** The calendar date in Amsterdam at an instant: "vandaag" for every legal date. */
export function datumInAmsterdam(nu: Date): IsoDatum {
  return datumVan(nu);
}

/** TLVs end on 31 July, the last day of a school year (1 August – 31 July). */
export const is31Juli: (d: IsoDatum) => boolean = isSchooljaarEinde;

/**
 * The earliest einddatum that still covers one full school year from `ingang`. A start
 * in August counts as the start of that school year: August is summer holiday, no
 * lessons are missed [check].
 */
export function eersteVolledigSchooljaarEinde(ingang: IsoDatum): IsoDatum {
  if (ingang.slice(5, 7) === '08') return `${jaarVan(ingang) + 1}-07-31`;
  return `${jaarVan(schooljaarEinde(ingang)) + 1}-07-31`;
}
