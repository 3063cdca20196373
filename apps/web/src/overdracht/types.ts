/** What the overdracht service answers (apps/overdracht, docs: apps/overdracht/README.md). */
export interface School {
  id: string;
  brin: string;
  naam: string;
  soort: string;
  swv: string | null;
}

export interface Tellingen {
  totaal: number;
  zonderSchool: number;
  geplaatst: number;
  gestart: number;
  nietGestart: number;
  vertrokken: number;
  tweeKeerAfgewezen: number;
  bijSteunpunt: number;
  waarschuwing: number;
  toelatingsrechtGemist: number;
  volgendeDatum: string | null;
}

export interface CohortRegel extends Tellingen {
  id: string;
  schooljaar: string;
  verzendendeSchool: { id: string; naam: string; soort: string };
}

export interface LijstRegel {
  id: string;
  versie: number;
  leerling: string;
  route: string;
  status: string;
  regie: string;
  afwijzingen: number;
  kwetsbaar: boolean;
  voorzieningenOpen: number;
  warmeOverdracht: string | null;
  toelatingsrecht: string | null;
  verzendendeSchool: string;
  ontvangendeSchool: string | null;
  volgendeDatum: string | null;
  volgendeSoort: string | null;
  waarschuwing: boolean;
  startdatum: string | null;
  controledatum: string | null;
}

export interface Pagina<T> {
  totaal: number;
  items: T[];
}

export interface ImportRapport {
  rijen: number;
  geimporteerd: number;
  geweigerd: Array<{ rij: number; veld: string; melding: string }>;
  genegeerdeKolommen: string[];
  controle: boolean;
}

export interface Kalenderdatum {
  datum: string;
  regelVersie: string;
}

export type Signaal =
  | { soort: 'waarschuwing'; termijn: string; vervaltOp: string }
  | { soort: 'verstreken'; termijn: string; op: string }
  | { soort: 'voorziening-niet-geregeld'; voorziening: string }
  | { soort: 'twee-keer-afgewezen' | 'derde-afwijzing-bij-steunpunt' | 'regie-steunpunt' | 'toelatingsrecht-gemist' | 'warme-overdracht-nodig' };

export interface Overdracht {
  id: string;
  versie: number;
  swv: string;
  cohortId: string;
  schooljaar: string;
  startSchooljaar: string;
  route: string;
  status: string;
  leerling: { id: string; weergave: string };
  verzendendeSchool: { id: string; naam: string };
  achttienPlus?: boolean;
  kalender: Record<string, Kalenderdatum | number | string | undefined>;
  advies: { voorlopig?: { niveau: string; datum: string }; definitief?: { niveau: string; datum: string }; bijgesteld?: { niveau: string; datum: string; van: string; toetsniveau: string } };
  ondersteuningsbehoefte?: string;
  kwetsbaar: boolean;
  voorzieningen: Array<{ soort: string; status: string; sinds: string; aanvraagId?: string; tlvId?: string; geregeldOp?: string }>;
  aanmeldingen: Array<{ id: string; schoolId: string; schoolNaam: string; aangemeldOp: string; uitkomst: string; besluitOp?: string; reden?: string }>;
  afwijzingen: number;
  voorgelegd?: { aanmeldingId: string; sinds: string };
  regie: string;
  escalaties: Array<{ soort: string; op: string }>;
  toelatingsrecht?: string;
  plaatsing?: { aanmeldingId: string; schoolId: string; schoolNaam: string; geplaatstOp: string; startdatum: string };
  warmeOverdracht?: { schoolId: string; geplandOp?: string; gehouden?: { datum: string; deelnemers: string[]; checklist: { ondersteuningsafspraken: string; wieVolgtOp: string; evaluatieOp: string; dossierBesproken: boolean; oppBesproken: boolean } } };
  warmeOverdrachtStatus: string | null;
  dossier?: { systeem: string; referentie: string; status: string; bijgewerktOp: string };
  perspectief?: { perspectief: string; continuiteit?: string; warmeOverdrachtGemeente: boolean };
  gestartOp?: string;
  uitgevallenOp?: string;
  afloop?: { op: string; nietGestart?: string; vertrek?: string };
  controledatum: string;
  uitvalTot: string | null;
  volgendeDatum: { termijn: string; datum: string; waarschuwingVanaf: string } | null;
  termijnen: Array<{ soort: string; vervaltOp: string; regelVersie: string }>;
  signalen: Signaal[];
  acties: string[];
  tijdlijn: Array<{ tijdstip: string; actie: string; rol: string; status?: string }>;
}

export interface CohortCijfers {
  cohortId: string | null;
  verzendendeSchool: string;
  totaal: number;
  bestemming: Record<string, number>;
  geplaatst: number;
  opTijdGeplaatst: number;
  afwijzingen: number;
  tweeKeerAfgewezen: number;
  derdeAfwijzingVoorgelegd: number;
  warmeOverdrachtGehouden: number;
  gestart: number;
  nietGestart: number;
  vsv: number;
  zonderSchool: number;
}

export interface NazorgRegel {
  id: string;
  versie: number;
  leerling: string;
  route: string;
  status: string;
  ontvangendeSchool: string;
  verzendendeSchool: string;
  startdatum: string;
  controledatum: string | null;
  gestartOp: string | null;
  teLaat: boolean;
}
