/** Shapes of the thuiszitters API (apps/thuiszitters/README.md). */

export interface Betrokkenheid {
  ouders: string;
  leerling: string;
}

export interface SchoolRef {
  id: string;
  naam: string | null;
}

export interface CasusTermijn {
  soort: string;
  vervaltOp: string;
  waarschuwOp: string;
  dagenResterend: number;
  regelVersie: string;
  actieId?: string;
  aanmeldingId?: string;
}

export interface Actie {
  id: string;
  omschrijving: string;
  eigenaar: string;
  uiterlijkOp: string;
  afgesprokenOp: string;
  ouderBetrokken: boolean;
  status: 'open' | 'afgerond' | 'verlopen';
  resultaat?: string;
  afgerondOp?: string;
  vergaderingId?: string;
}

export interface Casus {
  id: string;
  versie: number;
  soort: string;
  status: string;
  niveau: string;
  gemeente: string;
  leerling: { weergave: string } | null;
  aangemaaktOp: string;
  bron: { bron: string; bronId: string; ontvangenOp: string; sinds: string; school: SchoolRef | null } | null;
  melding: {
    gemeldOp: string;
    melder: { soort: string };
    school: SchoolRef | null;
    thuisSinds?: string;
    onderwijsNog?: string;
    toelichting?: string;
    betrokkenen: { partij: string; omschrijving?: string }[];
    betrokkenheid: Betrokkenheid;
  } | null;
  vrijstelling: { grond: string; ingangsdatum: string; einddatum?: string; school: SchoolRef | null } | null;
  dagenThuis: number | null;
  thuiszitterSinds: string | null;
  pactVerstrekenOp: string | null;
  niveauSinds: string;
  actietafelSinds: string | null;
  aandachtTeamleiderSinds: string | null;
  termijnen: CasusTermijn[];
  acties: Actie[];
  overleggen: { id: string; op: string; deelnemers: string[]; betrokkenheid: Betrokkenheid; afspraken: string }[];
  crisis: { stappen: { stap: string; op: string }[]; overlegOp?: string } | null;
  aanmeldingen: { id: string; school: SchoolRef | null; aanmeldingOp: string; verlengd: boolean; status: string; afgerondOp?: string; klok: { vervaltOp: string } }[];
  escalaties: { op: string; van: string; naar: string; reden: string; termijn?: string; toelichting?: string }[];
  besprekingen: { vergaderingId: string; op: string; afspraken: string; betrokkenheid: Betrokkenheid }[];
  doorzettingskracht: { op: string; afspraak: string; school: SchoolRef | null; partijen: string[]; plaatsingUiterlijk: string } | null;
  doorzettingsmacht: { op: string; aangewezenSchool: SchoolRef | null; motivering: string; kaders: string; uiterlijkAanbodOp: string } | null;
  aanbod: { uitkomst: string; school: SchoolRef | null; omschrijving?: string; startOp: string; vastgelegdOp: string; crisisplaatsing: boolean } | null;
  afsluiting: { op: string; reden: string; toelichting?: string; gestartOp?: string } | null;
  tijdlijn: { op: string; soort: string; tekst: string }[];
  toegestaneActies: string[];
}

export interface WerkvoorraadItem {
  id: string;
  leerling: { weergave: string } | null;
  soort: string;
  status: string;
  niveau: string;
  school: SchoolRef | null;
  thuisSinds: string | null;
  dagenThuis: number | null;
  volgendeTermijn: { soort: string; vervaltOp: string; dagenResterend: number } | null;
  aandachtTeamleider: boolean;
  openActies: number;
  verlopenActies: number;
  pactVerstreken: boolean;
}

export interface Werkvoorraad {
  totaal: number;
  meer: boolean;
  items: WerkvoorraadItem[];
}

export interface AgendaPunt {
  id: string;
  leerling: { weergave: string } | null;
  soort: string;
  niveau: string;
  school: SchoolRef | null;
  thuisSinds: string | null;
  dagenThuis: number | null;
  actietafelSinds: string | null;
  volgendeTermijn: { soort: string; vervaltOp: string } | null;
  openActies: number;
  aandachtTeamleider: boolean;
  besproken: boolean;
  versie: number;
}

export interface Vergadering {
  id: string;
  datum: string;
  status: 'gepland' | 'gehouden' | 'geannuleerd';
  locatie?: string;
  aanwezigen: string[];
  notities?: string;
  versie: number;
}

export interface VergaderingMetAgenda extends Vergadering {
  agenda: { totaal: number; items: AgendaPunt[] };
  toegestaneActies: string[];
}

export interface ThuiszittersSchool {
  id: string;
  brin: string;
  naam: string;
  soort: string;
  bevoegdGezagId: string;
  bevoegdGezagNaam: string;
  expertise: string[];
}

export interface Telling {
  gemeld: number;
  gemeldPerSoort: Record<string, number>;
  thuiszitterGeworden: number;
  afgesloten: number;
  thuisOpPeildatum: number;
  langerDanDrieMaandenOpPeildatum: number;
  vrijstellingenOpPeildatum: number;
}

export interface Figuren {
  kwartaal: { jaar: number; kwartaal: number; van: string; tot: string; schooljaarStart: string };
  swv: Telling;
  perBestuur: Array<{ bestuur: { id: string | null; naam: string | null } } & Telling>;
  duurThuis: { aantal: number; mediaan: number | null; p90: number | null };
  uitkomsten: { uitkomst: string; aantal: number }[];
}
