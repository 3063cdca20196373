import {
  AMSTERDAM,
  CivilDate,
  civilDate,
  dagenTussen,
  eindeVanDag,
  plusDagen,
  plusMaanden,
  weekdagnaam,
} from './civil-date';
import { AtwKalender, atwKalender, Rustdag } from './feestdagen';

/** A length of time as the law states it: in weeks, days or months (exactly one). */
export type Duur = { readonly weken: number } | { readonly dagen: number } | { readonly maanden: number };

export function duurTekst(duur: Duur): string {
  if ('weken' in duur) return `${duur.weken} ${duur.weken === 1 ? 'week' : 'weken'}`;
  if ('dagen' in duur) return `${duur.dagen} ${duur.dagen === 1 ? 'dag' : 'dagen'}`;
  return `${duur.maanden} ${duur.maanden === 1 ? 'maand' : 'maanden'}`;
}

function checkDuur(duur: Duur, wat: string): void {
  const keys = Object.keys(duur).filter((k) => (duur as Record<string, unknown>)[k] !== undefined);
  if (keys.length !== 1 || !['weken', 'dagen', 'maanden'].includes(keys[0])) {
    throw new RangeError(`${wat}: give exactly one of weken, dagen, maanden`);
  }
  const n = (duur as Record<string, number>)[keys[0]];
  if (!Number.isInteger(n) || n < 0 || n > 100_000) throw new RangeError(`${wat}: not a whole, non-negative number: ${n}`);
}

/**
 * The last day of a term of `duur` that runs from the day after `ingang`:
 * N weeks → the same weekday N weeks later (6 weeks from Tuesday 1 September ends on
 * Tuesday 13 October); N days → ingang + N; N months → the same day number N months
 * later, or the last day of that month when it is shorter.
 */
export function plusDuur(ingang: CivilDate, duur: Duur): CivilDate {
  if ('weken' in duur) return plusDagen(ingang, 7 * duur.weken);
  if ('dagen' in duur) return plusDagen(ingang, duur.dagen);
  return plusMaanden(ingang, duur.maanden);
}

/**
 * A period during which the term does not run (opschorting, e.g. Awb 4:15 while a request
 * is being completed). Half-open: `van` is the first day on which the clock stands still,
 * `tot` the first day on which it runs again. Suspended days = tot − van.
 */
export interface Opschorting {
  readonly van: CivilDate;
  readonly tot: CivilDate;
  readonly reden?: string;
}

/**
 * Awb 4:15 lid 1 sub a: suspended "met ingang van de dag na die waarop de aanvrager is
 * uitgenodigd de aanvraag aan te vullen, tot de dag waarop de aanvraag is aangevuld of de
 * daarvoor gestelde termijn ongebruikt is verstreken". The clock stands still from the
 * day after the invitation and runs again on the day of completion (or on the day after
 * the last day of the hersteltermijn, when it lapsed unused).
 */
export function opschortingWegensAanvulling(args: {
  uitgenodigdOp: CivilDate;
  aangevuldOp?: CivilDate;
  hersteltermijnLaatsteDag?: CivilDate;
}): Opschorting {
  const van = plusDagen(args.uitgenodigdOp, 1);
  const tot = args.aangevuldOp ?? (args.hersteltermijnLaatsteDag ? plusDagen(args.hersteltermijnLaatsteDag, 1) : undefined);
  if (!tot) throw new RangeError('give aangevuldOp or hersteltermijnLaatsteDag');
  return { van, tot: tot < van ? van : tot, reden: 'Awb 4:15 aanvulling aanvraag' };
}

export type Verschuivingsartikel = 'Atw art. 1' | 'Atw art. 2';

/**
 * One day the end of the term was moved past, and why: under art. 1 always a rest day
 * (weekend and/or which holiday); under art. 2 any day of the extension.
 */
export interface Verschuiving extends Rustdag {
  readonly artikel: Verschuivingsartikel;
}

function dagInfo(kalender: AtwKalender, d: CivilDate): Rustdag {
  return kalender.rustdag(d) ?? { datum: d, weekdag: weekdagnaam(d), weekend: false, feestdagen: [] };
}

export interface TermijnInvoer {
  /** Day of the event the term runs from (bekendmaking, ontvangst, aanmelding). The term starts the day after. */
  readonly ingang: CivilDate;
  readonly duur: Duur;
  readonly opschortingen?: readonly Opschorting[];
  /** Extension (verdaging) once, e.g. Awb 7:10 lid 3: at most 6 weeks. */
  readonly verdaging?: Duur;
  /** Apply the Algemene termijnenwet (art. 1 and 2). Default true; off for factual timers. */
  readonly atw?: boolean;
  /** Version id of the rule that supplied `duur` (from the regelset); recorded in the result. */
  readonly regelversie?: string;
  readonly kalender?: AtwKalender;
  readonly timeZone?: string;
}

export interface Termijnuitkomst {
  readonly ingang: CivilDate;
  /** First day of the term (the day after ingang). */
  readonly eersteDag: CivilDate;
  readonly duur: Duur;
  /** The plain end: ingang + duur, without suspension, extension or Atw. */
  readonly kaleEinddatum: CivilDate;
  readonly verdaging?: Duur;
  /** Suspended days that fell inside the running term (and so moved its end). */
  readonly opgeschorteDagen: number;
  readonly opschortingen: readonly Opschorting[];
  /** End after suspension and extension, before the Algemene termijnenwet. */
  readonly onverschovenEinddatum: CivilDate;
  /** The last day of the term (inclusive): the legal deadline. */
  readonly einddatum: CivilDate;
  /** Each day the end was moved past, with the reason (weekend, which holiday, which article). */
  readonly verschuivingen: readonly Verschuiving[];
  readonly atwToegepast: boolean;
  /** Instant at which the term has passed: 00:00 the day after einddatum (Europe/Amsterdam). */
  readonly verstrijktOp: Date;
  /** 23:59:59.999 on einddatum, for display. */
  readonly laatsteMoment: Date;
  readonly kalenderversie: string;
  /** Rule version: the regelset's id when given, else the calendar version. */
  readonly regelversie: string;
  /** Reasons the result is provisional (e.g. gelijkgestelde dagen of that year not yet known). */
  readonly voorbehouden: readonly string[];
}

function samenvoegen(opschortingen: readonly Opschorting[], eersteDag: CivilDate): Array<{ van: CivilDate; tot: CivilDate }> {
  const periodes = opschortingen
    .map((o) => {
      civilDate(o.van);
      civilDate(o.tot);
      if (o.tot < o.van) throw new RangeError(`opschorting ends before it starts: ${o.van} – ${o.tot}`);
      return { van: o.van < eersteDag ? eersteDag : o.van, tot: o.tot };
    })
    .filter((p) => p.tot > p.van)
    .sort((a, b) => (a.van < b.van ? -1 : a.van > b.van ? 1 : 0));
  const merged: Array<{ van: CivilDate; tot: CivilDate }> = [];
  for (const p of periodes) {
    const last = merged[merged.length - 1];
    if (last && p.van <= last.tot) {
      if (p.tot > last.tot) last.tot = p.tot;
    } else merged.push({ ...p });
  }
  return merged;
}

/**
 * Computes a term the way the Awb and the Algemene termijnenwet count it:
 *  1. it starts the day after `ingang` (Awb 6:8) and its plain last day is ingang + duur;
 *  2. an extension (verdaging) is added once to that end;
 *  3. suspended days inside the running term push the end back day for day (the clock
 *     stops and resumes; a suspension that starts after the term ended changes nothing);
 *  4. Atw art. 2: a term of at least 3 days is extended so it holds two working days;
 *  5. Atw art. 1: an end on a Saturday, Sunday or Atw holiday moves to the next day that
 *     is none of these.
 */
export function berekenTermijn(invoer: TermijnInvoer): Termijnuitkomst {
  const kalender = invoer.kalender ?? atwKalender;
  const ingang = civilDate(invoer.ingang);
  checkDuur(invoer.duur, 'duur');
  if (invoer.verdaging) checkDuur(invoer.verdaging, 'verdaging');
  const atw = invoer.atw ?? true;
  const eersteDag = plusDagen(ingang, 1);
  const kaleEinddatum = plusDuur(ingang, invoer.duur);
  const metVerdaging = invoer.verdaging ? plusDuur(kaleEinddatum, invoer.verdaging) : kaleEinddatum;

  let eind = metVerdaging;
  let opgeschorteDagen = 0;
  for (const p of samenvoegen(invoer.opschortingen ?? [], eersteDag)) {
    if (p.van > eind) break;
    const dagen = dagenTussen(p.van, p.tot);
    eind = plusDagen(eind, dagen);
    opgeschorteDagen += dagen;
  }
  const onverschovenEinddatum = eind;

  const verschuivingen: Verschuiving[] = [];
  if (atw) {
    // Atw art. 2: a term of at least three days holds at least two working days.
    const lengte = dagenTussen(ingang, metVerdaging);
    if (lengte >= 3) {
      let werkdagen = 0;
      for (let d = eersteDag; d <= eind; d = plusDagen(d, 1)) if (kalender.isWerkdag(d)) werkdagen++;
      while (werkdagen < 2) {
        verschuivingen.push({ ...dagInfo(kalender, eind), artikel: 'Atw art. 2' });
        eind = plusDagen(eind, 1);
        if (kalender.isWerkdag(eind)) werkdagen++;
      }
    }
    // Atw art. 1: an end on a Saturday, Sunday or holiday moves to the next working day.
    for (let rust = kalender.rustdag(eind); rust; rust = kalender.rustdag(eind)) {
      verschuivingen.push({ ...rust, artikel: 'Atw art. 1' });
      eind = plusDagen(eind, 1);
    }
  }

  const voorbehouden = new Set<string>();
  if (atw) {
    for (let d = onverschovenEinddatum; d <= eind; d = plusDagen(d, 1)) {
      const v = kalender.voorbehoud(d);
      if (v) voorbehouden.add(v);
    }
  }
  const verstrijktOp = eindeVanDag(eind, invoer.timeZone ?? AMSTERDAM);
  return Object.freeze({
    ingang,
    eersteDag,
    duur: invoer.duur,
    kaleEinddatum,
    ...(invoer.verdaging ? { verdaging: invoer.verdaging } : {}),
    opgeschorteDagen,
    opschortingen: invoer.opschortingen ?? [],
    onverschovenEinddatum,
    einddatum: eind,
    verschuivingen,
    atwToegepast: atw,
    verstrijktOp,
    laatsteMoment: new Date(verstrijktOp.getTime() - 1),
    kalenderversie: kalender.versie,
    regelversie: invoer.regelversie ?? kalender.versie,
    voorbehouden: [...voorbehouden],
  });
}

export interface AwbTermijnInvoer {
  /** Day of bekendmaking (or ontvangst); the term runs from the day after (Awb 6:8). */
  readonly bekendmaking: CivilDate;
  readonly weken?: number;
  readonly dagen?: number;
  readonly maanden?: number;
  readonly opschortingen?: readonly Opschorting[];
  readonly verdaging?: Duur;
  readonly regelversie?: string;
  readonly kalender?: AtwKalender;
}

/** An Awb term ("N weken na de dag van bekendmaking"), with the Algemene termijnenwet applied. */
export function awbTermijn(invoer: AwbTermijnInvoer): Termijnuitkomst {
  const given = (['weken', 'dagen', 'maanden'] as const).filter((k) => invoer[k] !== undefined);
  if (given.length !== 1) throw new RangeError('awbTermijn: give exactly one of weken, dagen, maanden');
  const k = given[0];
  const duur = { [k]: invoer[k] } as Duur;
  return berekenTermijn({
    ingang: invoer.bekendmaking,
    duur,
    opschortingen: invoer.opschortingen,
    verdaging: invoer.verdaging,
    atw: true,
    regelversie: invoer.regelversie,
    kalender: invoer.kalender,
  });
}
