import { leesbaar } from '../labels';

const uit = (tabel: Record<string, string>) => (code: string | null | undefined): string => (code ? (tabel[code] ?? leesbaar(code)) : '—');

export const statusLabel = uit({
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

export const ACTIE_LABELS: Record<string, string> = {
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

export const signaalLabel = uit({
  'evaluatie-verlopen': 'Evaluatie verlopen',
  'evaluatie-binnenkort': 'Evaluatie binnenkort',
  'einde-binnenkort': 'Einddatum nadert',
  'boven-budget': 'Boven budget',
});

export const termijnLabel = uit({ beoordeling: 'Beoordeling', evaluatie: 'Evaluatie', 'arrangement-einde': 'Einddatum', afsluiting: 'Afsluiten' });
export const oordeelLabel = uit({ akkoord: 'Akkoord', 'niet-akkoord': 'Niet akkoord' });
export const referentieLabel = uit({ beschikking: 'Beschikking', toewijzing: 'Toewijzing', indicatie: 'Wlz-indicatie (CIZ)' });
export const uitkomstLabel = uit({ voortzetten: 'Voortzetten', bijstellen: 'Bijstellen', afbouwen: 'Afbouwen', beeindigen: 'Beëindigen' });
export const redenLabel = uit({ 'einde-looptijd': 'Einde looptijd', 'doel-bereikt': 'Doel bereikt', voortijdig: 'Voortijdig', verhuizing: 'Verhuizing', overig: 'Overig' });
export const resultaatLabel = uit({ 'doel-bereikt': 'Doel bereikt', 'deels-bereikt': 'Deels bereikt', 'niet-bereikt': 'Niet bereikt' });
export const vervolgLabel = uit({
  'regulier-onderwijs': 'Regulier onderwijs',
  'speciaal-onderwijs': 'Speciaal onderwijs',
  'mbo-of-arbeid': 'Mbo of arbeid',
  'jeugdhulp-zonder-onderwijs': 'Jeugdhulp zonder onderwijs',
  anders: 'Anders',
});
export const boekingLabel = uit({ verplichting: 'Verplichting', vrijval: 'Vrijval', correctie: 'Correctie', realisatie: 'Realisatie' });
export const vormLabel = uit({ individueel: 'Individueel', collectief: 'Collectief' });
export const soortBetalerLabel = uit({ onderwijs: 'Onderwijs (SWV)', jeugdwet: 'Jeugdwet', wmo: 'Wmo', wlz: 'Wlz', participatiewet: 'Participatiewet' });
