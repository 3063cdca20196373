import { type DeskundigeRol, type Discipline, type Swv, type SwvSector, type TlvSoort } from './soort';
import { LANDELIJKE_PRO_CRITERIA, type ProCriteria } from './pro-criteria';

/**
 * Rules that differ per SWV or change over time: versioned configuration (DOMAIN.md §3),
 * never literals in handlers. The service loads the version in force; tests and demo
 * data use the defaults below.
 */
export interface SwvBeleid {
  readonly swv: Swv;
  /** Stored with what it decided, e.g. in deadline intents. */
  readonly versie: string;
  readonly soorten: readonly TlvSoort[];
  readonly tweedeDeskundigen: readonly Discipline[];
  /**
   * Soorten for which the law asks a second deskundige: a move to speciaal onderwijs
   * (001:1993-1997). Not PrO: that is judged on the national criteria (001:1159-1161).
   */
  readonly tweedeDeskundigeVoor: readonly TlvSoort[];
  /** Soorten whose TLV lasts at least one full school year: VSO (001:2025-2027). */
  readonly minimaalEenSchooljaarVoor: readonly TlvSoort[];
  /** The PrO criteria a toelaatbaar PrO besluit is judged on. */
  readonly proCriteria: ProCriteria;
  /**
   * 'MM-DD': a transfer around the teldatum or peildatum must be realised on or before it
   * (001:2050-2054). VO: 1 October and 1 February; PO: 1 February (teldatum since 2023) [check].
   */
  readonly plaatsingPeildata: readonly string[];
  /** 'MM-DD' in the last school year of a TLV: cut-off to ask for re-assessment [check]. */
  readonly herbeoordelingPeildatum: string;
}

const TWEEDE_DESKUNDIGEN: readonly Discipline[] = [
  'jeugdpsycholoog',
  'pedagoog',
  'jeugdpsychiater',
  'arts',
  'maatschappelijk-werker',
  // The law names an "(ortho)pedagoog"; 001:1995 lists only pedagoog [check].
  'orthopedagoog',
];

/** The default policy of an SWV of a sector (its sector comes from the SWV register). */
export function standaardBeleid(swv: Swv, sector: SwvSector): SwvBeleid {
  return {
    swv,
    versie: `tlv-beleid/${swv}/2026-12-01`,
    soorten: sector === 'VO' ? ['PrO', 'VSO-laag', 'VSO-midden', 'VSO-hoog'] : ['SBO', 'SO-laag', 'SO-midden', 'SO-hoog'],
    tweedeDeskundigen: TWEEDE_DESKUNDIGEN,
    // SBO is speciaal (basis)onderwijs too [check]; PrO is not.
    tweedeDeskundigeVoor: ['SBO', 'SO-laag', 'SO-midden', 'SO-hoog', 'VSO-laag', 'VSO-midden', 'VSO-hoog'],
    // The seeds state the minimum for VSO only; for SO none is given [check].
    minimaalEenSchooljaarVoor: ['VSO-laag', 'VSO-midden', 'VSO-hoog'],
    proCriteria: LANDELIJKE_PRO_CRITERIA,
    plaatsingPeildata: sector === 'VO' ? ['10-01', '02-01'] : ['02-01'],
    herbeoordelingPeildatum: '04-15',
  };
}

/** The deskundigen whose advice a besluit on this soort needs. */
export function vereisteDeskundigen(soort: TlvSoort | undefined, beleid: SwvBeleid): readonly DeskundigeRol[] {
  // Unknown soort (not yet chosen): the stricter rule.
  return soort === undefined || beleid.tweedeDeskundigeVoor.includes(soort) ? ['eerste', 'tweede'] : ['eerste'];
}

/** The first teldatum or peildatum on or after `vanaf`: the day a placement must be realised by (001:2050-2054). */
export function plaatsingUiterlijk(vanaf: string, beleid: SwvBeleid): string {
  const jaar = Number(vanaf.slice(0, 4));
  const kandidaten = [jaar, jaar + 1].flatMap((j) => beleid.plaatsingPeildata.map((md) => `${j}-${md}`)).filter((d) => d >= vanaf);
  return kandidaten.sort()[0];
}
