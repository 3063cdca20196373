import { type Werkcontext, type ZaakActor } from '@pao/zaak/domein';
import { type Budgetregel } from './budget';
import { type OjaRegelset } from './regels';

/**
 * Roles as the OJA domain sees them. 'school' arrives with issue 16; 'systeem' is the
 * deadline engine. For a gemeente actor `organisatie` is its CBS code (the application
 * maps the account's organisation through the configuration), for SWV staff the SWV.
 */
export const OJA_ROLLEN = ['consulent', 'orthopedagoog', 'teamleider', 'gemeente', 'school', 'actietafel', 'beheerder', 'systeem'] as const;
export type OjaRol = (typeof OJA_ROLLEN)[number];

export interface OjaWerkcontext extends Werkcontext {
  readonly actor: ZaakActor;
  readonly regels: OjaRegelset;
  /**
   * Budget and committed money of the SWV per payer and budget period, read under the
   * SWV's budget lock in the command's transaction. Only commands that commit money need it.
   */
  readonly budgetstand?: readonly Budgetregel[];
}
