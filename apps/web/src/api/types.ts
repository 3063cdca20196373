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
}

export interface Termijn {
  soort: string;
  vervaltOp: string;
  dagenResterend?: number;
  signaal?: Signaal;
  status?: string;
}

export interface SchoolRef {
  id: string;
  naam: string;
}

export interface WerkvoorraadItem {
  id: string;
  status: string;
  uitvoering: string | null;
  leerling: { weergave: string };
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
  ontvangenOp?: string;
  telaat?: boolean;
  doorgestuurdNaarLbtOp?: string;
  lbtAdvies?: { datum: string; advies: string };
  verdaagdOp?: string;
  beslissing?: { uitkomst: string; datum: string; motivering?: string };
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
  swv: Swv;
  status: string;
  uitvoering: string | null;
  leerling: { weergave: string };
  school: SchoolRef;
  bevoegdGezagId?: string;
  ingediendOp?: string | null;
  dossier?: Dossier;
  adviezen?: Advies[];
  besluit?: BesluitInhoud | null;
  bekendgemaaktOp?: string | null;
  bezwaartermijn?: Bezwaartermijn | null;
  bezwaar?: Bezwaar | null;
  plaatsing?: Plaatsing | null;
  termijnen?: Termijn[];
  volgendeStap?: VolgendeStap | null;
  volgendeTermijn?: Termijn | null;
  toegestaneActies: string[];
  tijdlijn?: TijdlijnRegel[];
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
  rol: string;
  organisatie: string;
  actie: string;
  objectType: string;
  objectId: string;
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
  rol: string;
  organisatie: string;
  handeling: 'raadplegen' | 'zoeken' | 'exporteren';
  objectType: string;
  objectId: string | null;
  doel: string;
  correlationId: string | null;
}

export interface LogPagina<T> {
  totaal: number;
  items: T[];
}
