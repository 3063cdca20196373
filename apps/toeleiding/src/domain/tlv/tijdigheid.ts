import { type IsoDatum } from '@pao/zaak/domein';
import { type TijdigheidRegel } from './soort';

/** When an appeal (bezwaar- or beroepschrift) was sent and received, against its term. */
export interface TijdigheidInvoer {
  /** Postmark (verzending per post); absent when delivered otherwise. */
  readonly verzondenOp?: IsoDatum;
  readonly ontvangenOp: IsoDatum;
  /** Last day of the bezwaar- or beroepstermijn (Atw applied). */
  readonly termijnEinde: IsoDatum;
  /** Last day a posted appeal may arrive: a week after the term (Awb 6:9 lid 2). */
  readonly nazendtermijnEinde: IsoDatum;
}

export interface Tijdigheid {
  readonly tijdig: boolean;
  readonly regel: TijdigheidRegel;
}

/**
 * Awb 6:9: on time when received before the end of the term (lid 1), or, sent by post,
 * posted before the end of the term and received no later than a week after (lid 2).
 * "Voor het einde" includes the last day itself. A late appeal is recorded; whether the
 * lateness is excusable (Awb 6:11) is the handler's decision, not a date rule.
 */
export function beoordeelTijdigheid(t: TijdigheidInvoer): Tijdigheid {
  if (t.ontvangenOp <= t.termijnEinde) return { tijdig: true, regel: 'awb-6:9-lid-1' };
  if (t.verzondenOp !== undefined && t.verzondenOp <= t.termijnEinde && t.ontvangenOp <= t.nazendtermijnEinde) {
    return { tijdig: true, regel: 'awb-6:9-lid-2' };
  }
  return { tijdig: false, regel: 'te-laat' };
}
