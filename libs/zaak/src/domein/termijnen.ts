/**
 * Deadlines as the domain declares them: given a state, which terms run now. The kit
 * keeps the deadline rows equal to this list after every command (arm what is new, move
 * what changed, cancel what is gone), so a closed case arms nothing by construction.
 */
export interface Waarschuwing {
  /** Calendar days before the moment the term passes. */
  readonly dagen: number;
}

export interface TermijnIntentie<K extends string = string> {
  /** What kind of term, kebab-case: 'bezwaartermijn', 'passend-aanbod'. One per kind per case. */
  readonly soort: string;
  /** The last day, 'YYYY-MM-DD': the term passes at 00:00 the next day (Europe/Amsterdam), a reminder at 00:00 that day. */
  readonly vervaltOp: string;
  /** The version of the rule that computed the date (shown in events and the case). */
  readonly regelVersie: string;
  /** The command the deadline engine gives (as 'systeem') once the term has passed, if any. */
  readonly bijVerstrijken?: K;
  /** Overrides the warnings of the soort (e.g. a per-SWV rule). */
  readonly waarschuwingen?: readonly Waarschuwing[];
}

/** How each soort of a service is scheduled: a reminder fires at the start of its day; warnings give the owner time. */
export interface TermijnSoort {
  readonly herinnering?: boolean;
  readonly waarschuwingen?: readonly Waarschuwing[];
}

export type TermijnSoorten = Readonly<Record<string, TermijnSoort>>;
