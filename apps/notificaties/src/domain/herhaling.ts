import type { AbonnementStatus } from './abonnement';

/**
 * When to try again after a failed delivery, and when to stop. Plain arithmetic with the
 * clock and the random source passed in, so the rules are tested without waiting.
 *
 * Two levels:
 * - the subscription (a circuit): every failure pauses the whole subscription for a
 *   back-off that grows with its consecutive failures; while paused nothing is sent, after
 *   the pause one delivery probes. A success closes the circuit. A dead subscriber thus
 *   costs one attempt per back-off, not one per waiting event. When a subscription has
 *   had no success for `opgevenNaMs` (at least a day) it is marked failing: nothing is sent
 *   until it is resumed, and every delivery is kept.
 * - the delivery: its own back-off, so one event the subscriber keeps refusing does not
 *   hold the subscription; after `opgevenNaMs` of failures while others succeed, that one
 *   delivery is given up (kept for replay) and the events behind it move on.
 */
export interface Herhaalbeleid {
  /** Back-off of the first retry (full jitter: a random moment up to this). */
  readonly basisMs: number;
  /** Ceiling of the back-off window. */
  readonly maxMs: number;
  /** Floor, so a dead subscriber is never hammered (full jitter can draw 0). */
  readonly minMs: number;
  /** Stop after this long without success. */
  readonly opgevenNaMs: number;
}

export const DAG_MS = 86_400_000;

/**
 * Full jitter ("Exponential Backoff And Jitter", AWS Architecture Blog): a uniformly
 * random wait in [0, min(max, basis × 2^(n-1))], raised to the floor. `n` ≥ 1 is the
 * number of failures so far.
 */
export function wachttijd(n: number, beleid: Herhaalbeleid, random: () => number): number {
  const exponent = Math.min(Math.max(n, 1) - 1, 40);
  const venster = Math.min(beleid.maxMs, beleid.basisMs * 2 ** exponent);
  return Math.max(beleid.minMs, Math.floor(random() * venster));
}

export interface AbonnementToestand {
  readonly status: AbonnementStatus;
  readonly opeenvolgendeFouten: number;
  /** Start of the current run of failures (null when the last attempt succeeded). */
  readonly falendSinds: Date | null;
}

export interface BezorgingToestand {
  /** Attempts before this one. */
  readonly pogingen: number;
  /** First failure of this delivery (null when none yet). */
  readonly eersteFoutOp: Date | null;
  /** Did the subscription deliver anything else since this delivery first failed? */
  readonly anderenGeluktSindsdien: boolean;
}

export interface NaMislukking {
  readonly abonnement: {
    readonly status: AbonnementStatus;
    readonly opeenvolgendeFouten: number;
    readonly falendSinds: Date;
    /** Nothing is sent before this moment. */
    readonly gepauzeerdTot: Date;
    /** True when this failure marked the subscription failing. */
    readonly werdFalend: boolean;
  };
  readonly bezorging: {
    readonly status: 'wachtend' | 'opgegeven';
    readonly pogingen: number;
    readonly eersteFoutOp: Date;
    readonly volgendePogingOp: Date;
  };
}

/** The state after a failed attempt at `nu`. */
export function naMislukking(abonnement: AbonnementToestand, bezorging: BezorgingToestand, nu: Date, beleid: Herhaalbeleid, random: () => number): NaMislukking {
  const fouten = abonnement.opeenvolgendeFouten + 1;
  const falendSinds = abonnement.falendSinds ?? nu;
  const werdFalend = abonnement.status === 'actief' && nu.getTime() - falendSinds.getTime() >= beleid.opgevenNaMs;
  const eersteFoutOp = bezorging.eersteFoutOp ?? nu;
  const pogingen = bezorging.pogingen + 1;
  // A failing subscription keeps its deliveries waiting; only a delivery that fails on
  // its own (its subscription succeeded since) is given up.
  const geefOp = !werdFalend && abonnement.status === 'actief' && nu.getTime() - eersteFoutOp.getTime() >= beleid.opgevenNaMs && bezorging.anderenGeluktSindsdien;
  return {
    abonnement: {
      status: werdFalend ? 'falend' : abonnement.status,
      opeenvolgendeFouten: fouten,
      falendSinds,
      gepauzeerdTot: new Date(nu.getTime() + wachttijd(fouten, beleid, random)),
      werdFalend,
    },
    bezorging: {
      status: geefOp ? 'opgegeven' : 'wachtend',
      pogingen,
      eersteFoutOp,
      volgendePogingOp: new Date(nu.getTime() + wachttijd(pogingen, beleid, random)),
    },
  };
}
