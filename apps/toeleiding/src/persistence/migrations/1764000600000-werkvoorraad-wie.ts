import { MigrationInterface, QueryRunner } from 'typeorm';

/** The open list's filter indexes (deadline order): name and the filter column before the deadline. */
const FILTERINDEXEN = [
  ['aanvraag_werkvoorraad_termijn', ''],
  ['aanvraag_werkvoorraad_soort', 'soort, '],
  ['aanvraag_werkvoorraad_school', 'school_id, '],
  ['aanvraag_werkvoorraad_partij', 'volgende_stap_partij, '],
] as const;

/**
 * The werkvoorraad at a million cases in one SWV (bench:toeleiding, BENCH_TLVS=715000).
 *
 * "Mijn zaken" and "zonder behandelaar": wie=niemand read ~690,000 open cases in deadline
 * order to reach the unassigned ones (2.6 s), and wie=mij with a status counted all cases
 * of the status (onherroepelijk: 786,500) to find the actor's (220 ms). The werkvoorraad now
 * filters on coalesce(behandelaar_id, '') = $x ('' for nobody): an equality, so the index
 * order after it serves the sort (IS NULL does not). One index per sort, open and per status.
 *
 * INCLUDE: the filter columns ride along in the indexes the bounded counts use, so a count
 * of "mijn zaken" of one soort, or of this week's deadlines of one soort owed by my role, is
 * an index-only scan; each row was read from the 2 GB table before (soort + mij: 295 ms,
 * soort + aan-zet + week: 190 ms). An expression index needs the column itself included
 * too, or PostgreSQL reads every row (the bounded count of 10,001: 8,300 heap reads, 96 ms).
 *
 * The counters (werkvoorraad_teller) take one update per counted change: vacuumed after
 * 1,000 dead rows instead of a fifth of a few hundred live ones, so a burst of changes (a
 * bulk import, a deadline storm) leaves no long chain of dead versions to read through.
 */
export class WerkvoorraadWie1764000600000 implements MigrationInterface {
  name = 'WerkvoorraadWie1764000600000';

  async up(q: QueryRunner): Promise<void> {
    const wie = `coalesce(behandelaar_id, '')`;
    const mee = (...extra: string[]) => `INCLUDE (${['behandelaar_id', 'soort', 'school_id', 'volgende_stap_partij', ...extra].join(', ')})`;
    await q.query(`CREATE INDEX aanvraag_wie_termijn ON toeleiding.aanvraag (swv, (${wie}), volgende_termijn_op, id) ${mee()} WHERE open`);
    await q.query(`CREATE INDEX aanvraag_wie_ingediend ON toeleiding.aanvraag (swv, (${wie}), ingediend_op DESC NULLS LAST, id) ${mee('volgende_termijn_op')} WHERE open`);
    await q.query(`CREATE INDEX aanvraag_wie_status_termijn ON toeleiding.aanvraag (swv, (${wie}), status, volgende_termijn_op, id) ${mee()}`);
    await q.query(`CREATE INDEX aanvraag_wie_status_ingediend ON toeleiding.aanvraag (swv, (${wie}), status, ingediend_op DESC NULLS LAST, id) ${mee('volgende_termijn_op')}`);
    // The open list's filter indexes (deadline order), now with the other filter columns.
    for (const [naam, kolom] of FILTERINDEXEN) {
      await q.query(`DROP INDEX toeleiding.${naam}`);
      await q.query(`CREATE INDEX ${naam} ON toeleiding.aanvraag (swv, ${kolom}volgende_termijn_op, id) ${mee()} WHERE open`);
    }
    await q.query(`DROP INDEX toeleiding.aanvraag_swv_status`);
    await q.query(`CREATE INDEX aanvraag_swv_status ON toeleiding.aanvraag (swv, status, volgende_termijn_op, id) ${mee()}`);
    // Newest first (sorteer=ingediend, API only): by the role owing the step, and over the cases
    // with a deadline (binnen=week: the concepts, without one, were read through to find none).
    await q.query(`CREATE INDEX aanvraag_partij_ingediend ON toeleiding.aanvraag (swv, volgende_stap_partij, ingediend_op DESC NULLS LAST, id) ${mee('volgende_termijn_op')} WHERE open`);
    await q.query(`CREATE INDEX aanvraag_termijn_ingediend ON toeleiding.aanvraag (swv, ingediend_op DESC NULLS LAST, id) ${mee('volgende_termijn_op')} WHERE open AND volgende_termijn_op IS NOT NULL`);
    // A status and a school (and a soort, this week): the status alone is up to 786,500 cases;
    // read within the school instead (status + school + soort + week: 214,000 index entries, 78 ms).
    await q.query(`CREATE INDEX aanvraag_school_status ON toeleiding.aanvraag (swv, school_id, status, volgende_termijn_op, id) ${mee()}`);
    await q.query(`ALTER TABLE toeleiding.werkvoorraad_teller SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE toeleiding.werkvoorraad_teller RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, fillfactor)`);
    for (const [naam, kolom] of FILTERINDEXEN) {
      await q.query(`DROP INDEX toeleiding.${naam}`);
      await q.query(`CREATE INDEX ${naam} ON toeleiding.aanvraag (swv, ${kolom}volgende_termijn_op, id) WHERE open`);
    }
    await q.query(`DROP INDEX toeleiding.aanvraag_swv_status`);
    await q.query(`CREATE INDEX aanvraag_swv_status ON toeleiding.aanvraag (swv, status, volgende_termijn_op, id)`);
    await q.query(`DROP INDEX toeleiding.aanvraag_partij_ingediend, toeleiding.aanvraag_termijn_ingediend, toeleiding.aanvraag_school_status`);
    await q.query(`DROP INDEX toeleiding.aanvraag_wie_termijn, toeleiding.aanvraag_wie_ingediend, toeleiding.aanvraag_wie_status_termijn, toeleiding.aanvraag_wie_status_ingediend`);
  }
}
