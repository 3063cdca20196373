// The national data set's shape, as plain arithmetic (no I/O): the SWV register of 225
// tenants, how many pupils each SWV has, and how the cases of the four services are spread
// over them. Deterministic for a seed, so every run (and every reuse of a loaded database)
// means the same data.
import { SwvRegister } from '@pao/swv';
import { rng } from '../rng';

/** Nationally: about 150 PO and 75 VO samenwerkingsverbanden, 2.5M pupils, ~1M cases (issue 19). */
export const LANDELIJK = { po: 150, vo: 75, leerlingen: 2_500_000, zaken: 1_000_000 } as const;

/** Share of PO pupils among all pupils (primair onderwijs is the larger sector). */
const PO_AANDEEL_LEERLINGEN = 0.6;

export const DIENSTEN = ['toeleiding', 'overdracht', 'oja', 'thuiszitters'] as const;
export type Dienst = (typeof DIENSTEN)[number];

/**
 * The share of each service in the cases, and the sectors it serves. An assumption (no
 * national figures per service exist in the sources): TLV requests and their years of
 * validity are the most numerous; each PO→VO transfer is a case per leaving pupil (PO SWVs
 * only); arrangements next; thuiszitters-meldingen the fewest.
 */
export const DIENST_AANDELEN: Record<Dienst, { aandeel: number; sectoren: ReadonlyArray<'PO' | 'VO'> }> = {
  toeleiding: { aandeel: 0.4, sectoren: ['PO', 'VO'] },
  overdracht: { aandeel: 0.3, sectoren: ['PO'] },
  oja: { aandeel: 0.2, sectoren: ['PO', 'VO'] },
  thuiszitters: { aandeel: 0.1, sectoren: ['PO', 'VO'] },
};


export { rng };

/**
 * Splits `totaal` over the weights so the parts are whole numbers, sum to `totaal` exactly
 * and each differs from its exact share by less than one (largest remainder).
 */
export function verdeel(totaal: number, gewichten: readonly number[]): number[] {
  const som = gewichten.reduce((a, b) => a + b, 0);
  if (som <= 0) return gewichten.map(() => 0);
  const exact = gewichten.map((g) => (totaal * g) / som);
  const deel = exact.map(Math.floor);
  let rest = totaal - deel.reduce((a, b) => a + b, 0);
  const volgorde = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of volgorde) {
    if (rest <= 0) break;
    deel[i]++;
    rest--;
  }
  return deel;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/**
 * Register data for the national set: `po` PO and `vo` VO SWVs (ids PO2001…, VO3001…, the
 * format of the real SWV codes), each with its own legal body and gemeente. Validated by
 * @pao/swv like config/swv-register.json; main.ts writes it to a file and reads it back.
 */
export function landelijkRegisterData(po: number = LANDELIJK.po, vo: number = LANDELIJK.vo): unknown {
  const swv = (sector: 'PO' | 'VO', k: number) => {
    const id = `${sector}${sector === 'PO' ? 2000 + k : 3000 + k}`;
    return {
      id,
      naam: `Samenwerkingsverband ${sector} regio ${k}`,
      sector,
      rechtspersoon: { naam: `Stichting Passend Onderwijs ${sector} regio ${k}`, organisatie: `swv-${id.toLowerCase()}`, urn: `urn:nld:swv-${id.toLowerCase()}` },
      gemeenten: [{ code: `GM${pad((sector === 'PO' ? 0 : 400) + k, 4)}`, naam: `Gemeente ${k}` }],
      bron: 'bench/landelijk: synthetic national register (issue 19)',
    };
  };
  return {
    versie: 'bench-landelijk.1',
    swvs: [...Array.from({ length: po }, (_, k) => swv('PO', k + 1)), ...Array.from({ length: vo }, (_, k) => swv('VO', k + 1))],
  };
}

export interface SwvPlan {
  id: string;
  sector: 'PO' | 'VO';
  gemeente: string;
  /** Index of the SWV's first pupil in the national numbering (pupils of one SWV are consecutive). */
  eersteLeerling: number;
  leerlingen: number;
  zaken: Record<Dienst, number>;
}

export interface Plan {
  schaal: number;
  leerlingen: number;
  zaken: Record<Dienst, number>;
  swvs: SwvPlan[];
}

/**
 * Pupils per SWV (sizes vary as in reality: a skewed spread, the largest a few times the
 * median), then each service's cases over the SWVs of its sectors in proportion to pupils.
 * `schaal` (0 < schaal ≤ 1) shrinks pupils and cases alike; 1 is the national size.
 */
export function maakPlan(register: SwvRegister, schaal = 1, seed = 19): Plan {
  if (!(schaal > 0 && schaal <= 1)) throw new Error(`BENCH_SCHAAL must be in (0, 1], got ${schaal}`);
  const r = rng(seed);
  const swvs = register.all();
  // Lognormal sizes (σ 0.6): a normal draw by Box-Muller from two uniforms.
  const gewicht = swvs.map(() => Math.exp(0.6 * Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r())));
  const leerlingenTotaal = Math.round(LANDELIJK.leerlingen * schaal);
  const perSector = { PO: Math.round(leerlingenTotaal * PO_AANDEEL_LEERLINGEN), VO: leerlingenTotaal - Math.round(leerlingenTotaal * PO_AANDEEL_LEERLINGEN) };
  const leerlingen = new Array<number>(swvs.length).fill(0);
  for (const sector of ['PO', 'VO'] as const) {
    const idx = swvs.map((s, i) => (s.sector === sector ? i : -1)).filter((i) => i >= 0);
    verdeel(perSector[sector], idx.map((i) => gewicht[i])).forEach((n, k) => (leerlingen[idx[k]] = n));
  }
  const zakenTotaal = Math.round(LANDELIJK.zaken * schaal);
  const perDienst = Object.fromEntries(DIENSTEN.map((d, i) => [d, verdeel(zakenTotaal, DIENSTEN.map((x) => DIENST_AANDELEN[x].aandeel))[i]])) as Record<Dienst, number>;
  const zaken = DIENSTEN.map((d) => verdeel(perDienst[d], swvs.map((s, i) => (DIENST_AANDELEN[d].sectoren.includes(s.sector) ? leerlingen[i] : 0))));
  let eerste = 0;
  const plannen = swvs.map((s, i) => {
    const p: SwvPlan = {
      id: s.id,
      sector: s.sector,
      gemeente: s.gemeenten[0].code,
      eersteLeerling: eerste,
      leerlingen: leerlingen[i],
      zaken: Object.fromEntries(DIENSTEN.map((d, j) => [d, zaken[j][i]])) as Record<Dienst, number>,
    };
    eerste += leerlingen[i];
    return p;
  });
  return { schaal, leerlingen: leerlingenTotaal, zaken: perDienst, swvs: plannen };
}

/** The national pupil number of an SWV's k-th case of a service: spread over its pupils, never the same pupil twice. */
export function leerlingVoorZaak(p: SwvPlan, dienst: Dienst, k: number): number {
  const n = p.zaken[dienst];
  return p.eersteLeerling + Math.floor((k * p.leerlingen) / Math.max(1, n));
}

/** Parses the register data (throws naming the field if it is wrong), as every app does with its file. */
export function landelijkRegister(): SwvRegister {
  return SwvRegister.parse(landelijkRegisterData(), 'bench/landelijk register');
}
