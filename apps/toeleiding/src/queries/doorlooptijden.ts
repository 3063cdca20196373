import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type IsoDatum, type Swv } from '../domain';
import { type Doorlooptijden } from './antwoorden';

type Figures = z.output<typeof Doorlooptijden>;

/** The school's first signal (dossier), from the stored state: cases without it are left out of those figures. */
const SIGNAAL = `(a.state->'dossier'->>'eersteSignaalOp')::date`;

const STATISTIEK = (kolom: string) =>
  `json_build_object('mediaan', percentile_cont(0.5) WITHIN GROUP (ORDER BY ${kolom}), 'p90', percentile_cont(0.9) WITHIN GROUP (ORDER BY ${kolom}))`;

/**
 * Lead times per requesting school and month of the besluit: calendar days from
 * ingediend to besluit (suspension for aanvulling included: that is what the school
 * experiences) and from besluit to plaatsing (the wachtdagen); and, where the school
 * recorded its first signal, from that signal to besluit and to plaatsing (000:661-666).
 * Plus the SWV as a whole.
 */
export async function doorlooptijden(m: EntityManager, swv: Swv, van: IsoDatum, tot: IsoDatum): Promise<Figures> {
  const select = `count(*)::int AS aantal,
    ${STATISTIEK('(a.besluit_op - a.ingediend_op)')} AS "ingediendTotBesluitDagen",
    ${STATISTIEK('a.wachtdagen')} AS "besluitTotPlaatsingDagen",
    ${STATISTIEK(`(a.besluit_op - ${SIGNAAL})`)} AS "signaalTotBesluitDagen",
    ${STATISTIEK(`(a.besluit_op + a.wachtdagen - ${SIGNAAL})`)} AS "signaalTotPlaatsingDagen"`;
  const waar = `a.swv = $1 AND a.besluit_op BETWEEN $2 AND $3 AND a.ingediend_op IS NOT NULL`;
  const items: Figures['items'] = await m.query(
    `SELECT a.school_id AS "schoolId", s.naam AS "schoolNaam", to_char(a.besluit_op, 'YYYY-MM') AS maand, ${select}
     FROM toeleiding.aanvraag a LEFT JOIN toeleiding.school s ON s.id = a.school_id
     WHERE ${waar} GROUP BY 1, 2, 3 ORDER BY 3, 2`,
    [swv, van, tot],
  );
  const [totaal]: Array<Figures['totaal']> = await m.query(`SELECT ${select} FROM toeleiding.aanvraag a WHERE ${waar}`, [swv, van, tot]);
  return { van, tot, items, totaal };
}
