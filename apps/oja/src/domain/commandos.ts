import { type IsoDatum } from '@pao/zaak/domein';
import {
  type EindeReden,
  type EvaluatieUitkomst,
  type JeugdhulpReferentie,
  type Oordeel,
  type Resultaat,
  type Vervolg,
} from './arrangement';
import { type Cent } from './geld';
import { type Periode } from './periode';

/**
 * Commands. Input arrives untyped from HTTP: handlers validate every field again and
 * name the field that is wrong. Optional dates of facts default to today.
 */

export interface BedragInvoer {
  readonly betaler: string;
  readonly bedragCent: Cent;
}

/** An explicit decision past a budget, by the teamleider, with reasons. */
export interface OverschrijdingInvoer {
  readonly reden: string;
}

/** Starts an individual arrangement (by the Steunpunt or a school). */
export interface Aanvragen {
  readonly type: 'aanvragen';
  readonly swv: string;
  readonly typeCode: string;
  readonly leerlingRef: string;
  readonly gemeente: string;
  readonly doelen: readonly string[];
  readonly plan: string;
  readonly jeugdhulpaanbieder: string;
  readonly gevraagdePeriode: Periode;
  readonly begrootKostenCent?: Cent;
}

/** Sets up a collective arrangement at a voorziening with places: decided at once. */
export interface Inrichten {
  readonly type: 'inrichten';
  readonly swv: string;
  readonly typeCode: string;
  readonly gemeente: string;
  readonly periode: Periode;
  readonly plaatsen?: number;
  readonly kostenCent: Cent;
  readonly verdeling?: readonly BedragInvoer[];
  readonly referentie: JeugdhulpReferentie;
  /** Needed when the period is longer than the type's norm duration. */
  readonly motivering?: string;
  readonly overschrijding?: OverschrijdingInvoer;
}

export interface OnderwijsBeoordelen {
  readonly type: 'onderwijsBeoordelen';
  readonly oordeel: Oordeel;
  readonly toelichting?: string;
  readonly datum?: IsoDatum;
}

/** The jeugdhulp side: the gemeente records its own decision; for a Wlz arrangement the Steunpunt records the indicatie. */
export interface JeugdhulpBeoordelen {
  readonly type: 'jeugdhulpBeoordelen';
  readonly oordeel: Oordeel;
  readonly referentie?: JeugdhulpReferentie;
  readonly toegezegd?: readonly BedragInvoer[];
  readonly toelichting?: string;
  readonly datum?: IsoDatum;
}

export interface Toekennen {
  readonly type: 'toekennen';
  readonly periode: Periode;
  readonly kostenCent: Cent;
  /** Amounts per payer; default: the type's split in force on the start date. */
  readonly verdeling?: readonly BedragInvoer[];
  /** Needed when the period is longer than the type's norm duration. */
  readonly motivering?: string;
  readonly overschrijding?: OverschrijdingInvoer;
}

export interface Starten {
  readonly type: 'starten';
  readonly datum?: IsoDatum;
}

export interface Evalueren {
  readonly type: 'evalueren';
  readonly uitkomst: EvaluatieUitkomst;
  readonly verslag: string;
  readonly datum?: IsoDatum;
}

export interface Verlengen {
  readonly type: 'verlengen';
  /** The new einddatum. */
  readonly tot: IsoDatum;
  readonly kostenCent: Cent;
  readonly verdeling?: readonly BedragInvoer[];
  /** The gemeente's beschikking or toewijzing for the extension (when it pays a share). */
  readonly referentie?: JeugdhulpReferentie;
  readonly motivering: string;
  readonly overschrijding?: OverschrijdingInvoer;
}

export interface Beeindigen {
  readonly type: 'beeindigen';
  readonly datum: IsoDatum;
  readonly reden: Exclude<EindeReden, 'einde-looptijd'>;
  readonly toelichting?: string;
}

/** Given by the deadline engine the day after the einddatum. */
export interface EinddatumBereikt {
  readonly type: 'einddatumBereikt';
}

export interface Afsluiten {
  readonly type: 'afsluiten';
  readonly resultaat: Resultaat;
  readonly vervolg: Vervolg;
  readonly toelichting?: string;
}

export interface Intrekken {
  readonly type: 'intrekken';
  readonly reden: string;
}

export interface RealisatieBoeken {
  readonly type: 'realisatieBoeken';
  readonly periode: Periode;
  readonly bedragen: readonly BedragInvoer[];
  readonly toelichting?: string;
}

export interface CorrectieBoeken {
  readonly type: 'correctieBoeken';
  readonly betaler: string;
  readonly budgetperiode: string;
  /** Signed, not zero. */
  readonly bedragCent: Cent;
  readonly toelichting: string;
}

export interface LeerlingPlaatsen {
  readonly type: 'leerlingPlaatsen';
  readonly leerlingRef: string;
  readonly gemeente: string;
  readonly datum?: IsoDatum;
}

export interface LeerlingUitschrijven {
  readonly type: 'leerlingUitschrijven';
  readonly deelnameId: string;
  readonly resultaat: Resultaat;
  readonly datum?: IsoDatum;
}

export type OjaCommando =
  | OnderwijsBeoordelen
  | JeugdhulpBeoordelen
  | Toekennen
  | Starten
  | Evalueren
  | Verlengen
  | Beeindigen
  | EinddatumBereikt
  | Afsluiten
  | Intrekken
  | RealisatieBoeken
  | CorrectieBoeken
  | LeerlingPlaatsen
  | LeerlingUitschrijven;

export type OjaCommandoType = OjaCommando['type'];
export type Aanmaakcommando = Aanvragen | Inrichten;
