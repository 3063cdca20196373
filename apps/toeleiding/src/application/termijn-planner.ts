import { type EntityManager } from 'typeorm';
import { type TermijnIntentie, type TlvAanvraag } from '../domain';

/** Work to run once the transaction has committed (e.g. waking deadline jobs). */
export type NaCommit = () => Promise<void>;

/**
 * Port to the deadline engine: after every change the case's deadlines are brought in
 * line with `termijnen(state)` inside the same transaction (arm new ones, move changed
 * ones, cancel those no longer listed).
 */
export interface TermijnPlanner {
  synchroniseer(m: EntityManager, state: TlvAanvraag, intenties: readonly TermijnIntentie[]): Promise<NaCommit>;
}

export const TERMIJN_PLANNER = Symbol('TERMIJN_PLANNER');

/** For tools that must not touch deadlines (e.g. a dry run). */
export const geenTermijnen: TermijnPlanner = { synchroniseer: async () => async () => undefined };
