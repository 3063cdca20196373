import { type IsoDatum } from '@pao/zaak/domein';
import { type Swv } from './soort';

/**
 * Port to the legal calendar (`@pao/deadlines`, written separately): the domain says
 * which term runs from which date; the calendar knows week counts per SWV, the
 * Algemene termijnenwet and rule versions. Implementations must be pure.
 */
export interface Termijn {
  /** Last day of the term, after any Atw extension. */
  readonly datum: IsoDatum;
  readonly regelVersie: string;
}

/** A closed period in which the beslistermijn stood still (Awb 4:15). */
export interface Opschortingsperiode {
  readonly van: IsoDatum;
  readonly tot: IsoDatum;
}

export interface Termijnrekenaar {
  /** Awb 4:13 "redelijke termijn", per SWV (default 6 weeks), extended by opschortingen. */
  beslistermijnEinde(ingediendOp: IsoDatum, opschortingen: readonly Opschortingsperiode[], swv: Swv): Termijn;
  /** 6 weeks from the day after bekendmaking (Awb 6:7, 6:8) plus Atw. */
  bezwaartermijnEinde(bekendmaking: IsoDatum, swv: Swv): Termijn;
  /** Forward a bezwaar to the LBT (practice: 14 days). */
  doorzendtermijnLbtEinde(bezwaarOntvangen: IsoDatum, swv: Swv): Termijn;
  /** 12 weeks (+6 when verdaagd) from the day after `vanaf` (Awb 7:10). */
  beslissingOpBezwaarEinde(vanaf: IsoDatum, verdaagd: boolean, swv: Swv): Termijn;
  /** Beroep against a beslissing op bezwaar: 6 weeks, as the bezwaartermijn (Awb 6:7). */
  beroepstermijnEinde(bekendmaking: IsoDatum, swv: Swv): Termijn;
  /** Hoger beroep against an uitspraak: 6 weeks after it was sent (Awb 8:104, 6:7, 6:8). */
  hogerBeroepstermijnEinde(verzending: IsoDatum, swv: Swv): Termijn;
  /** The week after a bezwaar- or beroepstermijn in which a timely posted appeal may still arrive (Awb 6:9 lid 2). */
  nazendtermijnEinde(termijnEinde: IsoDatum, swv: Swv): Termijn;
  /** The next yearly evaluation of the OPP and the TLV (regelset `oppEvaluatie`, 001:1571). */
  evaluatieEinde(vanaf: IsoDatum, swv: Swv): Termijn;
}
