import { dagenTussen, type IsoDatum } from '@pao/zaak/domein';
import {
  type ActieEigenaar,
  type AfsluitReden,
  type CasusSoort,
  type CrisisStap,
  type EscalatieDoel,
  type LeerlingBetrokkenheid,
  type MelderSoort,
  type Niveau,
  type OuderBetrokkenheid,
  type Partij,
  type SignaalBron,
  type Status,
  type Uitkomst,
  type VrijstellingGrond,
} from './begrippen';
import { type Klok } from './regels';

/**
 * One casus per pupil reported: the melding, the plan of actions, the way up the ladder
 * and the outcome. Every clock the case keeps is stored with the rule version that set it.
 */
export interface Betrokkenheid {
  readonly ouders: OuderBetrokkenheid;
  readonly leerling: LeerlingBetrokkenheid;
}

export interface Betrokkene {
  readonly partij: Partij;
  /** Organisation or role, e.g. 'wijkteam Haven'; no names of parents or pupil. */
  readonly omschrijving?: string;
}

export interface Melder {
  readonly soort: MelderSoort;
  /** The reporting school, gemeente or team (opaque id), when known. */
  readonly organisatieId?: string;
}

export interface Melding {
  readonly gemeldOp: IsoDatum;
  readonly melder: Melder;
  /** School of enrolment (absent for absoluut verzuim without a last school). */
  readonly schoolId?: string;
  readonly bevoegdGezagId?: string;
  /** First day out of school (verzuim kinds). */
  readonly thuisSinds?: IsoDatum;
  /** What education is still given (a few hours, online, none). */
  readonly onderwijsNog?: string;
  readonly toelichting?: string;
  readonly betrokkenen: readonly Betrokkene[];
  readonly betrokkenheid: Betrokkenheid;
}

/** Where a signal came from: another service's case and its own pupil pseudonym (not ours). */
export interface Bron {
  readonly bron: SignaalBron;
  /** The other service's case id (overdrachtId, tlvId): one signal per source case. */
  readonly bronId: string;
  readonly bronLeerlingId: string;
  readonly ontvangenOp: IsoDatum;
  readonly schoolId?: string;
  /** Date since when the pupil is (possibly) out: the expected start, the TLV's end. */
  readonly sinds: IsoDatum;
  readonly klok: Klok;
}

export interface Actie {
  readonly id: string;
  readonly omschrijving: string;
  readonly eigenaar: ActieEigenaar;
  readonly uiterlijkOp: IsoDatum;
  readonly klok: Klok;
  readonly afgesprokenOp: IsoDatum;
  readonly ouderBetrokken: boolean;
  /** open → afgerond; verlopen once its due date passed unmet (escalated), until re-planned or done. */
  readonly status: 'open' | 'afgerond' | 'verlopen';
  readonly resultaat?: string;
  readonly afgerondOp?: IsoDatum;
  /** Where it was agreed: a meeting of the Actietafel, an overleg. */
  readonly vergaderingId?: string;
}

export interface Overleg {
  readonly id: string;
  readonly op: IsoDatum;
  readonly deelnemers: readonly Partij[];
  readonly betrokkenheid: Betrokkenheid;
  readonly afspraken: string;
}

export interface Crisis {
  readonly stappen: ReadonlyArray<{ readonly stap: CrisisStap; readonly op: IsoDatum }>;
  /** The overleg with school, parents and experts must take place before this clock ends. */
  readonly overlegKlok: Klok;
  readonly overlegOp?: IsoDatum;
}

/** A written aanmelding at a school starts its zorgplicht (6 weeks, once +4). */
export interface Aanmelding {
  readonly id: string;
  readonly schoolId: string;
  readonly aanmeldingOp: IsoDatum;
  readonly verlengd: boolean;
  readonly klok: Klok;
  readonly status: 'loopt' | 'geplaatst' | 'afgewezen' | 'termijn-verstreken';
  readonly afgerondOp?: IsoDatum;
}

export interface Escalatie {
  readonly op: IsoDatum;
  readonly van: Niveau;
  /** The rung reached, or the teamleider's attention when no rung is left to climb automatically. */
  readonly naar: EscalatieDoel | 'doorzettingskracht' | 'doorzettingsmacht';
  /** By hand, by a passed clock, by becoming a thuiszitter, a decision at the table, or handed back to the Steunpunt. */
  readonly reden: 'handmatig' | 'termijn' | 'thuiszitter' | 'besluit' | 'terug';
  /** The clock that passed, for escalations by the deadline engine. */
  readonly termijn?: string;
  readonly toelichting?: string;
}

export interface Bespreking {
  readonly vergaderingId: string;
  readonly op: IsoDatum;
  readonly afspraken: string;
  readonly betrokkenheid: Betrokkenheid;
}

export interface Doorzettingskracht {
  readonly op: IsoDatum;
  readonly afspraak: string;
  readonly schoolId?: string;
  readonly partijen: readonly Partij[];
  readonly plaatsingUiterlijk: IsoDatum;
  readonly klok: Klok;
  readonly betrokkenheid: Betrokkenheid;
  readonly vergaderingId?: string;
}

/** The teamleider's decision which school must offer a place (001:1930-1933), with reasons. */
export interface Doorzettingsmacht {
  readonly besluitId: string;
  readonly op: IsoDatum;
  readonly genomenDoor: string;
  readonly aangewezenSchoolId: string;
  readonly motivering: string;
  /** How the decision stays within the set limits (kaders). */
  readonly kaders: string;
  readonly uiterlijkAanbodOp: IsoDatum;
  readonly klok: Klok;
}

export interface Aanbod {
  readonly uitkomst: Uitkomst;
  /** The school (plaatsing onderwijs) or none (jeugdhulp, arbeidstoeleiding). */
  readonly schoolId?: string;
  readonly omschrijving?: string;
  readonly startOp: IsoDatum;
  readonly vastgelegdOp: IsoDatum;
  readonly niveau: Niveau;
  readonly crisisplaatsing: boolean;
  readonly vergaderingId?: string;
  readonly betrokkenheid: Betrokkenheid;
  readonly startKlok: Klok;
}

export interface Vrijstelling {
  readonly grond: VrijstellingGrond;
  readonly ingangsdatum: IsoDatum;
  readonly einddatum?: IsoDatum;
  readonly schoolId?: string;
}

export interface Afsluiting {
  readonly op: IsoDatum;
  readonly reden: AfsluitReden;
  readonly toelichting?: string;
  /** The day the pupil really started in the aanbod (reden passend-aanbod). */
  readonly gestartOp?: IsoDatum;
}

export interface Casus {
  readonly id: string;
  readonly swv: string;
  readonly soort: CasusSoort;
  readonly status: Status;
  readonly niveau: Niveau;
  /** The pupil's pseudonymous id in this service's register; absent for an unassessed signal. */
  readonly leerlingRef?: string;
  /** Woongemeente (CBS code): the gemeente leerplicht notifications are for. */
  readonly gemeente: string;
  readonly aangemaaktOp: IsoDatum;
  readonly melding?: Melding;
  readonly bron?: Bron;
  readonly vrijstelling?: Vrijstelling;
  /** Clocks of the melding. */
  readonly thuiszitterKlok?: Klok;
  readonly thuiszitterSinds?: IsoDatum;
  readonly passendAanbodKlok?: Klok;
  /** The day the Pact's 3 months passed without an aanbod (escalated). */
  readonly pactVerstrekenOp?: IsoDatum;
  readonly niveauSinds: IsoDatum;
  /** The last day something moved (an action done, a meeting, a rung climbed): escalation counts from here. */
  readonly laatsteVoortgangOp: IsoDatum;
  readonly escalatieKlok?: Klok;
  /** First day at the Actietafel: from then on the table may see the case. */
  readonly actietafelSinds?: IsoDatum;
  /** The teamleider was called in by a passed clock and has not acted since. */
  readonly aandachtTeamleiderSinds?: IsoDatum;
  readonly acties: readonly Actie[];
  readonly overleggen: readonly Overleg[];
  readonly crisis?: Crisis;
  readonly aanmeldingen: readonly Aanmelding[];
  readonly escalaties: readonly Escalatie[];
  readonly besprekingen: readonly Bespreking[];
  readonly doorzettingskracht?: Doorzettingskracht;
  readonly doorzettingsmacht?: Doorzettingsmacht;
  readonly aanbod?: Aanbod;
  readonly afsluiting?: Afsluiting;
  /** Clocks that passed and were dealt with ('soort@vervaltOp'): a clock set anew has a new key and runs again. */
  readonly afgehandeld: readonly string[];
  readonly versie: number;
}

/** Days out of school on a date: from the first day at home up to the start of the aanbod or the closing. */
export function dagenThuis(s: Casus, op: IsoDatum): number | undefined {
  const sinds = s.melding?.thuisSinds;
  if (!sinds) return undefined;
  const tot = s.aanbod?.startOp ?? s.afsluiting?.op ?? op;
  return Math.max(0, dagenTussen(sinds, tot < op ? tot : op));
}

export function isOpen(s: Casus): boolean {
  return s.status !== 'afgesloten';
}
