import { type SwvBeleid } from './beleid';
import { type Termijnrekenaar } from './termijnrekenaar';

export const ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'school', 'systeem'] as const;
/** 'systeem' is the deadline engine firing a term's consequence. */
export type Rol = (typeof ROLLEN)[number];

export interface Actor {
  readonly id: string;
  readonly rol: Rol;
  /** The SWV ('PO'/'VO') for SWV staff; the school or bevoegd gezag id for school users. */
  readonly organisatie: string;
}

export interface TlvContext {
  readonly nu: Date;
  readonly actor: Actor;
  readonly termijnen: Termijnrekenaar;
  /** Opaque ids (UUIDs) for new aanvragen, besluiten, TLVs and bezwaren: injected, so decide stays pure. */
  readonly nieuwId: () => string;
  /** Rules in force; defaults to standaardBeleid(swv). */
  readonly beleid?: SwvBeleid;
}
