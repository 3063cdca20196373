import { type IsoDatum } from '@pao/zaak/domein';
import { type Niveau, type VerzuimSoort } from './begrippen';

/**
 * A clock the case keeps: computed once, when the fact that starts it is recorded, by the
 * rule in force that day (so a later rule change does not move a running clock, and the
 * version is recorded with it).
 */
export interface Klok {
  /** The last day; the term passes at 00:00 the next day (Europe/Amsterdam). */
  readonly vervaltOp: IsoDatum;
  readonly regelVersie: string;
  /** Days before the end on which the owner is warned (at least 1: no timer passes unannounced). */
  readonly waarschuwingDagen: number;
}

/** The first day a pupil counts as a thuiszitter, and the clock that runs until then. */
export interface ThuiszitterGrens {
  readonly vanaf: IsoDatum;
  readonly klok: Klok;
}

/**
 * Port to the versioned rules per SWV (the configuration lives outside the domain, in
 * `src/regels/`): every length of time, every warning and every escalation moment comes
 * from here, never from a literal in a handler. Implementations must be pure.
 */
export interface ThuiszittersRegels {
  /** 4 weeks of absence (langdurig relatief verzuim; absoluut verzuim per SWV day 0 or 4 weeks). */
  thuiszitterGrens(swv: string, soort: VerzuimSoort, thuisSinds: IsoDatum): ThuiszitterGrens;
  /** The Thuiszitterspact: a passend aanbod within 3 months of the first day at home. */
  passendAanbod(swv: string, thuisSinds: IsoDatum): Klok;
  /** The moment a case that makes no progress at this level escalates (undefined: no automatic moment). */
  escalatie(swv: string, niveau: Niveau, vanaf: IsoDatum): Klok | undefined;
  /** An agreed action's due date with the warning before it. */
  actie(swv: string, uiterlijkOp: IsoDatum, peildatum: IsoDatum): Klok;
  /** Zorgplicht: 6 weeks after the written aanmelding, once extended by 4. */
  zorgplicht(swv: string, aanmeldingOp: IsoDatum, verlengd: boolean): Klok;
  /** A crisis melding: the overleg with school, parents and experts is due within days. */
  crisisOverleg(swv: string, gemeldOp: IsoDatum): Klok;
  /** A signal from another service must be assessed within days. */
  signaalBeoordeling(swv: string, ontvangenOp: IsoDatum): Klok;
  /** A date agreed at the table (doorzettingskracht) or imposed (doorzettingsmacht), with its warning. */
  afspraak(swv: string, uiterlijkOp: IsoDatum, peildatum: IsoDatum): Klok;
  /** Default term for the school named by doorzettingsmacht to offer a place. */
  doorzettingsmachtAanbod(swv: string, besluitOp: IsoDatum): IsoDatum;
  /** After the agreed start of an aanbod: the check that the pupil really started. */
  aanbodStart(swv: string, startOp: IsoDatum): Klok;
  /** The woongemeente assumed when the melder does not name one (CBS code). */
  standaardGemeente(swv: string, peildatum: IsoDatum): string;
}
