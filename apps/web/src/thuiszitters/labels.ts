import { leesbaar } from '../labels';
import { type Actie, type AfsluitReden, type Casus, type CasusSoort, type CasusStatus, type EscalatieDoel, type Niveau, type Partij, type Uitkomst, type Vergadering } from './types';

/** Dutch words for the codes of the thuiszitters API; each table covers its whole vocabulary as the API declares it (./types). Unknown codes are shown readably, never hidden. */
const uit = (tabel: Record<string, string>) => (code: string | null | undefined): string => (code ? (tabel[code] ?? leesbaar(code)) : '—');

export const SOORT_LABELS: Record<CasusSoort, string> = {
  dreigend: 'Dreigend thuiszitter',
  'langdurig-relatief-verzuim': 'Langdurig relatief verzuim',
  'absoluut-verzuim': 'Absoluut verzuim',
  crisis: 'Crisis',
  vrijstelling: 'Vrijstelling',
};
export const soortLabel = uit(SOORT_LABELS);

export const STATUS_LABELS: Record<CasusStatus, string> = {
  signaal: 'Signaal (te beoordelen)',
  gemeld: 'Gemeld',
  thuiszitter: 'Thuiszitter',
  aanbod: 'Passend aanbod gevonden',
  vrijstelling: 'Vrijstelling',
  afgesloten: 'Afgesloten',
};
export const statusLabel = uit(STATUS_LABELS);

export const NIVEAU_LABELS: Record<Niveau | EscalatieDoel, string> = {
  school: 'School',
  steunpunt: 'Steunpunt',
  actietafel: 'Actietafel Thuiszitters',
  doorzettingskracht: 'Doorzettingskracht',
  doorzettingsmacht: 'Doorzettingsmacht',
  teamleider: 'Teamleider Toeleiding',
};
export const niveauLabel = uit(NIVEAU_LABELS);

export const TERMIJN_LABELS: Record<string, string> = {
  'signaal-beoordeling': 'Signaal beoordelen',
  'thuiszitter-vier-weken': '4 weken thuis: thuiszitter',
  'passend-aanbod': 'Passend aanbod binnen 3 maanden',
  escalatie: 'Escalatiemoment',
  'crisis-overleg': 'Crisisoverleg',
  doorzettingskracht: 'Afgesproken plaatsing',
  doorzettingsmacht: 'Aanbod aangewezen school',
  'aanbod-start': 'Start aanbod bevestigen',
  actie: 'Actie',
  zorgplicht: 'Zorgplicht',
};
export const termijnLabel = uit(TERMIJN_LABELS);

export const UITKOMST_LABELS: Record<Uitkomst | AfsluitReden, string> = {
  'plaatsing-onderwijs': 'Plaatsing onderwijs',
  'plaatsing-jeugdhulp': 'Plaatsing jeugdhulp',
  arbeidstoeleiding: 'Project arbeidstoeleiding',
  'passend-aanbod': 'Passend aanbod',
  teruggekeerd: 'Teruggekeerd op school',
  verhuisd: 'Verhuisd',
  'geen-thuiszitter': 'Geen thuiszitter',
  'vrijstelling-beeindigd': 'Vrijstelling beëindigd',
  overig: 'Overig',
};
export const uitkomstLabel = uit(UITKOMST_LABELS);

export const PARTIJ_LABELS: Record<Partij, string> = {
  ouders: 'Ouders',
  leerling: 'Leerling',
  school: 'School',
  bestuur: 'Schoolbestuur',
  steunpunt: 'Steunpunt',
  leerplicht: 'Leerplicht',
  jeugdhulp: 'Jeugdhulp',
  wijkteam: 'Wijkteam',
  zorgaanbieder: 'Zorgaanbieder',
  overig: 'Overig',
};
export const partijLabel = uit(PARTIJ_LABELS);

export const BETROKKENHEID_LABELS: Record<string, string> = {
  betrokken: 'Betrokken',
  geinformeerd: 'Geïnformeerd',
  'niet-bereikt': 'Niet bereikt',
  'niet-passend': 'Niet passend',
};
export const betrokkenheidLabel = uit(BETROKKENHEID_LABELS);

export const CRISIS_LABELS: Record<NonNullable<Casus['crisis']>['stappen'][number]['stap'], string> = {
  'bestuur-geinformeerd': 'Bestuur geïnformeerd',
  'orthopedagoog-geraadpleegd': 'Orthopedagoog SWV geraadpleegd',
  'steunpunt-gecontacteerd': 'Steunpunt gecontacteerd',
};
export const crisisLabel = uit(CRISIS_LABELS);

export const ACTIE_STATUS_LABELS: Record<Actie['status'], string> = { open: 'Open', afgerond: 'Afgerond', verlopen: 'Verlopen' };
export const actieStatusLabel = uit(ACTIE_STATUS_LABELS);

export const VRIJSTELLING_LABELS: Record<NonNullable<Casus['vrijstelling']>['grond'], string> = {
  'art-5-onder-a': 'Art. 5 onder a (lichamelijk of psychisch)',
  'art-5-onder-b': 'Art. 5 onder b (richting)',
  'art-5-onder-c': 'Art. 5 onder c (school buiten Nederland)',
};
export const vrijstellingLabel = uit(VRIJSTELLING_LABELS);

export const VERGADERING_LABELS: Record<Vergadering['status'], string> = { gepland: 'Gepland', gehouden: 'Gehouden', geannuleerd: 'Geannuleerd' };
export const vergaderingLabel = uit(VERGADERING_LABELS);
