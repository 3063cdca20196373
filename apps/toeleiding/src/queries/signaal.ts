import { atwKalender, civilDate, plusDagen as kalenderPlusDagen } from '@pao/deadlines';
import { dagenTussen, type IsoDatum } from '../domain';

export type Signaal = 'verlopen' | 'risico' | 'op-tijd';

/** Working days left after today up to and including the last day (Atw holidays off). */
function werkdagenTot(vandaag: IsoDatum, laatsteDag: IsoDatum, max: number): number {
  let n = 0;
  for (let d = kalenderPlusDagen(civilDate(vandaag), 1); d <= laatsteDag && n <= max; d = kalenderPlusDagen(d, 1)) {
    if (atwKalender.isWerkdag(d)) n++;
  }
  return n;
}

/**
 * How urgent a deadline is: past, at most 5 working days left, or on time; with the
 * working days left (negative: working days past), so a screen speaks of werkdagen only.
 */
export function termijnSignaal(vandaag: IsoDatum, vervaltOp: IsoDatum): { dagenResterend: number; werkdagenResterend: number; signaal: Signaal } {
  const dagenResterend = dagenTussen(vandaag, vervaltOp);
  if (dagenResterend < 0) return { dagenResterend, werkdagenResterend: -werkdagenTot(vervaltOp, vandaag, 400), signaal: 'verlopen' };
  const werkdagenResterend = werkdagenTot(vandaag, vervaltOp, 400);
  return { dagenResterend, werkdagenResterend, signaal: werkdagenResterend <= 5 ? 'risico' : 'op-tijd' };
}
