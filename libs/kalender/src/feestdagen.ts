import { CivilDate, civilDate, delen, plusDagen, weekdag, weekdagnaam, Weekdagnaam } from './civil-date';

/**
 * Public holidays as the Algemene termijnenwet (Atw) defines them, computed per year.
 *
 * Atw art. 3:
 *  - lid 1: Nieuwjaarsdag, Christelijke tweede Paas- en Pinksterdag, beide Kerstdagen,
 *    Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd, en de
 *    vijfde mei (every year, not only in lustrum years);
 *  - lid 2: Goede Vrijdag is gelijkgesteld (so it counts, although it is no day off);
 *  - lid 3: further days can be gelijkgesteld by besluit, published in the Staatscourant,
 *    usually for three years at a time (the Friday after Hemelvaartsdag, the Friday after
 *    a Thursday holiday). Those are configuration: {@link AtwKalenderConfig.gelijkstellingen}.
 * Eerste Paas- en Pinksterdag are Sundays and need no entry.
 */
export type FeestdagCode =
  | 'nieuwjaarsdag'
  | 'goede-vrijdag'
  | 'tweede-paasdag'
  | 'koningsdag'
  | 'bevrijdingsdag'
  | 'hemelvaartsdag'
  | 'tweede-pinksterdag'
  | 'eerste-kerstdag'
  | 'tweede-kerstdag'
  | 'gelijkgestelde-dag';

export interface Feestdag {
  readonly datum: CivilDate;
  readonly code: FeestdagCode;
  readonly naam: string;
  /** Legal basis, e.g. 'Atw art. 3 lid 1' or the title of a gelijkstellingsbesluit. */
  readonly grondslag: string;
  /**
   * Only for gelijkgestelde dagen in years for which no besluit is configured: the day is
   * assumed by the usual pattern. Results that depend on it carry a voorbehoud.
   */
  readonly verwacht?: boolean;
}

/** A day a term cannot end on: Saturday, Sunday or an Atw holiday (possibly several at once). */
export interface Rustdag {
  readonly datum: CivilDate;
  readonly weekdag: Weekdagnaam;
  readonly weekend: boolean;
  readonly feestdagen: readonly Feestdag[];
}

/** A day gelijkgesteld by besluit under Atw art. 3 lid 3. */
export interface Gelijkstelling {
  readonly datum: CivilDate;
  readonly besluit: string;
}

/** The day on which the King's (Queen's) birthday is celebrated, from a given year on. */
export interface KoningsdagRegel {
  readonly vanafJaar: number;
  readonly maand: number;
  readonly dag: number;
  /** Days to move when that day is a Sunday (−1: the Saturday before). */
  readonly zondagVerschuiving: number;
  readonly bron: string;
}

export interface AtwKalenderConfig {
  /** Version id recorded in every computed term, e.g. 'atw-awb-2026.1'. */
  readonly versie: string;
  /** Earliest year the calendar will answer for (rules before it are not modelled). */
  readonly vanafJaar: number;
  readonly koningsdag: readonly KoningsdagRegel[];
  readonly gelijkstellingen: readonly Gelijkstelling[];
  /** Years [van, tot] for which all gelijkstellingsbesluiten are configured. */
  readonly gelijkstellingenBekend: { readonly van: number; readonly tot: number };
  /**
   * Outside the known years: 'verwacht' assumes the usual pattern (the Friday after a
   * Thursday Nieuwjaarsdag, Koningsdag, Hemelvaartsdag or Tweede Kerstdag), which can
   * only make a term longer — the safe side for a citizen's bezwaartermijn — and flags a
   * voorbehoud; 'geen' assumes none.
   */
  readonly onbekendeJaren: 'verwacht' | 'geen';
}

const BESLUIT_2023 =
  'Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025 met een algemeen erkende feestdag';
const BESLUIT_2026 =
  'Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028 met een algemeen erkende feestdag';

/** The calendar as configured in this release. Bump `versie` whenever anything here changes. */
export const STANDAARD_ATW_CONFIG: AtwKalenderConfig = {
  versie: 'atw-awb-2026.1',
  vanafJaar: 1990,
  koningsdag: [
    { vanafJaar: 1990, maand: 4, dag: 30, zondagVerschuiving: -1, bron: 'Koninginnedag 30 april, 29 april als 30 april een zondag is' },
    { vanafJaar: 2014, maand: 4, dag: 27, zondagVerschuiving: -1, bron: 'Koningsdag 27 april, 26 april als 27 april een zondag is' },
  ],
  gelijkstellingen: [
    { datum: civilDate('2023-04-28'), besluit: BESLUIT_2023 },
    { datum: civilDate('2023-05-19'), besluit: BESLUIT_2023 },
    { datum: civilDate('2024-05-10'), besluit: BESLUIT_2023 },
    { datum: civilDate('2024-12-27'), besluit: BESLUIT_2023 },
    { datum: civilDate('2025-05-30'), besluit: BESLUIT_2023 },
    { datum: civilDate('2026-01-02'), besluit: BESLUIT_2026 },
    { datum: civilDate('2026-05-15'), besluit: BESLUIT_2026 },
    { datum: civilDate('2027-05-07'), besluit: BESLUIT_2026 },
    { datum: civilDate('2028-04-28'), besluit: BESLUIT_2026 },
    { datum: civilDate('2028-05-26'), besluit: BESLUIT_2026 },
  ],
  gelijkstellingenBekend: { van: 2023, tot: 2028 },
  onbekendeJaren: 'verwacht',
};

/**
 * Easter Sunday (Gregorian), by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 */
export function paaszondag(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDate(year, month, day);
}

const ART3_LID1 = 'Atw art. 3 lid 1';

export class AtwKalender {
  private readonly perJaar = new Map<number, readonly Feestdag[]>();
  private readonly perDatum = new Map<number, Map<string, Feestdag[]>>();
  private readonly gelijkstellingen: ReadonlyMap<string, Gelijkstelling>;

  constructor(readonly config: AtwKalenderConfig = STANDAARD_ATW_CONFIG) {
    const regels = [...config.koningsdag].sort((a, b) => a.vanafJaar - b.vanafJaar);
    if (regels.length === 0 || regels[0].vanafJaar > config.vanafJaar) {
      throw new RangeError('koningsdag must be configured from vanafJaar on');
    }
    const { van, tot } = config.gelijkstellingenBekend;
    for (const g of config.gelijkstellingen) {
      const { year } = delen(civilDate(g.datum));
      if (year < van || year > tot) throw new RangeError(`gelijkstelling ${g.datum} lies outside gelijkstellingenBekend ${van}-${tot}`);
    }
    this.gelijkstellingen = new Map(config.gelijkstellingen.map((g) => [g.datum, g]));
  }

  get versie(): string {
    return this.config.versie;
  }

  /** All Atw holidays of a calendar year, in date order. */
  feestdagen(year: number): readonly Feestdag[] {
    const cached = this.perJaar.get(year);
    if (cached) return cached;
    if (!Number.isInteger(year) || year < this.config.vanafJaar) {
      throw new RangeError(`the Atw calendar is configured from ${this.config.vanafJaar} on, not for ${year}`);
    }
    const pasen = paaszondag(year);
    const dagen: Feestdag[] = [
      { datum: civilDate(year, 1, 1), code: 'nieuwjaarsdag', naam: 'Nieuwjaarsdag', grondslag: ART3_LID1 },
      { datum: plusDagen(pasen, -2), code: 'goede-vrijdag', naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' },
      { datum: plusDagen(pasen, 1), code: 'tweede-paasdag', naam: 'Tweede Paasdag', grondslag: ART3_LID1 },
      { datum: this.koningsdag(year), code: 'koningsdag', naam: 'Koningsdag', grondslag: ART3_LID1 },
      { datum: civilDate(year, 5, 5), code: 'bevrijdingsdag', naam: 'Bevrijdingsdag (5 mei)', grondslag: ART3_LID1 },
      { datum: plusDagen(pasen, 39), code: 'hemelvaartsdag', naam: 'Hemelvaartsdag', grondslag: ART3_LID1 },
      { datum: plusDagen(pasen, 50), code: 'tweede-pinksterdag', naam: 'Tweede Pinksterdag', grondslag: ART3_LID1 },
      { datum: civilDate(year, 12, 25), code: 'eerste-kerstdag', naam: 'Eerste Kerstdag', grondslag: ART3_LID1 },
      { datum: civilDate(year, 12, 26), code: 'tweede-kerstdag', naam: 'Tweede Kerstdag', grondslag: ART3_LID1 },
    ];
    dagen.push(...this.gelijkgesteldeDagen(year, dagen));
    dagen.sort((a, b) => (a.datum < b.datum ? -1 : a.datum > b.datum ? 1 : 0));
    const frozen = Object.freeze(dagen.map((d) => Object.freeze(d)));
    this.perJaar.set(year, frozen);
    const index = new Map<string, Feestdag[]>();
    for (const f of frozen) index.set(f.datum, [...(index.get(f.datum) ?? []), f]);
    this.perDatum.set(year, index);
    return frozen;
  }

  /** The Atw holidays on a date (usually none, sometimes two: 5 mei can be Hemelvaartsdag). */
  feestdagenOp(d: CivilDate): readonly Feestdag[] {
    const { year } = delen(d);
    this.feestdagen(year);
    return this.perDatum.get(year)?.get(d) ?? [];
  }

  isFeestdag(d: CivilDate): boolean {
    return this.feestdagenOp(d).length > 0;
  }

  /** Saturday, Sunday or Atw holiday: returns why; undefined for an ordinary working day. */
  rustdag(d: CivilDate): Rustdag | undefined {
    const wd = weekdag(d);
    const feestdagen = this.feestdagenOp(d);
    const weekend = wd >= 6;
    if (!weekend && feestdagen.length === 0) return undefined;
    return { datum: d, weekdag: weekdagnaam(d), weekend, feestdagen };
  }

  /** Not a Saturday, Sunday or Atw holiday. */
  isWerkdag(d: CivilDate): boolean {
    return this.rustdag(d) === undefined;
  }

  /** `d` itself when it is a working day, else the first working day after it. */
  eersteWerkdagVanaf(d: CivilDate): CivilDate {
    let x = d;
    while (!this.isWerkdag(x)) x = plusDagen(x, 1);
    return x;
  }

  /** Why a result for date `d` is provisional, if it is (gelijkstellingen not yet known). */
  voorbehoud(d: CivilDate): string | undefined {
    const { year } = delen(d);
    const { van, tot } = this.config.gelijkstellingenBekend;
    if (year >= van && year <= tot) return undefined;
    return this.config.onbekendeJaren === 'verwacht'
      ? `gelijkgestelde dagen (Atw art. 3 lid 3) voor ${year} zijn niet geconfigureerd; aangenomen volgens het gebruikelijke patroon`
      : `gelijkgestelde dagen (Atw art. 3 lid 3) voor ${year} zijn niet geconfigureerd; geen aangenomen`;
  }

  private koningsdag(year: number): CivilDate {
    const regel = [...this.config.koningsdag].filter((r) => r.vanafJaar <= year).sort((a, b) => b.vanafJaar - a.vanafJaar)[0];
    const d = civilDate(year, regel.maand, regel.dag);
    return weekdag(d) === 7 ? plusDagen(d, regel.zondagVerschuiving) : d;
  }

  private gelijkgesteldeDagen(year: number, wettelijk: readonly Feestdag[]): Feestdag[] {
    const { van, tot } = this.config.gelijkstellingenBekend;
    if (year >= van && year <= tot) {
      return [...this.gelijkstellingen.values()]
        .filter((g) => delen(g.datum).year === year)
        .map((g) => ({ datum: g.datum, code: 'gelijkgestelde-dag' as const, naam: 'Gelijkgestelde dag', grondslag: g.besluit }));
    }
    if (this.config.onbekendeJaren === 'geen') return [];
    return verwachteGelijkstellingen(wettelijk).map((datum) => ({
      datum,
      code: 'gelijkgestelde-dag' as const,
      naam: 'Gelijkgestelde dag (verwacht)',
      grondslag: 'Atw art. 3 lid 3, verwacht volgens het gebruikelijke patroon (geen besluit geconfigureerd)',
      verwacht: true,
    }));
  }
}

const BRUGDAG_NA: readonly FeestdagCode[] = ['nieuwjaarsdag', 'koningsdag', 'hemelvaartsdag', 'tweede-kerstdag'];

/**
 * The pattern the gelijkstellingsbesluiten 2023-2028 follow exactly: the Friday after a
 * Nieuwjaarsdag, Koningsdag, Hemelvaartsdag or Tweede Kerstdag that falls on a Thursday.
 */
export function verwachteGelijkstellingen(wettelijk: readonly Feestdag[]): CivilDate[] {
  const vrijdagen = wettelijk
    .filter((f) => BRUGDAG_NA.includes(f.code) && weekdag(f.datum) === 4)
    .map((f) => plusDagen(f.datum, 1))
    .filter((d) => !wettelijk.some((f) => f.datum === d));
  return [...new Set(vrijdagen)].sort();
}

/** The calendar with the configuration of this release. */
export const atwKalender = new AtwKalender();
