/** Dutch words for the codes the API uses. Unknown codes are shown readably, never hidden. */
import type { Commando, Partij, Rol, Status, SwvSector, TlvSoort, Uitvoering } from './api/types';

export function leesbaar(code: string): string {
  const s = code.replace(/[-_]/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const uit = (tabel: Record<string, string>) => (code: string | null | undefined): string => (code ? (tabel[code] ?? leesbaar(code)) : '—');

export const STATUS_LABELS: Record<string, string> = {
  concept: 'Concept',
  ingediend: 'Ingediend',
  'aanvulling-gevraagd': 'Aanvulling gevraagd',
  'in-behandeling': 'In behandeling',
  'advies-compleet': 'Advies compleet',
  'besluit-genomen': 'Besluit genomen',
  bekendgemaakt: 'Bekendgemaakt',
  'bezwaar-ingediend': 'Bezwaar ingediend',
  'bij-lbt': 'Bij LBT',
  'lbt-advies-ontvangen': 'LBT-advies ontvangen',
  'beslist-op-bezwaar': 'Beslist op bezwaar',
  'beroep-ingesteld': 'Beroep ingesteld',
  'beroep-gegrond': 'Beroep gegrond, opnieuw beslissen',
  'uitspraak-gedaan': 'Uitspraak gedaan',
  onherroepelijk: 'Onherroepelijk',
  ingetrokken: 'Ingetrokken',
  'buiten-behandeling': 'Buiten behandeling',
} satisfies Record<Status, string>; // every status toeleiding declares has its label
export const statusLabel = uit(STATUS_LABELS);

export const UITVOERING_LABELS: Record<string, string> = {
  'niet-geplaatst': 'Nog niet geplaatst',
  overbrugging: 'Overbruggingsarrangement',
  geplaatst: 'Geplaatst',
  verlopen: 'Verlopen',
  beeindigd: 'Beëindigd',
} satisfies Record<Uitvoering, string>;
export const uitvoeringLabel = uit(UITVOERING_LABELS);

export const ACTIE_LABELS: Record<string, string> = {
  conceptWijzigen: 'Concept wijzigen',
  indienen: 'Aanvraag indienen',
  aanvullingVragen: 'Aanvulling vragen',
  aanvullen: 'Aanvulling registreren',
  buitenBehandelingStellen: 'Buiten behandeling stellen',
  inBehandelingNemen: 'In behandeling nemen',
  adviesVastleggen: 'Deskundigenadvies vastleggen',
  besluitNemen: 'Besluit nemen',
  bekendmaken: 'Besluit bekendmaken',
  bezwaarRegistreren: 'Bezwaar registreren',
  termijnoverschrijdingBeoordelen: 'Te late indiening beoordelen',
  beroepRegistreren: 'Beroep registreren',
  uitspraakRegistreren: 'Uitspraak registreren',
  jaarlijkseEvaluatieVastleggen: 'Jaarlijkse evaluatie vastleggen',
  doorsturenNaarLbt: 'Doorsturen naar LBT',
  lbtAdviesRegistreren: 'LBT-advies registreren',
  beslissingOpBezwaarVerdagen: 'Beslissing op bezwaar verdagen',
  beslissenOpBezwaar: 'Beslissen op bezwaar',
  onherroepelijkVerklaren: 'Onherroepelijk verklaren',
  intrekken: 'Aanvraag intrekken',
  overbruggingStarten: 'Overbrugging starten',
  overbruggingBeeindigen: 'Overbrugging beëindigen',
  plaatsingRegistreren: 'Plaatsing registreren',
  einddatumWijzigen: 'Einddatum wijzigen',
  verlopen: 'Verlopen',
  beeindigen: 'TLV beëindigen',
  verlengingAanvragen: 'Verlenging aanvragen',
  aanmaken: 'Aanvraag aangemaakt',
  behandelaarToewijzen: 'Behandelaar toegewezen',
  documentToevoegen: 'Document toegevoegd',
  briefOpstellen: 'Besluitbrief opgesteld',
  briefVerzenden: 'Besluitbrief verzonden',
} satisfies Record<Commando, string> & Record<string, string>; // every command toeleiding may offer has its label
export const actieLabel = uit(ACTIE_LABELS);

/** What happened, for the timeline (past tense). */
export const TIJDLIJN_LABELS: Record<string, string> = {
  aanmaken: 'Aanvraag aangemaakt',
  conceptWijzigen: 'Concept gewijzigd',
  indienen: 'Aanvraag ingediend',
  aanvullingVragen: 'Aanvulling gevraagd',
  aanvullen: 'Aanvulling ontvangen',
  buitenBehandelingStellen: 'Buiten behandeling gesteld',
  inBehandelingNemen: 'In behandeling genomen',
  adviesVastleggen: 'Deskundigenadvies vastgelegd',
  besluitNemen: 'Besluit genomen',
  bekendmaken: 'Besluit bekendgemaakt',
  bezwaarRegistreren: 'Bezwaar geregistreerd',
  termijnoverschrijdingBeoordelen: 'Te late indiening beoordeeld',
  beroepRegistreren: 'Beroep geregistreerd',
  uitspraakRegistreren: 'Uitspraak geregistreerd',
  jaarlijkseEvaluatieVastleggen: 'Jaarlijkse evaluatie vastgelegd',
  doorsturenNaarLbt: 'Bezwaar doorgestuurd naar LBT',
  lbtAdviesRegistreren: 'Advies LBT geregistreerd',
  beslissingOpBezwaarVerdagen: 'Beslissing op bezwaar verdaagd',
  beslissenOpBezwaar: 'Beslist op bezwaar',
  onherroepelijkVerklaren: 'Besluit onherroepelijk',
  intrekken: 'Aanvraag ingetrokken',
  overbruggingStarten: 'Overbrugging gestart',
  overbruggingBeeindigen: 'Overbrugging beëindigd',
  plaatsingRegistreren: 'Plaatsing geregistreerd',
  einddatumWijzigen: 'Einddatum gewijzigd',
  verlopen: 'TLV verlopen',
  beeindigen: 'TLV beëindigd',
  verlengingAanvragen: 'Verlenging aangevraagd',
  behandelaarToewijzen: 'Behandelaar toegewezen',
  documentToevoegen: 'Document toegevoegd',
  briefOpstellen: 'Besluitbrief opgesteld',
  briefVerzenden: 'Besluitbrief verzonden',
};
export const tijdlijnLabel = (code: string | null | undefined): string => (code ? (TIJDLIJN_LABELS[code] ?? actieLabel(code)) : '—');

export const ROL_LABELS: Record<string, string> = {
  consulent: 'Consulent',
  orthopedagoog: 'Orthopedagoog',
  teamleider: 'Teamleider',
  actietafel: 'Actietafel',
  gemeente: 'Gemeente',
  beheerder: 'Beheerder',
  school: 'School',
  ouders: 'Ouders',
  lbt: 'LBT',
  rechtbank: 'Rechtbank',
  systeem: 'Systeem',
} satisfies Record<Rol | Partij, string> & Record<string, string>;
export const rolLabel = uit(ROL_LABELS);

/** kebab-case step codes of the domain; a step already in words is shown as given. */
export const STAP_LABELS: Record<string, string> = {
  'aanvraag-indienen': 'Aanvraag indienen',
  'ontvankelijkheid-beoordelen': 'Ontvankelijkheid beoordelen',
  'aanvulling-aanleveren': 'Aanvulling aanleveren',
  'deskundigenadvies-geven': 'Deskundigenadvies geven',
  'tweede-deskundigenadvies-vastleggen': 'Advies tweede deskundige vastleggen',
  'besluit-nemen': 'Besluit nemen',
  'besluit-bekendmaken': 'Besluit bekendmaken',
  'bezwaartermijn-loopt': 'Bezwaartermijn loopt',
  'doorsturen-naar-lbt': 'Doorsturen naar LBT',
  'advies-uitbrengen': 'Advies uitbrengen',
  'beslissen-op-bezwaar': 'Beslissen op bezwaar',
  'beroepstermijn-loopt': 'Beroepstermijn loopt',
  'termijnoverschrijding-beoordelen': 'Te late indiening beoordelen',
  'uitspraak-doen': 'Uitspraak rechtbank afwachten',
  'opnieuw-beslissen-op-bezwaar': 'Opnieuw beslissen op bezwaar',
  'hoger-beroepstermijn-loopt': 'Termijn hoger beroep loopt',
  'leerling-plaatsen': 'Leerling plaatsen',
  'terugplaatsing-of-verlenging': 'Terugplaatsing of verlenging regelen',
};
export function stapLabel(wat: string | null | undefined): string {
  if (!wat) return '—';
  if (STAP_LABELS[wat]) return STAP_LABELS[wat];
  return /^[a-z]+(-[a-z]+)+$/.test(wat) ? leesbaar(wat) : wat;
}

export const TERMIJN_LABELS: Record<string, string> = {
  beslistermijn: 'Beslistermijn',
  aanvullingstermijn: 'Termijn voor aanvulling',
  bezwaartermijn: 'Bezwaartermijn',
  'doorzending-lbt': 'Doorsturen naar LBT',
  'beslissing-op-bezwaar': 'Beslistermijn op bezwaar',
  beroepstermijn: 'Beroepstermijn',
  'laatste-schooljaar': 'Laatste schooljaar TLV',
  herbeoordeling: 'Herbeoordeling aanvragen',
  nazendtermijn: 'Week voor per post verzonden bezwaar of beroep (Awb 6:9)',
  'hoger-beroepstermijn': 'Termijn hoger beroep',
  'plaatsing-peildatum': 'Plaatsen vóór teldatum of peildatum',
  'jaarlijkse-evaluatie': 'Jaarlijkse evaluatie (OPP, terug- of overplaatsing)',
  'tlv-einde': 'Einde TLV',
};
export const termijnLabel = uit(TERMIJN_LABELS);

export const SOORT_LABELS: Record<string, string> = {
  PrO: 'Praktijkonderwijs (PrO)',
  SBO: 'Speciaal basisonderwijs (SBO)',
  'SO-laag': 'SO categorie I (laag)',
  'SO-midden': 'SO categorie II (midden)',
  'SO-hoog': 'SO categorie III (hoog)',
  'VSO-laag': 'VSO categorie I (laag)',
  'VSO-midden': 'VSO categorie II (midden)',
  'VSO-hoog': 'VSO categorie III (hoog)',
} satisfies Record<TlvSoort, string>;
export const soortLabel = uit(SOORT_LABELS);

/** Soorten TLV by the sector of the SWV (PO or VO). */
export const SOORTEN_PER_SECTOR = {
  PO: ['SBO', 'SO-laag', 'SO-midden', 'SO-hoog'],
  VO: ['PrO', 'VSO-laag', 'VSO-midden', 'VSO-hoog'],
} as const satisfies Record<SwvSector, readonly TlvSoort[]>;

export const SIGNAAL_LABELS = { verlopen: 'Verlopen', risico: 'Dreigt te verlopen', 'op-tijd': 'Op tijd' } as const;

export const WAARDE_LABELS: Record<string, string> = {
  toelaatbaar: 'Toelaatbaar',
  'niet-toelaatbaar': 'Niet toelaatbaar',
  gegrond: 'Gegrond',
  ongegrond: 'Ongegrond',
  'niet-ontvankelijk': 'Niet-ontvankelijk',
  ouders: 'Ouders',
  'bevoegd-gezag': 'Bevoegd gezag',
  eerste: 'Eerste deskundige (SWV)',
  tweede: 'Tweede deskundige',
  onbepaald: 'Onbepaalde tijd',
};
export const waardeLabel = uit(WAARDE_LABELS);
