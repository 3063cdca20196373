import { type IsoDatum } from '@pao/zaak/domein';
import {
  type ActieEigenaar,
  type CrisisStap,
  type HandmatigeAfsluitReden,
  type MeldingSoort,
  type Partij,
  type SignaalBron,
  type Uitkomst,
  type VerzuimSoort,
  type VrijstellingGrond,
} from './begrippen';
import { type Betrokkene, type Betrokkenheid, type Melder } from './casus';

/**
 * Commands. Optional fact dates default to today and may not lie in the future. Input
 * arrives validated in shape (zod at the edge); the handlers check the rules and name the
 * field they refuse.
 */

// ---- creating a casus (outside the state machines) ----

export interface MeldingInhoud {
  readonly soort: MeldingSoort;
  readonly melder: Melder;
  readonly schoolId?: string;
  readonly bevoegdGezagId?: string;
  readonly thuisSinds?: IsoDatum;
  readonly onderwijsNog?: string;
  readonly toelichting?: string;
  readonly betrokkenen?: readonly Betrokkene[];
  readonly betrokkenheid: Betrokkenheid;
  /** Woongemeente (CBS code); defaults to the SWV's gemeente. */
  readonly gemeente?: string;
  readonly gemeldOp?: IsoDatum;
}

export interface Melden extends MeldingInhoud {
  readonly type: 'melden';
  readonly leerlingRef: string;
}

export interface VrijstellingRegistreren {
  readonly type: 'vrijstellingRegistreren';
  readonly leerlingRef: string;
  readonly grond: VrijstellingGrond;
  readonly ingangsdatum: IsoDatum;
  readonly einddatum?: IsoDatum;
  readonly schoolId?: string;
  readonly gemeente?: string;
}

/** Another service's event (a pupil who did not start, a TLV ended without placement) opens a signal. */
export interface SignaalOntvangen {
  readonly type: 'signaalOntvangen';
  readonly bron: SignaalBron;
  readonly bronId: string;
  readonly bronLeerlingId: string;
  readonly schoolId?: string;
  readonly sinds: IsoDatum;
  readonly gemeente: string;
}

export type Aanmaakcommando = Melden | VrijstellingRegistreren | SignaalOntvangen;

// ---- the casus machine ----

export interface SignaalBeoordelen extends MeldingInhoud {
  readonly type: 'signaalBeoordelen';
  readonly leerlingRef: string;
}

export interface SignaalAfwijzen {
  readonly type: 'signaalAfwijzen';
  readonly toelichting: string;
}

/** A dreigend or crisis melding turns out to be verzuim (the pupil is out since a date). */
export interface VerzuimVastleggen {
  readonly type: 'verzuimVastleggen';
  readonly soort: VerzuimSoort;
  readonly thuisSinds: IsoDatum;
}

/** Passend aanbod gevonden: how the case leaves the table (or the Steunpunt). */
export interface UitkomstVastleggen {
  readonly type: 'uitkomstVastleggen';
  readonly uitkomst: Uitkomst;
  readonly schoolId?: string;
  readonly omschrijving?: string;
  readonly startOp: IsoDatum;
  readonly crisisplaatsing?: boolean;
  readonly vergaderingId?: string;
  readonly betrokkenheid: Betrokkenheid;
}

export interface Afsluiten {
  readonly type: 'afsluiten';
  /** Required unless an aanbod was found (then the reason is passend-aanbod). */
  readonly reden?: HandmatigeAfsluitReden;
  readonly toelichting?: string;
  readonly op?: IsoDatum;
  /** The day the pupil started in the aanbod. */
  readonly gestartOp?: IsoDatum;
}

export interface VrijstellingBeeindigen {
  readonly type: 'vrijstellingBeeindigen';
  readonly op?: IsoDatum;
}

/** Given by the deadline engine when one of the case's clocks has passed: every passed clock is dealt with. */
export interface Bewaken {
  readonly type: 'bewaken';
}

// ---- the escalation ladder ----

export interface Escaleren {
  readonly type: 'escaleren';
  readonly toelichting: string;
}

export interface BesprekingVastleggen {
  readonly type: 'besprekingVastleggen';
  readonly vergaderingId: string;
  readonly afspraken: string;
  readonly betrokkenheid: Betrokkenheid;
  readonly op?: IsoDatum;
}

export interface NieuweActie {
  readonly omschrijving: string;
  readonly eigenaar: ActieEigenaar;
  readonly uiterlijkOp: IsoDatum;
  readonly ouderBetrokken?: boolean;
}

export interface DoorzettingskrachtInzetten {
  readonly type: 'doorzettingskrachtInzetten';
  readonly afspraak: string;
  readonly schoolId?: string;
  readonly partijen: readonly Partij[];
  readonly plaatsingUiterlijk: IsoDatum;
  readonly betrokkenheid: Betrokkenheid;
  readonly vergaderingId?: string;
}

export interface DoorzettingsmachtInzetten {
  readonly type: 'doorzettingsmachtInzetten';
  readonly aangewezenSchoolId: string;
  readonly motivering: string;
  readonly kaders: string;
  readonly uiterlijkAanbodOp?: IsoDatum;
}

/** The table hands the case back with new actions (001:1961-1963: "of terug naar het Steunpunt"). */
export interface TerugNaarSteunpunt {
  readonly type: 'terugNaarSteunpunt';
  readonly afspraken: string;
  readonly acties: readonly NieuweActie[];
  readonly betrokkenheid: Betrokkenheid;
  readonly vergaderingId?: string;
}

// ---- the plan ----

export interface ActieToevoegen extends NieuweActie {
  readonly type: 'actieToevoegen';
  readonly vergaderingId?: string;
}

export interface ActieAfronden {
  readonly type: 'actieAfronden';
  readonly actieId: string;
  readonly resultaat: string;
  readonly op?: IsoDatum;
}

export interface ActieBijstellen {
  readonly type: 'actieBijstellen';
  readonly actieId: string;
  readonly uiterlijkOp: IsoDatum;
  readonly toelichting: string;
}

export interface OverlegVastleggen {
  readonly type: 'overlegVastleggen';
  readonly op?: IsoDatum;
  readonly deelnemers: readonly Partij[];
  readonly betrokkenheid: Betrokkenheid;
  readonly afspraken: string;
}

export interface CrisisstapVastleggen {
  readonly type: 'crisisstapVastleggen';
  readonly stap: CrisisStap;
  readonly op?: IsoDatum;
}

export interface AanmeldingVastleggen {
  readonly type: 'aanmeldingVastleggen';
  readonly schoolId: string;
  readonly aanmeldingOp: IsoDatum;
}

export interface ZorgplichtVerlengen {
  readonly type: 'zorgplichtVerlengen';
  readonly aanmeldingId: string;
}

export interface AanmeldingAfronden {
  readonly type: 'aanmeldingAfronden';
  readonly aanmeldingId: string;
  readonly uitkomst: 'geplaatst' | 'afgewezen';
  readonly op?: IsoDatum;
}

export type CasusCommando =
  | SignaalBeoordelen
  | SignaalAfwijzen
  | VerzuimVastleggen
  | UitkomstVastleggen
  | Afsluiten
  | VrijstellingBeeindigen
  | Bewaken
  | Escaleren
  | BesprekingVastleggen
  | DoorzettingskrachtInzetten
  | DoorzettingsmachtInzetten
  | TerugNaarSteunpunt
  | ActieToevoegen
  | ActieAfronden
  | ActieBijstellen
  | OverlegVastleggen
  | CrisisstapVastleggen
  | AanmeldingVastleggen
  | ZorgplichtVerlengen
  | AanmeldingAfronden;

export type CommandoType = CasusCommando['type'];
