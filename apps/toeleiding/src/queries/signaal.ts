import { atwKalender, civilDate, plusDagen as kalenderPlusDagen, weekdag } from '@pao/deadlines';
import { dagenTussen, type IsoDatum } from '../domain';

export type Signaal = 'verlopen' | 'risico' | 'op-tijd';

/**
 * Working days after `van` up to and including `laatsteDag` (Atw holidays off), at most
 * max + 1. Counted by arithmetic: weekdays of whole weeks, the rest day by day, minus the
 * holidays on weekdays in the range. Day by day, a deadline two years overdue cost ~500
 * calendar look-ups per row, and a werkvoorraad sorted by deadline shows those first
 * (bench:toeleiding at 1M cases: ~25 ms of a 30 ms request).
 */
export function werkdagenTot(van: IsoDatum, laatsteDag: IsoDatum, max: number): number {
  const dagen = dagenTussen(van, laatsteDag);
  if (dagen <= 0) return 0;
  const eerste = kalenderPlusDagen(civilDate(van), 1);
  let n = Math.floor(dagen / 7) * 5;
  for (let i = dagen - (dagen % 7); i < dagen; i++) if (weekdag(kalenderPlusDagen(eerste, i)) <= 5) n++;
  const vrij = new Set<string>();
  for (let jaar = Number(eerste.slice(0, 4)); jaar <= Number(laatsteDag.slice(0, 4)); jaar++) {
    for (const f of atwKalender.feestdagen(jaar)) if (f.datum >= eerste && f.datum <= laatsteDag && weekdag(f.datum) <= 5) vrij.add(f.datum);
  }
  return Math.min(n - vrij.size, max + 1);
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
