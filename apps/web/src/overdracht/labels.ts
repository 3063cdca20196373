import { leesbaar } from '../labels';
import { type Overdracht, type OverdrachtCommando, type OverdrachtStatus, type Route, type Termijnsoort } from './types';

/**
 * Dutch words for the overdracht codes; unknown codes are shown readably. With a vocabulary
 * as K a table must name every code of it, as the API declares it (./types).
 */
const uit =
  <K extends string = string>(tabel: Record<K, string>) =>
  (code: string | null | undefined): string =>
    code ? ((tabel as Record<string, string>)[code] ?? leesbaar(code)) : '—';

export const routeLabel = uit<Route>({ 'po-vo': 'PO → VO', 'so-vo': 'SO → V(S)O', 'vo-mbo': 'VO → mbo', 'vo-vo': 'VO → VO' });

export const statusLabel = uit<OverdrachtStatus>({
  aanmelding: 'Zoekt een school',
  steunpunt: 'Derde afwijzing bij het Steunpunt',
  geplaatst: 'Geplaatst',
  gestart: 'Gestart',
  'niet-gestart': 'Niet gestart',
  verhuisd: 'Verhuisd',
  'swv-verlaten': 'Buiten het SWV',
});

export const termijnLabel = uit<Termijnsoort>({
  'definitief-advies': 'Definitief schooladvies',
  aanmelding: 'Einde aanmeldperiode',
  plaatsingsbevestiging: 'Plaatsing bevestigd',
  'aanmelding-mbo': 'Aanmelding mbo (toelatingsrecht)',
  'overstapdossier-gereed': 'Overstapdossier klaargezet',
  'overstapdossier-opgehaald': 'Overstapdossier opgehaald',
  startcontrole: 'Start bevestigd (nazorg)',
});

export const adviesLabel = uit<NonNullable<Overdracht['advies']['definitief']>['niveau']>({
  pro: 'Praktijkonderwijs',
  'vmbo-b': 'vmbo basis',
  'vmbo-b-k': 'vmbo basis/kader',
  'vmbo-k': 'vmbo kader',
  'vmbo-k-gt': 'vmbo kader/gemengd-theoretisch',
  'vmbo-gt': 'vmbo gemengd/theoretisch',
  'vmbo-gt-havo': 'vmbo-gt/havo',
  havo: 'havo',
  'havo-vwo': 'havo/vwo',
  vwo: 'vwo',
});

export const voorzieningLabel = uit<Overdracht['voorzieningen'][number]['soort']>({ 'tlv-pro': 'TLV praktijkonderwijs', 'tlv-vso': 'TLV vso', lwoo: 'Leerwegondersteuning (LWOO)', lwa: 'Leerwegarrangement (LWA)', opdc: 'OPDC-plaats' });
export const voorzieningStatusLabel = uit<Overdracht['voorzieningen'][number]['status']>({ nodig: 'Nodig', aangevraagd: 'Aangevraagd', geregeld: 'Geregeld', afgewezen: 'Afgewezen', vervallen: 'Niet meer nodig' });
export const uitkomstLabel = uit<Overdracht['aanmeldingen'][number]['uitkomst']>({ open: 'In behandeling', geplaatst: 'Geplaatst', afgewezen: 'Afgewezen', ingetrokken: 'Ingetrokken', voorgelegd: 'Afwijzing bij het Steunpunt' });
export const redenLabel = uit<NonNullable<Overdracht['aanmeldingen'][number]['reden']>>({
  'geen-plaats': 'Geen plaats',
  'ondersteuning-niet-te-bieden': 'Kan de ondersteuning niet bieden',
  'niveau-past-niet': 'Niveau past niet',
  'niet-toelaatbaar': 'Niet toelaatbaar',
  overig: 'Overig',
});
export const perspectiefLabel = uit<NonNullable<Overdracht['perspectief']>['perspectief']>({ vervolgonderwijs: 'Vervolgonderwijs', entree: 'Entree-opleiding', arbeid: 'Arbeid (Participatiewet)', dagbesteding: 'Dagbesteding' });
export const deelnemerLabel = uit<NonNullable<NonNullable<Overdracht['warmeOverdracht']>['gehouden']>['deelnemers'][number]>({
  'verzendende-school': 'Verzendende school',
  'ontvangende-school': 'Ontvangende school',
  ouders: 'Ouders',
  leerling: 'Leerling',
  swv: 'Samenwerkingsverband',
  jeugdhulp: 'Jeugdhulp',
  gemeente: 'Gemeente',
});
export const nietGestartLabel = uit<NonNullable<NonNullable<Overdracht['afloop']>['nietGestart']>>({ 'niet-bevestigd': 'Start niet bevestigd op de controledatum', 'niet-verschenen': 'Niet verschenen', 'geen-ontvangende-school': 'Geen ontvangende school' });
export const vertrekLabel = uit<NonNullable<NonNullable<Overdracht['afloop']>['vertrek']>>({ 'school-buiten-swv': 'School buiten het SWV', arbeid: 'Arbeid', dagbesteding: 'Dagbesteding', buitenland: 'Buitenland', overig: 'Overig' });
export const bestemmingLabel = uit({ vo: 'Regulier VO', pro: 'Praktijkonderwijs', vso: 'VSO', mbo: 'mbo', arbeid: 'Arbeid', dagbesteding: 'Dagbesteding', verhuisd: 'Verhuisd', 'school-buiten-swv': 'School buiten het SWV', onbekend: 'Nog geen school', elders: 'Elders' });

/** Every command, and the timeline's other actions (the system's, creating and importing). */
export const actieLabel = uit<OverdrachtCommando | 'toeleidingBijgewerkt' | 'termijnVerstreken' | 'startControle' | 'leerlingToevoegen' | 'importeren'>({
  adviesVastleggen: 'Schooladvies vastleggen',
  adviesBijstellen: 'Advies bijstellen na de doorstroomtoets',
  ondersteuningVastleggen: 'Ondersteuningsbehoefte vastleggen',
  voorzieningVastleggen: 'Voorziening nodig of niet',
  voorzieningGeregeld: 'Voorziening geregeld',
  toeleidingKoppelen: 'Toeleidingsaanvraag koppelen',
  toeleidingBijgewerkt: 'Bericht van toeleiding',
  dossierVastleggen: 'Overstapdossier (OSO/Digidoor)',
  perspectiefVastleggen: 'Uitstroomperspectief vastleggen',
  aanmelden: 'Aanmelding vastleggen',
  afwijzen: 'Afwijzing vastleggen',
  aanmeldingIntrekken: 'Aanmelding intrekken',
  plaatsen: 'Plaatsing vastleggen',
  steunpuntBesluiten: 'Besluit Steunpunt over derde afwijzing',
  plaatsingVervallen: 'Plaatsing vervalt',
  startBevestigen: 'Start bevestigen',
  nietVerschenen: 'Niet verschenen',
  uitvalMelden: 'Uitval melden',
  verhuizen: 'Verhuisd',
  swvVerlaten: 'Vertrekt uit het SWV',
  warmeOverdrachtPlannen: 'Warme overdracht plannen',
  warmeOverdrachtVastleggen: 'Warme overdracht vastleggen',
  termijnVerstreken: 'Termijn verstreken (systeem)',
  startControle: 'Controledatum nazorg (systeem)',
  leerlingToevoegen: 'Leerling toegevoegd',
  importeren: 'Geïmporteerd uit CSV',
});

export function signaalTekst(s: { soort: string; termijn?: string; vervaltOp?: string; op?: string; voorziening?: string }, datum: (d: string) => string): string {
  switch (s.soort) {
    case 'waarschuwing':
      return `${termijnLabel(s.termijn)}: uiterlijk ${datum(s.vervaltOp!)}`;
    case 'verstreken':
      return `${termijnLabel(s.termijn)}: verstreken (geëscaleerd op ${datum(s.op!)})`;
    case 'twee-keer-afgewezen':
      return 'Twee keer afgewezen: een derde afwijzing gaat eerst naar het Steunpunt';
    case 'derde-afwijzing-bij-steunpunt':
      return 'Derde afwijzing ligt bij het Steunpunt';
    case 'regie-steunpunt':
      return 'Het Steunpunt heeft de regie over het vinden van een plek';
    case 'toelatingsrecht-gemist':
      return 'Toelatingsrecht mbo gemist: niet aangemeld uiterlijk 1 april';
    case 'voorziening-niet-geregeld':
      return `${voorzieningLabel(s.voorziening)} is nog niet geregeld`;
    case 'warme-overdracht-nodig':
      return 'Kwetsbare leerling: de warme overdracht is nog niet gehouden';
    default:
      return leesbaar(s.soort);
  }
}
