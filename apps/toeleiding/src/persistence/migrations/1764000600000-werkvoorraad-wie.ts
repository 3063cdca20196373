import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * "Mijn zaken" and "zonder behandelaar" at a million cases in one SWV (bench:toeleiding,
 * BENCH_TLVS=715000). Without these, wie=niemand read ~690,000 open cases in deadline order
 * to reach the unassigned ones (2.6 s), and wie=mij with a status counted all cases of the
 * status (onherroepelijk: 786,500) to find the actor's (220 ms). The werkvoorraad filters on
 * coalesce(behandelaar_id, '') = $x ('' for nobody): an equality, so the index order after
 * it serves the sort (IS NULL does not). One index per sort, for the open list and per status.
 * INCLUDE (behandelaar_id): without the column itself PostgreSQL reads every row for an
 * expression index, so the bounded count of 10,001 was 8,300 heap reads (96 ms), not an
 * index-only scan.
 *
 * The counters (werkvoorraad_teller) take one update per counted change: vacuumed after
 * 1,000 dead rows instead of a fifth of a few hundred live ones, so a burst of changes
 * (a bulk import, a deadline storm) leaves no long chain of dead versions to read through.
 */
export class WerkvoorraadWie1764000600000 implements MigrationInterface {
  name = 'WerkvoorraadWie1764000600000';

  async up(q: QueryRunner): Promise<void> {
    const wie = `coalesce(behandelaar_id, '')`;
    await q.query(`CREATE INDEX aanvraag_wie_termijn ON toeleiding.aanvraag (swv, (${wie}), volgende_termijn_op, id) INCLUDE (behandelaar_id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_wie_ingediend ON toeleiding.aanvraag (swv, (${wie}), ingediend_op DESC NULLS LAST, id) INCLUDE (behandelaar_id) WHERE open`);
    await q.query(`CREATE INDEX aanvraag_wie_status_termijn ON toeleiding.aanvraag (swv, (${wie}), status, volgende_termijn_op, id) INCLUDE (behandelaar_id)`);
    await q.query(`CREATE INDEX aanvraag_wie_status_ingediend ON toeleiding.aanvraag (swv, (${wie}), status, ingediend_op DESC NULLS LAST, id) INCLUDE (behandelaar_id)`);
    await q.query(`ALTER TABLE toeleiding.werkvoorraad_teller SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000, fillfactor = 50)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE toeleiding.werkvoorraad_teller RESET (autovacuum_vacuum_scale_factor, autovacuum_vacuum_threshold, fillfactor)`);
    await q.query(`DROP INDEX toeleiding.aanvraag_wie_termijn, toeleiding.aanvraag_wie_ingediend, toeleiding.aanvraag_wie_status_termijn, toeleiding.aanvraag_wie_status_ingediend`);
  }
}
