import { PARTIJEN, type Partij, type VolgendeStap } from '../domain';

/** Dutch wording of the domain's next-step codes, as the werkvoorraad shows them. */
const WAT: Record<string, string> = {
  'aanvraag-indienen': 'Aanvraag indienen',
  'ontvankelijkheid-beoordelen': 'Ontvankelijkheid beoordelen',
  'aanvulling-aanleveren': 'Aanvulling aanleveren',
  'deskundigenadvies-geven': 'Deskundigenadvies vastleggen',
  'tweede-deskundigenadvies-vastleggen': 'Advies tweede deskundige vastleggen',
  'besluit-nemen': 'Besluit nemen',
  'besluit-bekendmaken': 'Besluit bekendmaken',
  'bezwaartermijn-loopt': 'Bezwaartermijn loopt',
  'doorsturen-naar-lbt': 'Bezwaar doorsturen naar de LBT',
  'advies-uitbrengen': 'Advies van de LBT afwachten',
  'beslissen-op-bezwaar': 'Beslissen op bezwaar',
  'beroepstermijn-loopt': 'Beroepstermijn loopt',
  'termijnoverschrijding-beoordelen': 'Beoordelen of de te late indiening verschoonbaar is',
  'uitspraak-doen': 'Uitspraak van de rechtbank afwachten',
  'opnieuw-beslissen-op-bezwaar': 'Opnieuw beslissen op bezwaar (na uitspraak)',
  'hoger-beroepstermijn-loopt': 'Termijn voor hoger beroep loopt',
  'leerling-plaatsen': 'Leerling plaatsen',
  'terugplaatsing-of-verlenging': 'Terugplaatsing regelen of verlenging aanvragen',
};

export interface StapWeergave {
  readonly wie: Partij;
  readonly wat: string;
  readonly actie: string;
}

const isPartij = (p: string): p is Partij => (PARTIJEN as readonly string[]).includes(p);

export function stapWeergave(partij: string | null | undefined, actie: string | null | undefined): StapWeergave | null {
  if (!partij || !actie || !isPartij(partij)) return null;
  return { wie: partij, wat: WAT[actie] ?? actie, actie };
}

export function stapVan(stap: VolgendeStap | null): StapWeergave | null {
  return stap ? stapWeergave(stap.partij, stap.actie) : null;
}
