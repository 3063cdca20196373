/** The shapes of the oja API (apps/oja, /api/oja/...) as the UI uses them. Amounts are whole euro cents. */
export interface Periode {
  van: string;
  tot: string;
}

export type Signaal = 'evaluatie-verlopen' | 'evaluatie-binnenkort' | 'einde-binnenkort' | 'boven-budget';

export interface WerkvoorraadItem {
  id: string;
  vorm: 'individueel' | 'collectief';
  typeCode: string;
  voorziening: string;
  gemeente: string;
  status: string;
  aanZet: string | null;
  leerling: string | null;
  ingangsdatum: string;
  einddatum: string;
  volgendeEvaluatie: string | null;
  plaatsen: number | null;
  bezet: number | null;
  vastgelegdCent: number;
  gerealiseerdCent: number;
  bovenBudget: boolean;
  signalen: Signaal[];
}

export interface Werkvoorraad {
  totaal: number;
  tellers: Record<'beoordeling' | 'evaluatie' | 'einde' | 'budget', number>;
  items: WerkvoorraadItem[];
}

export interface VerdelingRegel {
  betaler: string;
  soort: string;
  bedragCent: number;
  naam?: string;
}

export interface Referentie {
  soort: string;
  kenmerk: string;
}

export interface Boeking {
  id: string;
  soort: 'verplichting' | 'vrijval' | 'correctie' | 'realisatie';
  betaler: string;
  naam: string;
  budgetperiode: string;
  bedragCent: number;
  geboektOp: string;
  periode?: Periode;
  toelichting?: string;
}

export interface Arrangement {
  id: string;
  swv: string;
  versie: number;
  vorm: 'individueel' | 'collectief';
  type: { code: string; naam: string; leiding: string; evaluatieIntervalMaanden: number | null; normduurMaanden: number | null };
  voorziening: { code: string; naam: string };
  gemeente: { code: string; naam: string };
  regelVersie: string;
  status: string;
  aanZet: string | null;
  periode: Periode;
  leerling: { weergave: string | null } | null;
  aanvraag: {
    aangevraagdOp: string;
    aanvrager: { soort: string };
    doelen: string[];
    plan: string;
    jeugdhulpaanbieder: string;
    gevraagdePeriode: Periode;
    begrootKostenCent?: number;
  } | null;
  voorstel: { kostenCent: number; verdeling: VerdelingRegel[] } | null;
  beoordeling: {
    onderwijs: { oordeel: string; datum: string; toelichting: string | null } | null;
    jeugdhulp: { oordeel: string; datum: string; referentie: Referentie | null; toegezegd: Array<{ betaler: string; bedragCent: number; naam: string }>; toelichting: string | null } | null;
  };
  toekenningen: Array<{
    id: string;
    soort: 'toekenning' | 'verlenging';
    datum: string;
    periode: Periode;
    kostenCent: number;
    verdeling: VerdelingRegel[];
    regelVersie: string;
    referentie: Referentie | null;
    motivering: string | null;
    overschrijding: { reden?: string; betalers: string[] } | null;
  }>;
  geld: { perBetaler: Array<{ betaler: string; naam: string; budgetperiode: string; vastgelegdCent: number; gerealiseerdCent: number }>; boekingen: Boeking[] };
  startdatum: string | null;
  volgendeEvaluatie: string | null;
  evaluaties: Array<{ id: string; datum: string; uitkomst: string; verslag?: string }>;
  einde: { datum: string; reden: string; toelichting: string | null } | null;
  afsluiting: { datum: string; resultaat: string; vervolg: string; toelichting: string | null } | null;
  ingetrokken: { datum: string; reden: string | null } | null;
  plaatsen: number | null;
  bezetting: number | null;
  deelnames: Array<{ id: string; leerling: string | null; gemeente: string; van: string; tot: string | null; resultaat: string | null }>;
  termijnen: Array<{ soort: string; vervaltOp: string; regelVersie: string }>;
  tijdlijn: Array<{ tijdstip: string; actie: string; door: { rol: string }; status: string | null; reden?: string }>;
  toegestaneActies: string[];
}

export interface Betaler {
  code: string;
  naam: string;
  soort: string;
  budgetperiode: 'kalenderjaar' | 'schooljaar';
  gemeente?: string;
}

export interface ArrangementType {
  code: string;
  naam: string;
  vorm: 'individueel' | 'collectief';
  leiding: 'OJA' | 'JOA';
  voorziening: string;
  verdeling: Array<{ soort: string; basispunten: number }>;
  normduurMaanden: number;
  evaluatieIntervalMaanden: number;
  plaatsen?: number;
}

export interface Configuratie {
  versie: string;
  swv: string;
  vandaag: string;
  gemeenteVanLezer: string | null;
  gemeenten: Array<{ code: string; naam: string }>;
  betalers: Betaler[];
  voorzieningen: Array<{ code: string; naam: string }>;
  types: ArrangementType[];
  termijnen: { einddatumWaarschuwingWeken: number; evaluatieWaarschuwingDagen: number; rapportageDag: number };
}

export interface BudgetRegel {
  betaler: string;
  naam: string;
  soort: string;
  gemeente: string | null;
  budgetperiode: string;
  van: string;
  tot: string;
  budgetCent: number | null;
  vastgelegdCent: number;
  gerealiseerdCent: number;
  resterendCent: number | null;
  overschreden: boolean;
}

export interface RapportageKop {
  id: string;
  swv: string;
  jaar: number;
  kwartaal: number;
  vastgesteldOp: string;
  vastgesteldTijd: string;
}

export interface Rapportage extends RapportageKop {
  inhoud: {
    jaar: number;
    kwartaal: number;
    periode: Periode;
    vastgesteldOp: string;
    regelVersie: string;
    leerlingen: Array<{ typeCode: string; voorziening: string; gemeente: string; instroom: number; uitstroom: number; lopend: number }>;
    geld: Array<{ gemeente: string; betaler: string; budgetperiode: string; vastgelegdCent: number; gerealiseerdCent: number; gerealiseerdKwartaalCent: number }>;
    resultaten: Array<{ typeCode: string; gemeente: string; resultaat: string; aantal: number }>;
    namen: { types: Record<string, string>; voorzieningen: Record<string, string>; betalers: Record<string, string>; gemeenten: Record<string, string> };
  };
}
