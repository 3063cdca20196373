import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SWV-wide list of overdrachten (no cohort chosen) sorted every case of the SWV to show
 * the first 50: 18 ms and 6,800 buffers in the largest PO SWV of bench/landelijk (6,700
 * pupils), growing with every school year. In the list's own order it is a range scan that
 * stops after the page.
 */
export class SwvLijst1765000100000 implements MigrationInterface {
  name = 'SwvLijst1765000100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX overdracht_swv_lijst_idx ON overdracht.overdracht (swv, open DESC, volgende_datum NULLS LAST, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX overdracht.overdracht_swv_lijst_idx`);
  }
}
