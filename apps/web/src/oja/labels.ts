import { leesbaar } from '../labels';
import { type Arrangement, type ArrangementStatus, type Betaler, type OjaCommando, type Signaal, type Vorm } from './types';

/** A table of Dutch words; with a vocabulary as K it must name every code of it, as the API declares it (./types). */
const uit =
  <K extends string = string>(tabel: Record<K, string>) =>
  (code: string | null | undefined): string =>
    code ? ((tabel as Record<string, string>)[code] ?? leesbaar(code)) : '—';

export const statusLabel = uit<ArrangementStatus>({
  'in-beoordeling': 'In beoordeling',
  beoordeeld: 'Beoordeeld (wacht op toekenning)',
  toegekend: 'Toegekend (nog niet gestart)',
  lopend: 'Lopend',
  beeindigd: 'Beëindigd (af te sluiten)',
  afgesloten: 'Afgesloten',
  afgewezen: 'Afgewezen',
  ingetrokken: 'Ingetrokken',
});

export const aanZetLabel = (code: string | null): string => {
  if (!code) return '—';
  if (code.startsWith('beoordeling:')) {
    const wie = code.slice('beoordeling:'.length).split('+').map((w) => ({ onderwijs: 'onderwijs (SWV)', gemeente: 'gemeente', steunpunt: 'Steunpunt (Wlz-indicatie)' })[w] ?? w);
    return `Beoordeling door ${wie.join(' en ')}`;
  }
  return { toekenning: 'Toekenning door de teamleider', start: 'Start', uitvoering: 'Uitvoering en evaluaties', afsluiting: 'Afsluiten met resultaat' }[code] ?? leesbaar(code);
};

export const ACTIE_LABELS: Record<Exclude<OjaCommando, 'einddatumBereikt'>, string> = {
  onderwijsBeoordelen: 'Beoordelen (onderwijs)',
  jeugdhulpBeoordelen: 'Beoordelen (jeugdhulp)',
  toekennen: 'Toekennen',
  starten: 'Start registreren',
  evalueren: 'Evaluatie vastleggen',
  verlengen: 'Verlengen',
  beeindigen: 'Beëindigen',
  afsluiten: 'Afsluiten met resultaat',
  intrekken: 'Intrekken',
  realisatieBoeken: 'Realisatie boeken',
  correctieBoeken: 'Correctie boeken',
  leerlingPlaatsen: 'Leerling plaatsen',
  leerlingUitschrijven: 'Leerling uitschrijven',
};
export const actieLabel = uit(ACTIE_LABELS);

export const tijdlijnLabel = uit({
  ...Object.fromEntries(Object.entries(ACTIE_LABELS).map(([k, v]) => [k, v])),
  aanvragen: 'Aangevraagd',
  inrichten: 'Ingericht (collectief)',
  einddatumBereikt: 'Einddatum bereikt',
  'budget-overschreden': 'Boven budget besloten',
});

export const signaalLabel = uit<Signaal>({
  'evaluatie-verlopen': 'Evaluatie verlopen',
  'evaluatie-binnenkort': 'Evaluatie binnenkort',
  'einde-binnenkort': 'Einddatum nadert',
  'boven-budget': 'Boven budget',
});

export const termijnLabel = uit({ beoordeling: 'Beoordeling', evaluatie: 'Evaluatie', 'arrangement-einde': 'Einddatum', afsluiting: 'Afsluiten' });
export const oordeelLabel = uit<NonNullable<Arrangement['beoordeling']['onderwijs']>['oordeel']>({ akkoord: 'Akkoord', 'niet-akkoord': 'Niet akkoord' });
export const referentieLabel = uit<NonNullable<NonNullable<Arrangement['beoordeling']['jeugdhulp']>['referentie']>['soort']>({ beschikking: 'Beschikking', toewijzing: 'Toewijzing', indicatie: 'Wlz-indicatie (CIZ)' });
export const uitkomstLabel = uit<Arrangement['evaluaties'][number]['uitkomst']>({ voortzetten: 'Voortzetten', bijstellen: 'Bijstellen', afbouwen: 'Afbouwen', beeindigen: 'Beëindigen' });
export const redenLabel = uit<NonNullable<Arrangement['einde']>['reden']>({ 'einde-looptijd': 'Einde looptijd', 'doel-bereikt': 'Doel bereikt', voortijdig: 'Voortijdig', verhuizing: 'Verhuizing', overig: 'Overig' });
export const resultaatLabel = uit<NonNullable<Arrangement['afsluiting']>['resultaat']>({ 'doel-bereikt': 'Doel bereikt', 'deels-bereikt': 'Deels bereikt', 'niet-bereikt': 'Niet bereikt' });
export const vervolgLabel = uit<NonNullable<Arrangement['afsluiting']>['vervolg']>({
  'regulier-onderwijs': 'Regulier onderwijs',
  'speciaal-onderwijs': 'Speciaal onderwijs',
  'mbo-of-arbeid': 'Mbo of arbeid',
  'jeugdhulp-zonder-onderwijs': 'Jeugdhulp zonder onderwijs',
  anders: 'Anders',
});
export const boekingLabel = uit<Arrangement['geld']['boekingen'][number]['soort']>({ verplichting: 'Verplichting', vrijval: 'Vrijval', correctie: 'Correctie', realisatie: 'Realisatie' });
export const vormLabel = uit<Vorm>({ individueel: 'Individueel', collectief: 'Collectief' });
export const soortBetalerLabel = uit<Betaler['soort']>({ onderwijs: 'Onderwijs (SWV)', jeugdwet: 'Jeugdwet', wmo: 'Wmo', wlz: 'Wlz', participatiewet: 'Participatiewet' });
