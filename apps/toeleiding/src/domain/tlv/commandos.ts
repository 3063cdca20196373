import { type IsoDatum } from '@pao/zaak/domein';
import { type Aanvrager, type BesluitInhoud, type Deskundige, type Dossier } from './aanvraag';
import { type ProGegevens } from './pro-criteria';
import {
  type Advies,
  type BezwaarIndiener,
  type BobUitkomst,
  type EindeReden,
  type EvaluatieUitkomst,
  type OntbrekendOnderdeel,
  type UitspraakUitkomst,
  type Swv,
  type TlvSoort,
} from './soort';

/**
 * Commands. Every command carries its SWV so a mismatch with the case is caught even
 * when the tenant check upstream is wrong. Optional dates default to today and may not
 * lie in the future: they record facts (a letter received, a decision sent).
 */
interface Basis {
  readonly swv: Swv;
}

export interface Aanmaken extends Basis {
  readonly type: 'aanmaken';
  readonly leerlingRef: string;
  readonly aanvrager: Aanvrager;
  readonly dossier?: Dossier;
}

export interface ConceptWijzigen extends Basis {
  readonly type: 'conceptWijzigen';
  readonly dossier: Dossier;
}

export interface Indienen extends Basis {
  readonly type: 'indienen';
  /** Date of receipt when a paper request is registered later. */
  readonly ontvangenOp?: IsoDatum;
}

export interface AanvullingVragen extends Basis {
  readonly type: 'aanvullingVragen';
  readonly aanvullenVoor: IsoDatum;
  readonly ontbrekend: readonly OntbrekendOnderdeel[];
}

export interface Aanvullen extends Basis {
  readonly type: 'aanvullen';
  readonly ontvangenOp?: IsoDatum;
  readonly dossier?: Dossier;
}

export interface BuitenBehandelingStellen extends Basis {
  readonly type: 'buitenBehandelingStellen';
  readonly motivering: string;
}

export interface InBehandelingNemen extends Basis {
  readonly type: 'inBehandelingNemen';
}

export interface AdviesVastleggen extends Basis {
  readonly type: 'adviesVastleggen';
  readonly deskundige: Deskundige;
  readonly advies: Advies;
  readonly soort?: TlvSoort;
  readonly documentRef?: string;
  readonly motivering?: string;
  /** PrO: IQ and leerachterstanden, recorded by the eerste deskundige. */
  readonly proGegevens?: ProGegevens;
}

export interface BesluitNemen extends Basis {
  readonly type: 'besluitNemen';
  readonly inhoud: BesluitInhoud;
}

export interface Bekendmaken extends Basis {
  readonly type: 'bekendmaken';
  readonly datum?: IsoDatum;
}

export interface BezwaarRegistreren extends Basis {
  readonly type: 'bezwaarRegistreren';
  readonly indiener: BezwaarIndiener;
  readonly ontvangenOp: IsoDatum;
  /** Postmark when sent by post: posted in time and received within a week is on time (Awb 6:9 lid 2). */
  readonly verzondenOp?: IsoDatum;
}

/** The handler's decision whether a late bezwaar is excusable (Awb 6:11). */
export interface TermijnoverschrijdingBeoordelen extends Basis {
  readonly type: 'termijnoverschrijdingBeoordelen';
  readonly verschoonbaar: boolean;
  readonly reden: string;
}

/** Beroep at the rechtbank against the beslissing op bezwaar (registered when the court reports it). */
export interface BeroepRegistreren extends Basis {
  readonly type: 'beroepRegistreren';
  readonly indiener: BezwaarIndiener;
  readonly ontvangenOp: IsoDatum;
  readonly verzondenOp?: IsoDatum;
}

export interface UitspraakRegistreren extends Basis {
  readonly type: 'uitspraakRegistreren';
  readonly uitkomst: UitspraakUitkomst;
  /** Day the uitspraak was sent to parties (starts the hoger-beroepstermijn). */
  readonly datum?: IsoDatum;
}

export interface DoorsturenNaarLbt extends Basis {
  readonly type: 'doorsturenNaarLbt';
  readonly datum?: IsoDatum;
}

export interface LbtAdviesRegistreren extends Basis {
  readonly type: 'lbtAdviesRegistreren';
  readonly advies: BobUitkomst;
  readonly datum?: IsoDatum;
}

export interface BeslissingOpBezwaarVerdagen extends Basis {
  readonly type: 'beslissingOpBezwaarVerdagen';
  readonly datum?: IsoDatum;
}

export interface BeslissenOpBezwaar extends Basis {
  readonly type: 'beslissenOpBezwaar';
  readonly uitkomst: BobUitkomst;
  readonly motivering: string;
  /** Required when gegrond (Awb 7:11: revoke and decide anew), forbidden otherwise. */
  readonly herzienBesluit?: BesluitInhoud;
}

/** Fired by the deadline engine a week after the bezwaar-, beroeps- or hoger-beroepstermijn (Awb 6:9 lid 2). */
export interface OnherroepelijkVerklaren extends Basis {
  readonly type: 'onherroepelijkVerklaren';
}

export interface Intrekken extends Basis {
  readonly type: 'intrekken';
  readonly datum?: IsoDatum;
}

export interface OverbruggingStarten extends Basis {
  readonly type: 'overbruggingStarten';
  readonly van?: IsoDatum;
  readonly arrangementRef?: string;
}

export interface OverbruggingBeeindigen extends Basis {
  readonly type: 'overbruggingBeeindigen';
  readonly tot?: IsoDatum;
}

export interface PlaatsingRegistreren extends Basis {
  readonly type: 'plaatsingRegistreren';
  readonly schoolId: string;
  readonly datum: IsoDatum;
}

/** A wijzigingsbesluit that extends a running TLV (also used in bulk). */
export interface EinddatumWijzigen extends Basis {
  readonly type: 'einddatumWijzigen';
  readonly einddatum: IsoDatum | 'onbepaald';
  readonly onbepaaldReden?: string;
  readonly motivering: string;
}

/** The placing school records the yearly evaluation of a running TLV and its OPP. */
export interface JaarlijkseEvaluatieVastleggen extends Basis {
  readonly type: 'jaarlijkseEvaluatieVastleggen';
  readonly uitkomst: EvaluatieUitkomst;
  readonly oppGeevalueerd: boolean;
  readonly datum?: IsoDatum;
}

/** Fired by the deadline engine after the einddatum. */
export interface Verlopen extends Basis {
  readonly type: 'verlopen';
}

export interface Beeindigen extends Basis {
  readonly type: 'beeindigen';
  readonly reden: Exclude<EindeReden, 'herroepen'>;
  readonly datum?: IsoDatum;
}

/** By the (V)SO school in the last school year: a new aanvraag linked to this TLV. */
export interface VerlengingAanvragen extends Basis {
  readonly type: 'verlengingAanvragen';
  readonly bevoegdGezagId: string;
  readonly dossier?: Dossier;
}

/** Commands on an existing case (`aanmaken` starts one). */
export type TlvCommando =
  | ConceptWijzigen
  | Indienen
  | AanvullingVragen
  | Aanvullen
  | BuitenBehandelingStellen
  | InBehandelingNemen
  | AdviesVastleggen
  | BesluitNemen
  | Bekendmaken
  | BezwaarRegistreren
  | DoorsturenNaarLbt
  | LbtAdviesRegistreren
  | BeslissingOpBezwaarVerdagen
  | BeslissenOpBezwaar
  | TermijnoverschrijdingBeoordelen
  | BeroepRegistreren
  | UitspraakRegistreren
  | OnherroepelijkVerklaren
  | Intrekken
  | OverbruggingStarten
  | OverbruggingBeeindigen
  | PlaatsingRegistreren
  | EinddatumWijzigen
  | JaarlijkseEvaluatieVastleggen
  | Verlopen
  | Beeindigen
  | VerlengingAanvragen;

export type CommandoType = TlvCommando['type'];
export type CommandoVan<T extends CommandoType> = Extract<TlvCommando, { type: T }>;
