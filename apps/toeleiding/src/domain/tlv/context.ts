import { type SwvBeleid } from './beleid';
import { type Termijnrekenaar } from './termijnrekenaar';

export const ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'school', 'systeem'] as const;
/** 'systeem' is the deadline engine firing a term's consequence. */
export type Rol = (typeof ROLLEN)[number];

export interface Actor {
  readonly id: string;
  readonly rol: Rol;
  /** The SWV id (e.g. 'VO') for SWV staff; the school or bevoegd gezag id for school users. */
  readonly organisatie: string;
}

export interface TlvContext {
  readonly nu: Date;
  readonly actor: Actor;
  readonly termijnen: Termijnrekenaar;
  /** Opaque ids (UUIDs) for new aanvragen, besluiten, TLVs and bezwaren: injected, so decide stays pure. */
  readonly nieuwId: () => string;
  /** Rules in force for the case's SWV (the service looks them up by the SWV's sector). */
  readonly beleid: SwvBeleid;
}
