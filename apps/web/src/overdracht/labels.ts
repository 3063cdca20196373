import { leesbaar } from '../labels';

/** Dutch words for the overdracht codes; unknown codes are shown readably. */
const uit = (tabel: Record<string, string>) => (code: string | null | undefined): string => (code ? (tabel[code] ?? leesbaar(code)) : '—');

export const routeLabel = uit({ 'po-vo': 'PO → VO', 'so-vo': 'SO → V(S)O', 'vo-mbo': 'VO → mbo', 'vo-vo': 'VO → VO' });

export const statusLabel = uit({
  aanmelding: 'Zoekt een school',
  steunpunt: 'Derde afwijzing bij het Steunpunt',
  geplaatst: 'Geplaatst',
  gestart: 'Gestart',
  'niet-gestart': 'Niet gestart',
  verhuisd: 'Verhuisd',
  'swv-verlaten': 'Buiten het SWV',
});

export const termijnLabel = uit({
  'definitief-advies': 'Definitief schooladvies',
  aanmelding: 'Einde aanmeldperiode',
  plaatsingsbevestiging: 'Plaatsing bevestigd',
  'aanmelding-mbo': 'Aanmelding mbo (toelatingsrecht)',
  'overstapdossier-gereed': 'Overstapdossier klaargezet',
  'overstapdossier-opgehaald': 'Overstapdossier opgehaald',
  startcontrole: 'Start bevestigd (nazorg)',
});

export const adviesLabel = uit({
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

export const voorzieningLabel = uit({ 'tlv-pro': 'TLV praktijkonderwijs', 'tlv-vso': 'TLV vso', lwoo: 'Leerwegondersteuning (LWOO)', lwa: 'Leerwegarrangement (LWA)', opdc: 'OPDC-plaats' });
export const voorzieningStatusLabel = uit({ nodig: 'Nodig', aangevraagd: 'Aangevraagd', geregeld: 'Geregeld', afgewezen: 'Afgewezen', vervallen: 'Niet meer nodig' });
export const uitkomstLabel = uit({ open: 'In behandeling', geplaatst: 'Geplaatst', afgewezen: 'Afgewezen', ingetrokken: 'Ingetrokken', voorgelegd: 'Afwijzing bij het Steunpunt' });
export const redenLabel = uit({
  'geen-plaats': 'Geen plaats',
  'ondersteuning-niet-te-bieden': 'Kan de ondersteuning niet bieden',
  'niveau-past-niet': 'Niveau past niet',
  'niet-toelaatbaar': 'Niet toelaatbaar',
  overig: 'Overig',
});
export const perspectiefLabel = uit({ vervolgonderwijs: 'Vervolgonderwijs', entree: 'Entree-opleiding', arbeid: 'Arbeid (Participatiewet)', dagbesteding: 'Dagbesteding' });
export const deelnemerLabel = uit({
  'verzendende-school': 'Verzendende school',
  'ontvangende-school': 'Ontvangende school',
  ouders: 'Ouders',
  leerling: 'Leerling',
  swv: 'Samenwerkingsverband',
  jeugdhulp: 'Jeugdhulp',
  gemeente: 'Gemeente',
});
export const nietGestartLabel = uit({ 'niet-bevestigd': 'Start niet bevestigd op de controledatum', 'niet-verschenen': 'Niet verschenen', 'geen-ontvangende-school': 'Geen ontvangende school' });
export const vertrekLabel = uit({ 'school-buiten-swv': 'School buiten het SWV', arbeid: 'Arbeid', dagbesteding: 'Dagbesteding', buitenland: 'Buitenland', overig: 'Overig' });
export const bestemmingLabel = uit({ vo: 'Regulier VO', pro: 'Praktijkonderwijs', vso: 'VSO', mbo: 'mbo', arbeid: 'Arbeid', dagbesteding: 'Dagbesteding', verhuisd: 'Verhuisd', 'school-buiten-swv': 'School buiten het SWV', onbekend: 'Nog geen school', elders: 'Elders' });

export const actieLabel = uit({
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
