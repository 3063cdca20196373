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

/** How urgent a deadline is: past, at most 5 working days left, or on time. */
export function termijnSignaal(vandaag: IsoDatum, vervaltOp: IsoDatum): { dagenResterend: number; signaal: Signaal } {
  const dagenResterend = dagenTussen(vandaag, vervaltOp);
  if (dagenResterend < 0) return { dagenResterend, signaal: 'verlopen' };
  // More than two weeks of calendar days always holds more than five working days.
  if (dagenResterend > 14) return { dagenResterend, signaal: 'op-tijd' };
  return { dagenResterend, signaal: werkdagenTot(vandaag, vervaltOp, 5) <= 5 ? 'risico' : 'op-tijd' };
}
