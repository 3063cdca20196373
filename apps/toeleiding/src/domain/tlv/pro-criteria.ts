/**
 * Toelaatbaarheid tot het praktijkonderwijs is judged on the national PrO criteria, not by
 * two deskundigen (001:1159-1161, 1993-1997): an IQ range and a learning delay in enough
 * domains. The criteria are versioned configuration (they are set by law and change by
 * law); the version that judged is stored with the toetsing.
 */
export const PRO_DOMEINEN = ['inzichtelijk-rekenen', 'begrijpend-lezen', 'technisch-lezen', 'spellen'] as const;
export type ProDomein = (typeof PRO_DOMEINEN)[number];

export interface ProCriteria {
  readonly versie: string;
  readonly bron: string;
  /** Total IQ, both ends included. */
  readonly iq: { readonly min: number; readonly max: number };
  readonly leerachterstand: {
    /** Delay as a percentage of the teaching time received (DLE-based), at least this much. */
    readonly minimumProcent: number;
    /** In at least this many domains ... */
    readonly minimumDomeinen: number;
    /** ... of which at least one of these. */
    readonly tenMinsteEenVan: readonly ProDomein[];
  };
}

/**
 * The national criteria as understood for this release: IQ 55-80 and a delay of at least
 * 50% in two or more of the four domains, one of them inzichtelijk rekenen or begrijpend
 * lezen [check against the Inrichtingsbesluit WVO in force].
 */
export const LANDELIJKE_PRO_CRITERIA: ProCriteria = {
  versie: 'pro-criteria/landelijk/2016-08-01',
  bron: 'Landelijke criteria praktijkonderwijs (Inrichtingsbesluit WVO) [check]',
  iq: { min: 55, max: 80 },
  leerachterstand: { minimumProcent: 50, minimumDomeinen: 2, tenMinsteEenVan: ['inzichtelijk-rekenen', 'begrijpend-lezen'] },
};

/** What the eerste deskundige measured: ids and numbers only. */
export interface ProGegevens {
  readonly iq: number;
  /** Leerachterstand per domain, in percent. A domain not measured is absent. */
  readonly leerachterstanden: Readonly<Partial<Record<ProDomein, number>>>;
}

export interface ProToetsing extends ProGegevens {
  readonly voldoet: boolean;
  readonly criteriaVersie: string;
  /** Which criteria were not met (Dutch, for the handler and the besluit's motivering). */
  readonly nietVoldaan: readonly string[];
}

export function toetsProCriteria(g: ProGegevens, c: ProCriteria): ProToetsing {
  const nietVoldaan: string[] = [];
  if (g.iq < c.iq.min || g.iq > c.iq.max) nietVoldaan.push(`IQ tussen ${c.iq.min} en ${c.iq.max}`);
  const achter = PRO_DOMEINEN.filter((d) => (g.leerachterstanden[d] ?? 0) >= c.leerachterstand.minimumProcent);
  if (achter.length < c.leerachterstand.minimumDomeinen) {
    nietVoldaan.push(`leerachterstand van ten minste ${c.leerachterstand.minimumProcent}% op ${c.leerachterstand.minimumDomeinen} domeinen`);
  }
  if (!achter.some((d) => c.leerachterstand.tenMinsteEenVan.includes(d))) {
    nietVoldaan.push(`leerachterstand op ${c.leerachterstand.tenMinsteEenVan.join(' of ')}`);
  }
  return { ...g, voldoet: nietVoldaan.length === 0, criteriaVersie: c.versie, nietVoldaan };
}
