import { type IsoDatum } from '@pao/zaak/domein';
import { type Cent } from './geld';
import { type Boeking } from './grootboek';
import { type Periode } from './periode';
import { type BetalerSoort, type Leiding, type Vorm } from './regels';

/**
 * An onderwijs-jeugdhulparrangement: education and youth care in one plan for a pupil
 * ("één kind, één gezin, één plan", 001:1757-1779), or a collective group offer at a
 * voorziening with places. Always temporary: `periode.tot` is present from the first
 * moment (the requested end) and stays present (granted, extended, ended).
 */
export const STATUSSEN = ['in-beoordeling', 'beoordeeld', 'toegekend', 'lopend', 'beeindigd', 'afgesloten', 'afgewezen', 'ingetrokken'] as const;
export type Status = (typeof STATUSSEN)[number];

export const OORDELEN = ['akkoord', 'niet-akkoord'] as const;
export type Oordeel = (typeof OORDELEN)[number];

/** Gemeente: its jeugdhulp beschikking or toewijzing; Wlz: the CIZ indicatiebesluit. */
export const REFERENTIE_SOORTEN = ['beschikking', 'toewijzing', 'indicatie'] as const;
export type ReferentieSoort = (typeof REFERENTIE_SOORTEN)[number];

export const EVALUATIE_UITKOMSTEN = ['voortzetten', 'bijstellen', 'afbouwen', 'beeindigen'] as const;
export type EvaluatieUitkomst = (typeof EVALUATIE_UITKOMSTEN)[number];

export const EINDE_REDENEN = ['einde-looptijd', 'doel-bereikt', 'voortijdig', 'verhuizing', 'overig'] as const;
export type EindeReden = (typeof EINDE_REDENEN)[number];

export const RESULTATEN = ['doel-bereikt', 'deels-bereikt', 'niet-bereikt'] as const;
export type Resultaat = (typeof RESULTATEN)[number];

/** Where the pupil went after the arrangement: what the gemeenteraad asks about. */
export const VERVOLGEN = ['regulier-onderwijs', 'speciaal-onderwijs', 'mbo-of-arbeid', 'jeugdhulp-zonder-onderwijs', 'anders'] as const;
export type Vervolg = (typeof VERVOLGEN)[number];

export const AANVRAGER_SOORTEN = ['steunpunt', 'school'] as const;

/** The jeugdhulp side's own decision document; the product records its reference, it sends no iJw messages. */
export interface JeugdhulpReferentie {
  readonly soort: ReferentieSoort;
  readonly kenmerk: string;
}

export interface Aanvraag {
  readonly aangevraagdOp: IsoDatum;
  readonly aanvrager: { readonly soort: (typeof AANVRAGER_SOORTEN)[number]; readonly organisatie: string; readonly door: string };
  readonly doelen: readonly string[];
  readonly plan: string;
  readonly jeugdhulpaanbieder: string;
  readonly gevraagdePeriode: Periode;
  readonly begrootKostenCent?: Cent;
}

export interface OnderwijsBeoordeling {
  readonly oordeel: Oordeel;
  readonly datum: IsoDatum;
  readonly door: string;
  readonly toelichting?: string;
}

/** The jeugdhulp side: the gemeente's own decision (or, for Wlz, the recorded indicatie). */
export interface JeugdhulpBeoordeling {
  readonly oordeel: Oordeel;
  readonly datum: IsoDatum;
  readonly door: string;
  readonly referentie?: JeugdhulpReferentie;
  /** What the gemeente agreed to pay per gemeentelijke payer (akkoord only; empty for Wlz). */
  readonly toegezegd: readonly { readonly betaler: string; readonly bedragCent: Cent }[];
  readonly toelichting?: string;
}

export interface VerdelingRegel {
  readonly betaler: string;
  readonly soort: BetalerSoort;
  readonly bedragCent: Cent;
}

export interface Toekenning {
  readonly id: string;
  readonly soort: 'toekenning' | 'verlenging';
  readonly datum: IsoDatum;
  readonly door: string;
  readonly periode: Periode;
  readonly kostenCent: Cent;
  /** The split in money; its amounts sum to kostenCent. Never recomputed afterwards. */
  readonly verdeling: readonly VerdelingRegel[];
  /** The rule version whose default split was used (or that was in force when amounts were given). */
  readonly regelVersie: string;
  readonly referentie?: JeugdhulpReferentie;
  readonly motivering?: string;
  /** Present when the teamleider decided past a budget. */
  readonly overschrijding?: { readonly reden: string; readonly betalers: readonly string[] };
}

export interface Evaluatie {
  readonly id: string;
  readonly datum: IsoDatum;
  readonly door: string;
  readonly uitkomst: EvaluatieUitkomst;
  readonly verslag: string;
}

export interface Einde {
  readonly datum: IsoDatum;
  readonly reden: EindeReden;
  readonly door: string;
  readonly toelichting?: string;
}

export interface Afsluiting {
  readonly datum: IsoDatum;
  readonly door: string;
  readonly resultaat: Resultaat;
  readonly vervolg: Vervolg;
  readonly toelichting?: string;
}

/** A pupil in an arrangement: the one pupil of an individual arrangement, or one of a collective's. */
export interface Deelname {
  readonly id: string;
  readonly leerlingRef: string;
  /** The pupil's woongemeente (CBS code). */
  readonly gemeente: string;
  readonly van: IsoDatum;
  readonly tot?: IsoDatum;
  readonly resultaat?: Resultaat;
  /** When the result was recorded (afsluiting, or leaving a collective): counts in that quarter's report. */
  readonly resultaatOp?: IsoDatum;
}

export interface Arrangement {
  readonly id: string;
  readonly swv: string;
  readonly vorm: Vorm;
  readonly typeCode: string;
  readonly leiding: Leiding;
  readonly voorziening: string;
  /** The cofinancing gemeente (CBS code): the pupil's woongemeente, or the collective's partner. */
  readonly gemeente: string;
  /** Rule version in force when the arrangement was requested or set up. */
  readonly regelVersie: string;
  readonly status: Status;
  /** Requested, then granted, extended or shortened. `tot` is the einddatum and is always there. */
  readonly periode: Periode;
  /** Individual arrangements: the pupil (pseudonymous reference). */
  readonly leerlingRef?: string;
  readonly aanvraag?: Aanvraag;
  /** The purses of the type's default split at the time of the aanvraag: decides who assesses the jeugdhulp side. */
  readonly betalerSoorten: readonly BetalerSoort[];
  readonly beoordeling: { readonly onderwijs?: OnderwijsBeoordeling; readonly jeugdhulp?: JeugdhulpBeoordeling };
  readonly toekenningen: readonly Toekenning[];
  readonly startdatum?: IsoDatum;
  readonly volgendeEvaluatie?: IsoDatum;
  readonly evaluaties: readonly Evaluatie[];
  readonly einde?: Einde;
  readonly afsluiting?: Afsluiting;
  readonly ingetrokken?: { readonly datum: IsoDatum; readonly door: string; readonly reden: string };
  /** Collective arrangements: number of places. */
  readonly plaatsen?: number;
  readonly deelnames: readonly Deelname[];
  readonly boekingen: readonly Boeking[];
  readonly versie: number;
}

export function isOpen(d: Deelname): boolean {
  return d.tot === undefined;
}

/** Places taken on a day (collective arrangements). */
export function bezetting(s: Pick<Arrangement, 'deelnames'>): number {
  return s.deelnames.filter(isOpen).length;
}

export const LOPENDE_STATUSSEN: readonly Status[] = ['toegekend', 'lopend'];
export const EIND_STATUSSEN: readonly Status[] = ['afgesloten', 'afgewezen', 'ingetrokken'];
