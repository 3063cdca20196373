import { type IsoDatum } from '@pao/zaak/domein';
import { type Budgetperiodesoort } from './periode';

/**
 * The OJA rules of an SWV as versioned configuration: payers, voorzieningen, arrangement
 * types with their default cost split, norm duration and evaluation interval, and the
 * deadline rules. A change (the seeds say the split of baten en lasten is being revisited,
 * 001:1785-1787) is a new version with its own `geldigVanaf`; what was decided under an
 * older version keeps that version's outcome (the toekenning stores money and the version).
 */

/** The legal purse a payer pays from (001:888, 2882-2886: Jeugdwet, WMO, WLZ, Participatiewet). */
export const BETALER_SOORTEN = ['onderwijs', 'jeugdwet', 'wmo', 'wlz', 'participatiewet'] as const;
export type BetalerSoort = (typeof BETALER_SOORTEN)[number];

/** Payers whose money is the gemeente's: the gemeente decides these shares itself. */
export const GEMEENTELIJKE_SOORTEN: readonly BetalerSoort[] = ['jeugdwet', 'wmo', 'participatiewet'];

export interface Betaler {
  /** Stable code used in the API and the ledger, e.g. 'almere-jeugdwet'. */
  readonly code: string;
  readonly naam: string;
  readonly soort: BetalerSoort;
  readonly budgetperiode: Budgetperiodesoort;
  /** CBS code of the gemeente for a gemeentelijke payer. */
  readonly gemeente?: string;
}

export interface Gemeente {
  /** CBS gemeentecode, e.g. GM0034. */
  readonly code: string;
  readonly naam: string;
  /** The `organisatie` of the gemeente's accounts and partner systems (gateway). */
  readonly organisatie: string;
}

export interface Voorziening {
  readonly code: string;
  readonly naam: string;
}

export const VORMEN = ['individueel', 'collectief'] as const;
export type Vorm = (typeof VORMEN)[number];

/** OJA: onderwijs leads, jeugdhulp joins; JOA: jeugdhulp leads, onderwijs joins (001:888). */
export const LEIDINGEN = ['OJA', 'JOA'] as const;
export type Leiding = (typeof LEIDINGEN)[number];

export interface Aandeel {
  readonly soort: BetalerSoort;
  /** Share in basis points (1/100 of a percent); the shares of a split sum to 10,000. */
  readonly basispunten: number;
}

export interface ArrangementType {
  readonly code: string;
  readonly naam: string;
  readonly vorm: Vorm;
  readonly leiding: Leiding;
  readonly voorziening: string;
  /** The default split of the costs between the purses. */
  readonly verdeling: readonly Aandeel[];
  readonly normduurMaanden: number;
  /** At most 12: every arrangement is evaluated at least yearly (DOMAIN.md §2.3). */
  readonly evaluatieIntervalMaanden: number;
  /** Collective arrangements: the number of places. */
  readonly plaatsen?: number;
}

export interface OjaTermijnregels {
  /** Both sides assess an aanvraag within this many weeks (a reminder, not a legal term) [check]. */
  readonly beoordelingWeken: number;
  readonly evaluatieWaarschuwingDagen: number;
  /** Warn this many weeks before the einddatum so a verlenging or a follow-up can be arranged. */
  readonly einddatumWaarschuwingWeken: number;
  /** An ended arrangement is closed with its result within this many weeks. */
  readonly afsluitenWeken: number;
  /** The quarterly report is fixed on this day of the month after each quarter (001:1779-1781). */
  readonly rapportageDag: number;
}

export interface OjaRegels {
  /** Version id stored with everything decided under it, e.g. 'oja-VO-2024.1'. */
  readonly versie: string;
  readonly swv: string;
  readonly geldigVanaf: IsoDatum;
  readonly gemeenten: readonly Gemeente[];
  readonly betalers: readonly Betaler[];
  readonly voorzieningen: readonly Voorziening[];
  readonly types: readonly ArrangementType[];
  readonly termijnen: OjaTermijnregels;
}

/** All versions of all SWVs; `op(swv, datum)` picks the one in force. */
export class OjaRegelset {
  constructor(readonly versies: readonly OjaRegels[]) {
    for (const v of versies) {
      const fout = controleerRegels(v);
      if (fout) throw new Error(`OJA-regels ${v.versie}: ${fout}`);
    }
  }

  /** The version in force for an SWV on a date (the latest geldigVanaf ≤ datum); undefined when none. */
  op(swv: string, datum: IsoDatum): OjaRegels | undefined {
    let beste: OjaRegels | undefined;
    for (const v of this.versies) {
      if (v.swv !== swv || v.geldigVanaf > datum) continue;
      if (!beste || v.geldigVanaf > beste.geldigVanaf) beste = v;
    }
    return beste;
  }

  versie(id: string): OjaRegels | undefined {
    return this.versies.find((v) => v.versie === id);
  }

  /** A new regelset with more versions (an SWV's own choice, a revised split). */
  met(...nieuw: OjaRegels[]): OjaRegelset {
    return new OjaRegelset([...this.versies, ...nieuw]);
  }
}

/** Why a version is unsound, or undefined. Checked at load, so bad configuration never runs. */
export function controleerRegels(r: OjaRegels): string | undefined {
  const betalerCodes = new Set<string>();
  for (const b of r.betalers) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(b.code)) return `betalercode ${b.code} is geen kebab-case`;
    if (betalerCodes.has(b.code)) return `betaler ${b.code} dubbel`;
    betalerCodes.add(b.code);
    if (GEMEENTELIJKE_SOORTEN.includes(b.soort) && !r.gemeenten.some((g) => g.code === b.gemeente)) return `betaler ${b.code}: onbekende gemeente`;
  }
  for (const t of r.types) {
    if (!r.voorzieningen.some((v) => v.code === t.voorziening)) return `type ${t.code}: onbekende voorziening ${t.voorziening}`;
    const totaal = t.verdeling.reduce((s, a) => s + a.basispunten, 0);
    if (totaal !== 10_000) return `type ${t.code}: verdeling telt op tot ${totaal} basispunten, niet 10000`;
    if (t.verdeling.some((a) => !Number.isInteger(a.basispunten) || a.basispunten < 0)) return `type ${t.code}: aandelen in hele, niet-negatieve basispunten`;
    if (new Set(t.verdeling.map((a) => a.soort)).size !== t.verdeling.length) return `type ${t.code}: een soort staat dubbel in de verdeling`;
    if (!(t.evaluatieIntervalMaanden >= 1 && t.evaluatieIntervalMaanden <= 12)) return `type ${t.code}: evaluatie-interval 1-12 maanden`;
    if (!(t.normduurMaanden >= 1)) return `type ${t.code}: normduur ontbreekt`;
    if (t.vorm === 'collectief' && !(t.plaatsen && t.plaatsen > 0)) return `type ${t.code}: collectief zonder plaatsen`;
  }
  if (r.termijnen.rapportageDag < 1 || r.termijnen.rapportageDag > 28) return 'rapportagedag 1-28';
  return undefined;
}

/** The payer that pays a purse for an arrangement in a gemeente (the SWV itself for onderwijs). */
export function betalerVoor(r: OjaRegels, soort: BetalerSoort, gemeente: string): Betaler | undefined {
  return r.betalers.find((b) => b.soort === soort && (GEMEENTELIJKE_SOORTEN.includes(soort) ? b.gemeente === gemeente : true));
}

export function isGemeentelijk(b: Betaler): boolean {
  return GEMEENTELIJKE_SOORTEN.includes(b.soort);
}
