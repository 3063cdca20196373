import { type IsoDatum } from '@pao/zaak/domein';

/**
 * The overdracht of one pupil: from the sending school, through advice, aanmeldingen and
 * placement, to nazorg at the receiving school. One case per pupil per transfer; cases are
 * grouped in cohorts (school year of departure × sending school).
 */

/** po-vo; so-vo = SO → VO or VSO; vo-mbo includes VSO and PrO leavers; vo-vo = another VO school. */
export const ROUTES = ['po-vo', 'so-vo', 'vo-mbo', 'vo-vo'] as const;
export type Route = (typeof ROUTES)[number];

/** Sector of the sending school (as the calendar rules know them). */
export const VERZENDENDE_SECTOREN = ['po', 'sbo', 'so', 'vo', 'pro', 'vso'] as const;
export type VerzendendeSector = (typeof VERZENDENDE_SECTOREN)[number];

/** Soort of a school in the register: the sending sectors plus MBO. */
export const SCHOOLSOORTEN = [...VERZENDENDE_SECTOREN, 'mbo'] as const;
export type Schoolsoort = (typeof SCHOOLSOORTEN)[number];

/** Which routes leave from which sector. */
export const ROUTES_PER_SECTOR: Readonly<Record<VerzendendeSector, readonly Route[]>> = {
  po: ['po-vo'],
  sbo: ['po-vo'],
  so: ['so-vo'],
  vo: ['vo-mbo', 'vo-vo'],
  pro: ['vo-mbo', 'vo-vo'],
  vso: ['vo-mbo', 'vo-vo'],
};

/** Where a route may lead: the soort of the receiving school. */
export const ONTVANGENDE_SOORTEN: Readonly<Record<Route, readonly Schoolsoort[]>> = {
  'po-vo': ['vo', 'pro', 'vso'],
  'so-vo': ['vo', 'pro', 'vso'],
  'vo-mbo': ['mbo'],
  'vo-vo': ['vo', 'pro', 'vso'],
};

/** The routes with a PO schooladvies (and the PO-VO calendar). */
export const PO_ROUTES: readonly Route[] = ['po-vo', 'so-vo'];

/** PO schooladvies, lowest to highest (WPO art. 43: PrO, vmbo leerwegen, havo, vwo and combinations). */
export const ADVIESNIVEAUS = ['pro', 'vmbo-b', 'vmbo-b-k', 'vmbo-k', 'vmbo-k-gt', 'vmbo-gt', 'vmbo-gt-havo', 'havo', 'havo-vwo', 'vwo'] as const;
export type Adviesniveau = (typeof ADVIESNIVEAUS)[number];

/** Extra support that must be settled before the start: a TLV (via toeleiding), a leerwegarrangement or an OPDC place. */
export const VOORZIENINGEN = ['tlv-pro', 'tlv-vso', 'lwoo', 'lwa', 'opdc'] as const;
export type Voorzieningsoort = (typeof VOORZIENINGEN)[number];
export const TLV_VOORZIENINGEN: readonly Voorzieningsoort[] = ['tlv-pro', 'tlv-vso'];

/** nodig → aangevraagd → geregeld, or afgewezen; vervallen when no longer needed. */
export const VOORZIENING_STATUSSEN = ['nodig', 'aangevraagd', 'geregeld', 'afgewezen', 'vervallen'] as const;
export type VoorzieningStatus = (typeof VOORZIENING_STATUSSEN)[number];

export const AFWIJZINGSREDENEN = ['geen-plaats', 'ondersteuning-niet-te-bieden', 'niveau-past-niet', 'niet-toelaatbaar', 'overig'] as const;
export type Afwijzingsreden = (typeof AFWIJZINGSREDENEN)[number];

/** open → geplaatst | afgewezen | ingetrokken; a third rejection is held (voorgelegd) for the Steunpunt. */
export const AANMELDING_UITKOMSTEN = ['open', 'geplaatst', 'afgewezen', 'ingetrokken', 'voorgelegd'] as const;
export type AanmeldingUitkomst = (typeof AANMELDING_UITKOMSTEN)[number];

/** VO→MBO: the OPP perspective. */
export const PERSPECTIEVEN = ['vervolgonderwijs', 'entree', 'arbeid', 'dagbesteding'] as const;
export type Perspectief = (typeof PERSPECTIEVEN)[number];

/** The regional transfer systems: the dossier (OKR, OPP) travels there, never through us. */
export const DOSSIERSYSTEMEN = ['oso', 'digidoor'] as const;
export type Dossiersysteem = (typeof DOSSIERSYSTEMEN)[number];
export const DOSSIERSTATUSSEN = ['klaargezet', 'opgehaald'] as const;
export type Dossierstatus = (typeof DOSSIERSTATUSSEN)[number];

export const DEELNEMERS = ['verzendende-school', 'ontvangende-school', 'ouders', 'leerling', 'swv', 'jeugdhulp', 'gemeente'] as const;
export type Deelnemer = (typeof DEELNEMERS)[number];

/** The lead machine. The last four are the ends: a pupil ends in exactly one of them. */
export const STATUSSEN = ['aanmelding', 'steunpunt', 'geplaatst', 'gestart', 'niet-gestart', 'verhuisd', 'swv-verlaten'] as const;
export type Status = (typeof STATUSSEN)[number];
export const EINDSTATUSSEN = ['gestart', 'niet-gestart', 'verhuisd', 'swv-verlaten'] as const;
export type Eindstatus = (typeof EINDSTATUSSEN)[number];

export const NIET_GESTART_REDENEN = ['niet-bevestigd', 'niet-verschenen', 'geen-ontvangende-school'] as const;
export type NietGestartReden = (typeof NIET_GESTART_REDENEN)[number];
export const VERTREKREDENEN = ['school-buiten-swv', 'arbeid', 'dagbesteding', 'buitenland', 'overig'] as const;
export type Vertrekreden = (typeof VERTREKREDENEN)[number];

export const WARME_OVERDRACHT_STATUSSEN = ['open', 'gepland', 'gehouden'] as const;
export type WarmeOverdrachtStatus = (typeof WARME_OVERDRACHT_STATUSSEN)[number];

/** A date of the transfer calendar and the rule version that produced it. */
export interface Kalenderdatum {
  readonly datum: IsoDatum;
  readonly regelVersie: string;
}

/**
 * The transfer calendar of this pupil, computed from the versioned rules (per SWV and
 * sector) when the case was made, so every deadline can say which rule set it.
 */
export interface Overstapkalender {
  /** PO routes: the definitive schooladvies is due. */
  readonly definitiefAdvies?: Kalenderdatum;
  /** PO routes: the last day of the aanmelding period. */
  readonly aanmelding?: Kalenderdatum;
  /** PO routes: the receiving school confirms the placement. */
  readonly plaatsingsbevestiging?: Kalenderdatum;
  /** VO→MBO: the last day of aanmelding that gives the right to admission (WEB, toelatingsrecht mbo). */
  readonly mboAanmelding?: Kalenderdatum;
  readonly dossierGereed: Kalenderdatum;
  readonly dossierOpgehaald: Kalenderdatum;
  /** First school day of the school year the pupil starts in. */
  readonly eersteSchooldag: Kalenderdatum;
  /** Nazorg: weeks after the start by which the receiving school confirms it. */
  readonly startcontroleWeken: number;
  /** Nazorg: months after the start in which leaving counts as drop-out (vsv). */
  readonly uitvalMaanden: number;
  readonly nazorgRegelVersie: string;
  /** Days before a last day the owner is warned. */
  readonly waarschuwingDagen: number;
}

export interface Advies {
  readonly niveau: Adviesniveau;
  readonly datum: IsoDatum;
}

export interface Schooladvies {
  readonly voorlopig?: Advies;
  readonly definitief?: Advies;
  /** After the doorstroomtoets the advice can only go up (WPO art. 43). */
  readonly bijgesteld?: Advies & { readonly van: Adviesniveau; readonly toetsniveau: Adviesniveau };
}

export interface Voorziening {
  readonly soort: Voorzieningsoort;
  readonly status: VoorzieningStatus;
  readonly sinds: IsoDatum;
  /** TLV: the linked toeleiding case and what its events told us. */
  readonly aanvraagId?: string;
  readonly tlvId?: string;
  readonly geregeldOp?: IsoDatum;
}

export interface Aanmelding {
  readonly id: string;
  readonly schoolId: string;
  readonly aangemeldOp: IsoDatum;
  readonly uitkomst: AanmeldingUitkomst;
  readonly besluitOp?: IsoDatum;
  readonly reden?: Afwijzingsreden;
}

export interface Plaatsing {
  readonly aanmeldingId: string;
  readonly schoolId: string;
  readonly geplaatstOp: IsoDatum;
  /** First day at the receiving school (default: the first school day). */
  readonly startdatum: IsoDatum;
}

export interface Checklist {
  /** What was agreed about support. */
  readonly ondersteuningsafspraken: string;
  /** Who follows up (a role or function, not a name in events). */
  readonly wieVolgtOp: string;
  /** When the follow-up (evaluation) takes place. */
  readonly evaluatieOp: IsoDatum;
  readonly dossierBesproken: boolean;
  readonly oppBesproken: boolean;
}

export interface WarmeOverdracht {
  readonly schoolId: string;
  readonly geplandOp?: IsoDatum;
  readonly gehouden?: { readonly datum: IsoDatum; readonly deelnemers: readonly Deelnemer[]; readonly checklist: Checklist };
}

export interface Dossier {
  readonly systeem: Dossiersysteem;
  /** The reference in OSO/Digidoor; the content never comes here. */
  readonly referentie: string;
  readonly status: Dossierstatus;
  readonly bijgewerktOp: IsoDatum;
}

export interface Mboperspectief {
  readonly perspectief: Perspectief;
  /** Agreements on continuity of support over 18-/18+. */
  readonly continuiteit?: string;
  /** A warm handover to the MBO or the gemeente's route is arranged. */
  readonly warmeOverdrachtGemeente: boolean;
}

export interface Steunpuntvoorlegging {
  readonly aanmeldingId: string;
  readonly sinds: IsoDatum;
}

export interface Escalatie {
  readonly soort: string;
  readonly op: IsoDatum;
}

export interface Afloop {
  readonly op: IsoDatum;
  readonly nietGestart?: NietGestartReden;
  readonly vertrek?: Vertrekreden;
}

export interface Overdracht {
  readonly id: string;
  readonly swv: string;
  readonly versie: number;
  readonly cohortId: string;
  /** School year of departure ('2025-2026'); the pupil starts at the receiving school the year after. */
  readonly schooljaar: string;
  readonly route: Route;
  readonly sector: VerzendendeSector;
  readonly verzendendeSchoolId: string;
  /** Pseudonymous pupil id (the pupil register holds the number). */
  readonly leerlingId: string;
  readonly aangemaaktOp: IsoDatum;
  /** VO→MBO: 18 or older at the start (continuity of support over 18-/18+). */
  readonly achttienPlus?: boolean;
  readonly status: Status;
  readonly kalender: Overstapkalender;
  readonly advies: Schooladvies;
  readonly ondersteuningsbehoefte?: string;
  /** Vulnerable pupil: a warme overdracht is expected. */
  readonly kwetsbaar: boolean;
  readonly voorzieningen: readonly Voorziening[];
  readonly aanmeldingen: readonly Aanmelding[];
  readonly voorgelegd?: Steunpuntvoorlegging;
  /** Who has regie over finding a place: the school, or the Steunpunt after an escalation. */
  readonly regie: 'school' | 'steunpunt';
  readonly escalaties: readonly Escalatie[];
  /** VO→MBO: open until the pupil is aangemeld or the last day passes. */
  readonly toelatingsrecht?: 'open' | 'verworven' | 'gemist';
  readonly plaatsing?: Plaatsing;
  readonly warmeOverdracht?: WarmeOverdracht;
  readonly dossier?: Dossier;
  readonly perspectief?: Mboperspectief;
  readonly gestartOp?: IsoDatum;
  readonly uitgevallenOp?: IsoDatum;
  readonly afloop?: Afloop;
}

export function isEindstatus(s: Status): s is Eindstatus {
  return (EINDSTATUSSEN as readonly string[]).includes(s);
}

export function isPoRoute(r: Route): boolean {
  return PO_ROUTES.includes(r);
}

/** '2025-2026' → '2026-2027': the school year the pupil starts in. */
export function startSchooljaar(schooljaar: string): string {
  const begin = Number(schooljaar.slice(0, 4)) + 1;
  return `${begin}-${begin + 1}`;
}
