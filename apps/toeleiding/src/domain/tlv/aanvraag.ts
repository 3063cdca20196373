import { type IsoDatum } from '@pao/zaak/domein';
import { type ProToetsing } from './pro-criteria';
import { type Termijn } from './termijnrekenaar';
import {
  type Advies,
  type BezwaarIndiener,
  type BobUitkomst,
  type DeskundigeRol,
  type Discipline,
  type EindeReden,
  type EvaluatieUitkomst,
  type OnherroepelijkRegel,
  type OntbrekendOnderdeel,
  type TijdigheidRegel,
  type UitspraakUitkomst,
  type Swv,
  type TlvSoort,
} from './soort';

/**
 * The TLV case. Two orthogonal state machines: `status` follows the legal procedure
 * (aanvraag → besluit → bezwaar → onherroepelijk), `uitvoering` the TLV in practice
 * (plaatsing, overbrugging, afloop). They run side by side because a bezwaar does not
 * suspend a besluit (Awb 6:16): a pupil may be placed while the bezwaar is pending.
 */
export const STATUSSEN = [
  'concept',
  'ingediend',
  'aanvulling-gevraagd',
  'in-behandeling',
  'advies-compleet',
  'besluit-genomen',
  'bekendgemaakt',
  'bezwaar-ingediend',
  'bij-lbt',
  'lbt-advies-ontvangen',
  'beslist-op-bezwaar',
  'beroep-ingesteld',
  'beroep-gegrond',
  'uitspraak-gedaan',
  'onherroepelijk',
  'ingetrokken',
  'buiten-behandeling',
] as const;
export type Status = (typeof STATUSSEN)[number];

/** Exists only once a toelaatbaar besluit is bekendgemaakt. */
export const UITVOERING_STATUSSEN = ['niet-geplaatst', 'overbrugging', 'geplaatst', 'verlopen', 'beeindigd'] as const;
export type UitvoeringStatus = (typeof UITVOERING_STATUSSEN)[number];

export interface Aanvrager {
  /** Bevoegd gezag of the current school, or of the (V)SO school for a verlenging. */
  readonly bevoegdGezagId: string;
  readonly schoolId: string;
}

/** What the school supplies. Free text stays in the aggregate, never in events. */
export interface Dossier {
  readonly gevraagdeSoort?: TlvSoort;
  /** In HGW terms: what was tried, what is needed. */
  readonly ondersteuningsbehoefte?: string;
  readonly oppRef?: string;
  /** Verslag of the toelaatbaarheidsoverleg with parents. */
  readonly tloVerslagRef?: string;
  /**
   * When the school first signalled the need for more support (before the aanvraag): the
   * start of the lead time signal → support that everyone judges too long (000:661-666).
   */
  readonly eersteSignaalOp?: IsoDatum;
  /** Requested duration with reasons (for a verlenging: goals and time). */
  readonly gewensteDuur?: { readonly einddatum: IsoDatum | 'onbepaald'; readonly onderbouwing: string };
}

export interface Opschorting {
  /** Day the aanvulling was asked; the beslistermijn stands still from here. */
  readonly van: IsoDatum;
  readonly aanvullenVoor: IsoDatum;
  readonly ontbrekend: readonly OntbrekendOnderdeel[];
  /** Day the aanvulling came in; absent while still open. */
  readonly tot?: IsoDatum;
}

export interface Deskundige {
  readonly rol: DeskundigeRol;
  readonly discipline: Discipline;
  /** Id of the person (user or external register), never a name. */
  readonly deskundigeId: string;
}

export interface Deskundigenadvies {
  readonly deskundige: Deskundige;
  readonly advies: Advies;
  readonly soort?: TlvSoort;
  readonly documentRef?: string;
  /** The expert's reasons (free text: never in events). */
  readonly motivering?: string;
  /** For PrO: the eerste deskundige's measurements, judged on the criteria in force. */
  readonly proToetsing?: ProToetsing;
  readonly datum: IsoDatum;
  readonly vastgelegdDoor: string;
}

export interface Toelaatbaar {
  readonly uitkomst: 'toelaatbaar';
  readonly soort: TlvSoort;
  readonly ingangsdatum: IsoDatum;
  /** A 31 July, or 'onbepaald' with `onbepaaldReden`. */
  readonly einddatum: IsoDatum | 'onbepaald';
  readonly onbepaaldReden?: string;
  readonly motivering: string;
}

export interface NietToelaatbaar {
  readonly uitkomst: 'niet-toelaatbaar';
  readonly motivering: string;
}

export type BesluitInhoud = Toelaatbaar | NietToelaatbaar;

export interface Besluit {
  readonly besluitId: string;
  /** Present for toelaatbaar: the TLV this besluit creates or changes. */
  readonly tlvId?: string;
  readonly datum: IsoDatum;
  readonly genomenDoor: string;
  readonly grondslag: 'aanvraag' | 'beslissing-op-bezwaar' | 'wijziging-einddatum';
  readonly inhoud: BesluitInhoud;
}

export interface Bekendmaking {
  readonly datum: IsoDatum;
  /** Fixed at bekendmaking with its rule version: a later rule change must not move it. */
  readonly bezwaartermijn: Termijn;
}

export interface BeslissingOpBezwaar {
  readonly uitkomst: BobUitkomst;
  readonly datum: IsoDatum;
  readonly motivering: string;
  readonly genomenDoor: string;
  readonly beroepstermijn: Termijn;
}

/** The handler's judgement of a late appeal (Awb 6:11, verschoonbare termijnoverschrijding). */
export interface Verschoonbaarheid {
  readonly verschoonbaar: boolean;
  readonly reden: string;
  readonly datum: IsoDatum;
  readonly door: string;
}

export interface Bezwaar {
  readonly bezwaarId: string;
  /** The besluit the bezwaar is against. */
  readonly besluitId: string;
  readonly indiener: BezwaarIndiener;
  /** Postmark when sent by post (Awb 6:9 lid 2); absent for older cases and other delivery. */
  readonly verzondenOp?: IsoDatum;
  readonly ontvangenOp: IsoDatum;
  /** Not on time under Awb 6:9: recorded anyway; only niet-ontvankelijk unless excused (Awb 6:11). */
  readonly telaat: boolean;
  /** Which rule of Awb 6:9 decided; absent in cases stored before it was recorded. */
  readonly tijdigheid?: TijdigheidRegel;
  readonly verschoonbaarheid?: Verschoonbaarheid;
  readonly doorgestuurdNaarLbtOp?: IsoDatum;
  readonly lbtAdvies?: { readonly datum: IsoDatum; readonly advies: BobUitkomst };
  readonly verdaagdOp?: IsoDatum;
  readonly beslissing?: BeslissingOpBezwaar;
}

export interface Uitspraak {
  readonly uitkomst: UitspraakUitkomst;
  readonly datum: IsoDatum;
  /** Hoger beroep at the CRvB: 6 weeks after the uitspraak was sent (Awb 8:104, 6:7). */
  readonly hogerBeroepstermijn: Termijn;
}

/** Beroep at the rechtbank against a beslissing op bezwaar (Awb 8:1, 7:1). */
export interface Beroep {
  readonly beroepId: string;
  /** The besluit in force when beroep was lodged (the beslissing op bezwaar upheld or replaced it). */
  readonly besluitId: string;
  readonly indiener: BezwaarIndiener;
  readonly verzondenOp?: IsoDatum;
  readonly ontvangenOp: IsoDatum;
  readonly tijdigheid: TijdigheidRegel;
  readonly uitspraak?: Uitspraak;
  /** Set when a gegrond uitspraak annulled it: the beslissing op bezwaar the court set aside. */
  readonly vernietigdeBeslissing?: BeslissingOpBezwaar;
}

/** Why and when the besluit became onherroepelijk: the term that passed unused. */
export interface Onherroepelijkheid {
  readonly regel: OnherroepelijkRegel;
  /** Last day of that term; the besluit is onherroepelijk from the next day. */
  readonly termijnEindigdeOp: IsoDatum;
  /** Last day a timely posted appeal could arrive (Awb 6:9 lid 2); declared after it. */
  readonly nazendtermijnEindigdeOp: IsoDatum;
  readonly vastgesteldOp: IsoDatum;
}

export interface Plaatsing {
  readonly schoolId: string;
  readonly datum: IsoDatum;
  /** Calendar days from besluit to plaatsing (lead time). */
  readonly wachtdagen: number;
}

export interface Overbrugging {
  readonly van: IsoDatum;
  readonly tot?: IsoDatum;
  readonly arrangementRef?: string;
}

/** The yearly conversation (001:2080-2082) and OPP evaluation (001:1571), recorded by the placing school. */
export interface JaarlijkseEvaluatie {
  readonly datum: IsoDatum;
  readonly uitkomst: EvaluatieUitkomst;
  /** The OPP was evaluated with parents and pupil (at least yearly, 001:1571). */
  readonly oppGeevalueerd: boolean;
  readonly door: string;
}

export interface Uitvoering {
  readonly tlvId: string;
  readonly evaluaties?: readonly JaarlijkseEvaluatie[];
  readonly status: UitvoeringStatus;
  readonly sinds: IsoDatum;
  readonly plaatsing?: Plaatsing;
  readonly overbrugging?: Overbrugging;
  readonly einde?: { readonly datum: IsoDatum; readonly reden: EindeReden | 'verlopen' };
}

export interface TlvAanvraag {
  readonly id: string;
  readonly swv: Swv;
  /** Incremented by every accepted command (optimistic locking). */
  readonly versie: number;
  readonly status: Status;
  /** Pseudonymous pupil id of this service (`leerlingId` in @pao/contracts); never a BSN. */
  readonly leerlingRef: string;
  readonly aanvrager: Aanvrager;
  readonly dossier: Dossier;
  readonly verlengingVan?: string;
  readonly aangemaaktOp: IsoDatum;
  readonly ingediendOp?: IsoDatum;
  readonly opschortingen: readonly Opschorting[];
  readonly adviezen: readonly Deskundigenadvies[];
  /** The one active besluit; replaced ones move to `vervangenBesluiten`. */
  readonly besluit?: Besluit;
  readonly vervangenBesluiten: readonly Besluit[];
  readonly bekendmaking?: Bekendmaking;
  readonly bezwaar?: Bezwaar;
  /** Beroepen at the court, oldest first (a new beslissing op bezwaar may be appealed again). */
  readonly beroepen?: readonly Beroep[];
  readonly onherroepelijkOp?: IsoDatum;
  readonly onherroepelijkheid?: Onherroepelijkheid;
  readonly uitvoering?: Uitvoering;
  /** Set on the previous TLV when the (V)SO school asks for a new one. */
  readonly verlenging?: { readonly aanvraagId: string; readonly aangevraagdOp: IsoDatum };
  /** Set when the aanvraag ends without besluit (ingetrokken, buiten behandeling). */
  readonly afgeslotenOp?: IsoDatum;
  readonly afsluitMotivering?: string;
}

/** "status/uitvoering", the label used in errors, tests and the werkvoorraad. */
export function toestandVan(s: Pick<TlvAanvraag, 'status' | 'uitvoering'>): string {
  return s.uitvoering ? `${s.status}/${s.uitvoering.status}` : s.status;
}

export function heeftAdvies(s: Pick<TlvAanvraag, 'adviezen'>, rol: DeskundigeRol): boolean {
  return s.adviezen.some((a) => a.deskundige.rol === rol);
}
