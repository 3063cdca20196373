import { type Discipline, type Swv, type SwvSector, type TlvSoort } from './soort';

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
  /** VSO TLVs last at least one full school year (001:2025). */
  readonly minimaalEenSchooljaar: boolean;
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
    versie: `tlv-beleid/${swv}/2025-08-01`,
    soorten: sector === 'VO' ? ['PrO', 'VSO-laag', 'VSO-midden', 'VSO-hoog'] : ['SBO', 'SO-laag', 'SO-midden', 'SO-hoog'],
    tweedeDeskundigen: TWEEDE_DESKUNDIGEN,
    minimaalEenSchooljaar: true,
    herbeoordelingPeildatum: '04-15',
  };
}
