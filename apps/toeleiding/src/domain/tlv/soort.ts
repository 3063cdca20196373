/**
 * Soorten TLV and who gives advice. Values match `@pao/contracts` (TLV_SOORTEN, SwvCode);
 * they are repeated here so the domain stays free of zod and of other libraries.
 */
/** The id of a samenwerkingsverband (tenant) in the SWV register, e.g. 'PO'. Which SWVs exist is data. */
export type Swv = string;

/** Primair or voortgezet onderwijs: an SWV's sector decides which soorten TLV it gives. */
export const SWV_SECTOREN = ['PO', 'VO'] as const;
export type SwvSector = (typeof SWV_SECTOREN)[number];

export const TLV_SOORTEN = ['PrO', 'SBO', 'SO-laag', 'SO-midden', 'SO-hoog', 'VSO-laag', 'VSO-midden', 'VSO-hoog'] as const;
export type TlvSoort = (typeof TLV_SOORTEN)[number];

/** The SWV's own expert (001:1993): always involved, the "eerste deskundige". */
export const EERSTE_DESKUNDIGE_DISCIPLINES = ['orthopedagoog', 'psycholoog'] as const;

/** Everything a tweede deskundige can be; which of these an SWV accepts is in SwvBeleid. */
export const DISCIPLINES = [
  'orthopedagoog',
  'psycholoog',
  'jeugdpsycholoog',
  'pedagoog',
  'jeugdpsychiater',
  'arts',
  'maatschappelijk-werker',
] as const;
export type Discipline = (typeof DISCIPLINES)[number];

export const DESKUNDIGE_ROLLEN = ['eerste', 'tweede'] as const;
export type DeskundigeRol = (typeof DESKUNDIGE_ROLLEN)[number];

export const ADVIEZEN = ['toelaatbaar', 'niet-toelaatbaar'] as const;
export type Advies = (typeof ADVIEZEN)[number];

export const BOB_UITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
/** Uitkomst van een beslissing op bezwaar (and of the LBT's advice). */
export type BobUitkomst = (typeof BOB_UITKOMSTEN)[number];

export const BEZWAAR_INDIENERS = ['ouders', 'bevoegd-gezag'] as const;
export type BezwaarIndiener = (typeof BEZWAAR_INDIENERS)[number];

/** Matches ONTBREKENDE_ONDERDELEN in @pao/contracts. */
export const ONTBREKENDE_ONDERDELEN = [
  'ondersteuningsbehoefte',
  'opp',
  'tlo-verslag',
  'deskundigenadvies',
  'tweede-deskundigenadvies',
  'motivering-duur',
  'overig',
] as const;
export type OntbrekendOnderdeel = (typeof ONTBREKENDE_ONDERDELEN)[number];

export const EINDE_REDENEN = ['terugplaatsing-regulier', 'overplaatsing', 'verhuizing', 'uitstroom', 'overig'] as const;
/** Why a running TLV ended early; 'herroepen' is set by a gegrond bezwaar, never by a command. */
export type EindeReden = (typeof EINDE_REDENEN)[number] | 'herroepen';

/** Uitkomst of an uitspraak on beroep (Awb 8:70). */
export const UITSPRAAK_UITKOMSTEN = ['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const;
export type UitspraakUitkomst = (typeof UITSPRAAK_UITKOMSTEN)[number];

export const BEROEP_INDIENERS = BEZWAAR_INDIENERS;

/**
 * Why a bezwaar- or beroepschrift is on time or not (Awb 6:9): received within the term
 * (lid 1), or posted within it and received at most a week after (lid 2), or late.
 */
export const TIJDIGHEID_REGELS = ['awb-6:9-lid-1', 'awb-6:9-lid-2', 'te-laat'] as const;
export type TijdigheidRegel = (typeof TIJDIGHEID_REGELS)[number];

/**
 * Which term passed unused so the besluit became onherroepelijk. Each waits for the
 * week of Awb 6:9 lid 2 after the term: a timely posted appeal can still arrive then.
 */
export const ONHERROEPELIJK_REGELS = ['bezwaartermijn-verstreken', 'beroepstermijn-verstreken', 'hoger-beroepstermijn-verstreken'] as const;
export type OnherroepelijkRegel = (typeof ONHERROEPELIJK_REGELS)[number];

/** The yearly question for a running TLV: does terug- or overplaatsing fit (001:2080-2082)? */
export const EVALUATIE_UITKOMSTEN = ['voortzetten', 'terugplaatsing-voorbereiden', 'overplaatsing-voorbereiden'] as const;
export type EvaluatieUitkomst = (typeof EVALUATIE_UITKOMSTEN)[number];
