import { createHash } from 'node:crypto';
import { type TermijnIntentie } from '@pao/zaak';

/**
 * The transfer calendar is shared: every pupil of a cohort has the same advice date, the
 * same aanmelding deadline, the same first school day. A deadline on the engine is
 * therefore one per calendar date (soort + last day + rule version + warnings), not one
 * per pupil; each case lists the keys of the terms it declares (projection column
 * termijn_sleutels), and a date that passes acts on exactly the cases that declare it.
 * See docs/adr/0016-overdracht-calendar-dates-shared-per-date.md.
 */
export function kalenderSleutel(t: Pick<TermijnIntentie, 'soort' | 'vervaltOp' | 'regelVersie' | 'waarschuwingen' | 'bijVerstrijken'>): string {
  const regel = createHash('sha1')
    .update(JSON.stringify([t.regelVersie, t.waarschuwingen ?? [], t.bijVerstrijken ?? '']))
    .digest('hex')
    .slice(0, 10);
  return `overdracht.${t.soort}.${t.vervaltOp}.${regel}`;
}

const VERVOLG = '.na.';

/** A continuation of a calendar date that acts on more cases than one transaction should: the cases after `na`. */
export function vervolgSleutel(sleutel: string, na: string): string {
  return `${sleutel}${VERVOLG}${na}`;
}

export function leesSleutel(subject: string): { sleutel: string; na?: string } | undefined {
  if (!subject.startsWith('overdracht.')) return undefined;
  const i = subject.indexOf(VERVOLG);
  return i < 0 ? { sleutel: subject } : { sleutel: subject.slice(0, i), na: subject.slice(i + VERVOLG.length) };
}
