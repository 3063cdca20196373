import { datum } from '../format';
import { adviesLabel, deelnemerLabel, perspectiefLabel, redenLabel, vertrekLabel, voorzieningLabel } from './labels';
import { type Overdracht, type OverdrachtCommando, type School } from './types';

export interface Optie {
  waarde: string;
  label: string;
}

export interface Veld {
  naam: string;
  label: string;
  soort: 'keuze' | 'datum' | 'tekst' | 'tekstvak' | 'janee' | 'keuzes';
  verplicht?: boolean;
  opties?: Optie[];
  beschrijving?: string;
  standaard?: string | string[];
}

export interface ActieDefinitie {
  titel: string;
  knop: string;
  gelukt: string;
  uitleg?: string;
  velden: (z: Overdracht, scholen: School[]) => Veld[];
}

const opties = (codes: readonly string[], label: (c: string) => string): Optie[] => codes.map((c) => ({ waarde: c, label: label(c) }));
const ADVIEZEN = ['pro', 'vmbo-b', 'vmbo-b-k', 'vmbo-k', 'vmbo-k-gt', 'vmbo-gt', 'vmbo-gt-havo', 'havo', 'havo-vwo', 'vwo'];
const VOORZIENINGEN = ['tlv-pro', 'tlv-vso', 'lwoo', 'lwa', 'opdc'];
const ONTVANGEND: Record<string, string[]> = { 'po-vo': ['vo', 'pro', 'vso'], 'so-vo': ['vo', 'pro', 'vso'], 'vo-mbo': ['mbo'], 'vo-vo': ['vo', 'pro', 'vso'] };

const feitdatum = (label = 'Datum'): Veld => ({ naam: 'datum', label, soort: 'datum', beschrijving: 'Leeg laten voor vandaag' });
const motivering: Veld = { naam: 'motivering', label: 'Toelichting voor het logboek', soort: 'tekstvak' };
const openAanmelding = (z: Overdracht): Veld => {
  const open = z.aanmeldingen.filter((a) => a.uitkomst === 'open');
  return { naam: 'aanmeldingId', label: 'Aanmelding', soort: 'keuze', verplicht: true, opties: open.map((a) => ({ waarde: a.id, label: `${a.schoolNaam} (aangemeld ${datum(a.aangemeldOp)})` })), standaard: open[0]?.id };
};

/**
 * The form of each command a person gives. Field names are the API's, so errors land next
 * to them; every form is for a command the API declares (./types), so a command renamed on
 * the server fails the type check here.
 */
export const ACTIES = {
  adviesVastleggen: {
    titel: 'Schooladvies vastleggen',
    knop: 'Advies vastleggen',
    gelukt: 'Het schooladvies is vastgelegd.',
    velden: () => [
      { naam: 'soort', label: 'Soort advies', soort: 'keuze', verplicht: true, opties: [{ waarde: 'voorlopig', label: 'Voorlopig advies' }, { waarde: 'definitief', label: 'Definitief advies' }] },
      { naam: 'niveau', label: 'Advies', soort: 'keuze', verplicht: true, opties: opties(ADVIEZEN, adviesLabel) },
      feitdatum(),
    ],
  },
  adviesBijstellen: {
    titel: 'Advies bijstellen na de doorstroomtoets',
    knop: 'Advies bijstellen',
    gelukt: 'Het advies is bijgesteld.',
    uitleg: 'Een advies kan na de doorstroomtoets alleen naar boven worden bijgesteld.',
    velden: () => [
      { naam: 'toetsniveau', label: 'Uitkomst doorstroomtoets', soort: 'keuze', verplicht: true, opties: opties(ADVIEZEN, adviesLabel) },
      { naam: 'niveau', label: 'Bijgesteld advies', soort: 'keuze', verplicht: true, opties: opties(ADVIEZEN, adviesLabel) },
      feitdatum(),
    ],
  },
  ondersteuningVastleggen: {
    titel: 'Ondersteuningsbehoefte',
    knop: 'Opslaan',
    gelukt: 'De ondersteuningsbehoefte is vastgelegd.',
    velden: (z) => [
      { naam: 'behoefte', label: 'Wat is geprobeerd en wat is nodig?', soort: 'tekstvak', standaard: z.ondersteuningsbehoefte ?? '' },
      { naam: 'kwetsbaar', label: 'Kwetsbare leerling: warme overdracht nodig', soort: 'janee', standaard: z.kwetsbaar ? 'ja' : '' },
    ],
  },
  voorzieningVastleggen: {
    titel: 'Voorziening nodig of niet',
    knop: 'Opslaan',
    gelukt: 'De voorziening is bijgewerkt.',
    velden: () => [
      { naam: 'soort', label: 'Voorziening', soort: 'keuze', verplicht: true, opties: opties(VOORZIENINGEN, voorzieningLabel) },
      { naam: 'nodig', label: 'Deze voorziening is nodig', soort: 'janee', standaard: 'ja' },
    ],
  },
  voorzieningGeregeld: {
    titel: 'Voorziening geregeld',
    knop: 'Geregeld',
    gelukt: 'De voorziening staat als geregeld.',
    uitleg: 'Een TLV komt uit toeleiding: koppel daarvoor de aanvraag.',
    velden: (z) => [
      { naam: 'soort', label: 'Voorziening', soort: 'keuze', verplicht: true, opties: z.voorzieningen.filter((v) => !v.soort.startsWith('tlv') && ['nodig', 'aangevraagd'].includes(v.status)).map((v) => ({ waarde: v.soort, label: voorzieningLabel(v.soort) })) },
      feitdatum(),
    ],
  },
  toeleidingKoppelen: {
    titel: 'Toeleidingsaanvraag koppelen',
    knop: 'Koppelen',
    gelukt: 'De aanvraag is gekoppeld; berichten van toeleiding werken de voorziening bij.',
    velden: (z) => [
      { naam: 'soort', label: 'TLV', soort: 'keuze', verplicht: true, opties: opties(['tlv-pro', 'tlv-vso'], voorzieningLabel), standaard: z.voorzieningen.find((v) => v.soort.startsWith('tlv'))?.soort },
      { naam: 'aanvraagId', label: 'Kenmerk van de aanvraag in toeleiding', soort: 'tekst', verplicht: true, beschrijving: 'Het kenmerk staat op de aanvraagpagina van toeleiding' },
    ],
  },
  dossierVastleggen: {
    titel: 'Overstapdossier',
    knop: 'Opslaan',
    gelukt: 'De stand van het overstapdossier is vastgelegd.',
    uitleg: 'Het dossier (OKR, OPP) gaat via OSO of Digidoor; hier staan alleen het kenmerk en de stand.',
    velden: (z) => [
      { naam: 'systeem', label: 'Overstapsysteem', soort: 'keuze', verplicht: true, opties: [{ waarde: 'oso', label: 'OSO' }, { waarde: 'digidoor', label: 'Digidoor' }], standaard: z.dossier?.systeem },
      { naam: 'referentie', label: 'Kenmerk', soort: 'tekst', verplicht: true, standaard: z.dossier?.referentie ?? '' },
      { naam: 'status', label: 'Stand', soort: 'keuze', verplicht: true, opties: [{ waarde: 'klaargezet', label: 'Klaargezet door de verzendende school' }, { waarde: 'opgehaald', label: 'Opgehaald door de ontvangende school' }] },
      feitdatum(),
    ],
  },
  perspectiefVastleggen: {
    titel: 'Uitstroomperspectief (VO → mbo)',
    knop: 'Opslaan',
    gelukt: 'Het perspectief is vastgelegd.',
    velden: (z) => [
      { naam: 'perspectief', label: 'Perspectief', soort: 'keuze', verplicht: true, opties: opties(['vervolgonderwijs', 'entree', 'arbeid', 'dagbesteding'], perspectiefLabel), standaard: z.perspectief?.perspectief },
      { naam: 'continuiteit', label: 'Afspraken over ondersteuning na 18 jaar', soort: 'tekstvak', standaard: z.perspectief?.continuiteit ?? '' },
      { naam: 'warmeOverdrachtGemeente', label: 'Warme overdracht naar mbo of gemeente geregeld', soort: 'janee', standaard: z.perspectief?.warmeOverdrachtGemeente ? 'ja' : '' },
    ],
  },
  aanmelden: {
    titel: 'Aanmelding vastleggen',
    knop: 'Aanmelding vastleggen',
    gelukt: 'De aanmelding is vastgelegd.',
    velden: (z, scholen) => [
      { naam: 'schoolId', label: 'School', soort: 'keuze', verplicht: true, opties: scholen.filter((s) => ONTVANGEND[z.route]?.includes(s.soort)).map((s) => ({ waarde: s.id, label: s.naam })) },
      feitdatum('Datum van aanmelding'),
    ],
  },
  afwijzen: {
    titel: 'Afwijzing vastleggen',
    knop: 'Afwijzing vastleggen',
    gelukt: 'De afwijzing is vastgelegd.',
    velden: (z) => [openAanmelding(z), { naam: 'reden', label: 'Reden', soort: 'keuze', verplicht: true, opties: opties(['geen-plaats', 'ondersteuning-niet-te-bieden', 'niveau-past-niet', 'niet-toelaatbaar', 'overig'], redenLabel) }, feitdatum(), motivering],
  },
  aanmeldingIntrekken: { titel: 'Aanmelding intrekken', knop: 'Intrekken', gelukt: 'De aanmelding is ingetrokken.', velden: (z) => [openAanmelding(z), feitdatum()] },
  plaatsen: {
    titel: 'Plaatsing vastleggen',
    knop: 'Plaatsing vastleggen',
    gelukt: 'De plaatsing is vastgelegd.',
    velden: (z) => [openAanmelding(z), feitdatum('Datum van plaatsing'), { naam: 'startdatum', label: 'Startdatum', soort: 'datum', beschrijving: 'Leeg laten voor de eerste schooldag' }],
  },
  steunpuntBesluiten: {
    titel: 'Besluit over de derde afwijzing',
    knop: 'Besluit vastleggen',
    gelukt: 'Het besluit van het Steunpunt is vastgelegd.',
    uitleg: 'Geen leerling wordt drie keer afgewezen zonder het Steunpunt. Staat de afwijzing, dan neemt het Steunpunt de regie over het vinden van een plek.',
    velden: () => [
      { naam: 'uitkomst', label: 'Uitkomst', soort: 'keuze', verplicht: true, opties: [{ waarde: 'afwijzing-bevestigd', label: 'De afwijzing staat; het Steunpunt zoekt een plek' }, { waarde: 'afwijzing-ingetrokken', label: 'De school trekt de afwijzing in' }] },
      motivering,
    ],
  },
  plaatsingVervallen: { titel: 'Plaatsing vervalt', knop: 'Plaatsing laten vervallen', gelukt: 'De plaatsing is vervallen.', velden: () => [feitdatum(), motivering] },
  startBevestigen: { titel: 'Start bevestigen', knop: 'Start bevestigen', gelukt: 'De start is bevestigd.', velden: () => [feitdatum('Eerste dag op school')] },
  nietVerschenen: { titel: 'Niet verschenen', knop: 'Vastleggen', gelukt: 'Vastgelegd: de leerling is niet verschenen.', velden: () => [feitdatum()] },
  uitvalMelden: { titel: 'Uitval melden', knop: 'Uitval melden', gelukt: 'De uitval is gemeld.', uitleg: 'Uitval in de eerste maanden telt als voortijdig schoolverlaten.', velden: () => [feitdatum('Datum van uitval')] },
  verhuizen: { titel: 'Verhuisd', knop: 'Vastleggen', gelukt: 'De verhuizing is vastgelegd.', velden: () => [feitdatum(), motivering] },
  swvVerlaten: {
    titel: 'Vertrekt uit het SWV',
    knop: 'Vastleggen',
    gelukt: 'Het vertrek is vastgelegd.',
    velden: () => [{ naam: 'reden', label: 'Reden', soort: 'keuze', verplicht: true, opties: opties(['school-buiten-swv', 'arbeid', 'dagbesteding', 'buitenland', 'overig'], vertrekLabel) }, feitdatum(), motivering],
  },
  warmeOverdrachtPlannen: { titel: 'Warme overdracht plannen', knop: 'Plannen', gelukt: 'Het gesprek is gepland.', velden: () => [{ naam: 'datum', label: 'Datum van het gesprek', soort: 'datum', verplicht: true }] },
  warmeOverdrachtVastleggen: {
    titel: 'Warme overdracht',
    knop: 'Gesprek vastleggen',
    gelukt: 'De warme overdracht is vastgelegd.',
    uitleg: 'Verzendende en ontvangende school, ouders en leerling aan tafel. Het dossier zelf gaat via OSO/Digidoor.',
    velden: () => [
      feitdatum('Datum van het gesprek'),
      { naam: 'deelnemers', label: 'Aan tafel', soort: 'keuzes', verplicht: true, opties: opties(['verzendende-school', 'ontvangende-school', 'ouders', 'leerling', 'swv', 'jeugdhulp', 'gemeente'], deelnemerLabel), standaard: ['verzendende-school', 'ontvangende-school', 'ouders', 'leerling'] },
      { naam: 'checklist.ondersteuningsafspraken', label: 'Wat is afgesproken over de ondersteuning?', soort: 'tekstvak', verplicht: true },
      { naam: 'checklist.wieVolgtOp', label: 'Wie volgt de afspraken op?', soort: 'tekst', verplicht: true, beschrijving: 'Een functie, bijvoorbeeld mentor of zorgcoördinator' },
      { naam: 'checklist.evaluatieOp', label: 'Wanneer wordt geëvalueerd?', soort: 'datum', verplicht: true },
      { naam: 'checklist.dossierBesproken', label: 'Het overstapdossier is besproken', soort: 'janee' },
      { naam: 'checklist.oppBesproken', label: 'Het OPP is besproken', soort: 'janee' },
    ],
  },
} satisfies Partial<Record<OverdrachtCommando, ActieDefinitie>> as Record<string, ActieDefinitie>;
