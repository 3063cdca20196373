/**
 * Shapes of the gateway and the toeleiding API. Generated from their OpenAPI documents
 * (./generated, `npm run api:types`) where the server declares them; the case read
 * models below are still written by hand until toeleiding declares its answers.
 */
import type { operations as Gateway } from './generated/gateway';
import type { operations as Toeleiding } from './generated/toeleiding';

/** GET /api/sessie as the gateway declares it. */
export type Sessie = Gateway['Session_huidig']['responses'][200]['content']['application/json'];
export type Account = Sessie['account'];
export type Rol = Account['rol'];
/** The id of the SWV (tenant) in the SWV register, e.g. 'VO'. */
export type Swv = Account['swv'];
/** Primair or voortgezet onderwijs: decides which soorten TLV the SWV gives. */
export type SwvSector = NonNullable<Account['sector']>;

type WerkvoorraadFilters = NonNullable<Toeleiding['Aanvragen_werkvoorraad']['parameters']['query']>;
/** The statuses of an aanvraag and the soorten TLV, as toeleiding declares them. */
export type Status = NonNullable<WerkvoorraadFilters['status']>[number];
export type TlvSoort = NonNullable<WerkvoorraadFilters['soort']>;

export type Signaal = 'verlopen' | 'risico' | 'op-tijd';

export interface VolgendeStap {
  wie: string;
  wat: string;
  /** The domain's step code (ACTIE_VOOR_STAP). */
  actie?: string;
}

export interface Termijn {
  soort: string;
  vervaltOp: string;
  dagenResterend?: number;
  werkdagenResterend?: number;
  signaal?: Signaal;
  status?: string;
}

export interface SchoolRef {
  id: string;
  naam: string;
}

/** The pupil as the API shows them: masked number always; name and birth date for the roles that work the case. */
export interface LeerlingWeergave {
  weergave: string;
  naam?: string;
  geboortedatum?: string;
}

/** The person who owns a case. */
export interface Behandelaar {
  id: string;
  naam: string | null;
}

export interface WerkvoorraadItem {
  id: string;
  kenmerk: string;
  status: string;
  uitvoering: string | null;
  open?: boolean;
  leerling: LeerlingWeergave;
  behandelaar?: Behandelaar | null;
  school: SchoolRef;
  soort: string | null;
  ingediendOp: string | null;
  volgendeStap: VolgendeStap | null;
  volgendeTermijn: Termijn | null;
}

export interface Werkvoorraad {
  totaal: number;
  items: WerkvoorraadItem[];
}

export interface Deskundige {
  rol: 'eerste' | 'tweede';
  discipline: string;
  deskundigeId: string;
}

export interface Advies {
  deskundige: Deskundige;
  advies: string;
  motivering?: string | null;
  soort?: string;
  datum?: string;
  documentRef?: string;
}

export interface BesluitInhoud {
  uitkomst: 'toelaatbaar' | 'niet-toelaatbaar';
  soort?: string;
  ingangsdatum?: string;
  einddatum?: string;
  onbepaaldReden?: string;
  motivering?: string;
  genomenOp?: string;
  /** The SWV's legal body: the beschikking is taken in its name. */
  bestuursorgaan?: { naam: string; urn: string };
}

export interface Dossier {
  gevraagdeSoort?: string;
  ondersteuningsbehoefte?: string;
  oppRef?: string;
  tloVerslagRef?: string;
  gewensteDuur?: { einddatum: string; onderbouwing: string };
}

export interface Bezwaartermijn {
  eindigtOp: string;
  regelVersie?: string;
  verschoven?: { van: string; naar: string; reden: string }[];
}

export interface Bezwaar {
  indiener?: string;
  verzondenOp?: string;
  ontvangenOp?: string;
  telaat?: boolean;
  /** Which rule of Awb 6:9 decided: awb-6:9-lid-1, awb-6:9-lid-2, te-laat. */
  tijdigheid?: string;
  verschoonbaarheid?: { verschoonbaar: boolean; reden: string; datum: string };
  doorgestuurdNaarLbtOp?: string;
  lbtAdvies?: { datum: string; advies: string };
  verdaagdOp?: string;
  beslissing?: { uitkomst: string; datum: string; motivering?: string };
}

export interface Beroep {
  beroepId: string;
  indiener: string;
  verzondenOp?: string;
  ontvangenOp: string;
  tijdigheid: string;
  uitspraak?: { uitkomst: string; datum: string; hogerBeroepstermijn: { datum: string } };
  vernietigdeBeslissing?: { uitkomst: string; datum: string };
}

export interface Plaatsing {
  schoolId: string;
  schoolNaam?: string;
  datum: string;
  wachtdagen?: number;
}

export interface TijdlijnRegel {
  tijdstip: string;
  actie: string;
  door?: { rol?: string; naam?: string };
  status?: string;
  toelichting?: string;
}

export interface Aanvraag {
  id: string;
  kenmerk: string;
  versie?: number;
  swv: Swv;
  status: string;
  uitvoering: string | null;
  leerling: LeerlingWeergave;
  behandelaar?: Behandelaar | null;
  andereOpenAanvragen?: { id: string; kenmerk: string; status: string }[];
  school: SchoolRef;
  bevoegdGezagId?: string;
  ingediendOp?: string | null;
  dossier?: Dossier;
  adviezen?: Advies[];
  besluit?: BesluitInhoud | null;
  bekendgemaaktOp?: string | null;
  bezwaartermijn?: Bezwaartermijn | null;
  bezwaar?: Bezwaar | null;
  beroepen?: Beroep[];
  onherroepelijkheid?: { regel: string; termijnEindigdeOp: string; nazendtermijnEindigdeOp: string; vastgesteldOp: string } | null;
  plaatsing?: Plaatsing | null;
  termijnen?: Termijn[];
  volgendeStap?: VolgendeStap | null;
  volgendeTermijn?: Termijn | null;
  toegestaneActies: string[];
  tijdlijn?: TijdlijnRegel[];
  documenten?: DocumentInfo[];
}

/** A document of a case (latest version). */
export interface DocumentInfo {
  id: string;
  onderdeel: string;
  soort: string;
  versie: number;
  bestandsnaam: string;
  inhoudstype: string;
  grootte: number;
  toegevoegdOp: string;
}

export interface School {
  id: string;
  naam: string;
  brin?: string;
  bevoegdGezagId?: string;
  soort: string;
}

export interface LeadTime {
  mediaan: number | null;
  p90: number | null;
}

export interface DoorlooptijdRegel {
  schoolId: string;
  schoolNaam: string;
  maand: string;
  aantal: number;
  ingediendTotBesluitDagen: LeadTime | null;
  besluitTotPlaatsingDagen: LeadTime | null;
}

export interface Telling {
  teldatum: string | null;
  /** The soorten counted on this teldatum (those without TLVs are not in perSoort). */
  soorten?: string[];
  perSoort: { soort: string; aantal: number; plaatsingen?: number }[];
  perSchool: { schoolId: string; schoolNaam: string | null; soort: string; aantal: number; plaatsingen?: number }[];
}

/** One change in the audit trail (GET /toeleiding/audit, beheerder). */
export interface AuditRegel {
  id: string;
  tijdstip: string;
  actorId: string;
  /** Display name of the person (when the service has met them). */
  actorNaam?: string | null;
  rol: string;
  organisatie: string;
  actie: string;
  objectType: string;
  objectId: string;
  /** The kenmerk of the case the entry is about. */
  kenmerk?: string | null;
  oud: unknown;
  nieuw: unknown;
  reden: string | null;
  correlationId: string | null;
}

/** One read or search in the access log (GET /toeleiding/toegangslog, beheerder). */
export interface ToegangRegel {
  id: string;
  tijdstip: string;
  actorId: string;
  actorNaam?: string | null;
  rol: string;
  organisatie: string;
  handeling: 'raadplegen' | 'zoeken' | 'exporteren';
  objectType: string;
  objectId: string | null;
  kenmerk?: string | null;
  doel: string;
  correlationId: string | null;
}

export interface LogPagina<T> {
  totaal: number;
  items: T[];
}

/** POST /toeleiding/aanvragen/zoeken. */
export interface Zoekresultaat {
  criterium: 'kenmerk' | 'leerlingnummer' | 'geboortedatum' | 'naam-of-school';
  meer: boolean;
  items: WerkvoorraadItem[];
}

/** GET /api/medewerkers: the team, each with a card signed by the gateway. */
export interface Medewerker {
  id: string;
  naam: string;
  rol: Rol;
  kaart: string;
}
