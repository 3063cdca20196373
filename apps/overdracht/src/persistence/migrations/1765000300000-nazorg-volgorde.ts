import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The nazorg list in its own order (NAZORG_SORT: placed first, then the check date NULLS
 * LAST, then the id). Without it every page, first or deep, read the SWV's cases and sorted
 * them: 60 ms for the first page at 100,000 cases (35,000 in the list), 127 ms for a page
 * after a cursor in the middle (docs/benchmarks.md, "Deep pages by cursor"). With it each
 * keyset branch is a range that stops after the page. One index for the SWV-wide list, one
 * for a receiving school's (the school's id as an equality before the order); partial on
 * the two statuses the list shows.
 */
export class NazorgVolgorde1765000300000 implements MigrationInterface {
  name = 'NazorgVolgorde1765000300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX overdracht_nazorg_lijst_idx ON overdracht.overdracht (swv, (status = 'geplaatst') DESC, controledatum NULLS LAST, id) WHERE status IN ('geplaatst', 'gestart')`,
    );
    await q.query(
      `CREATE INDEX overdracht_nazorg_school_lijst_idx ON overdracht.overdracht (swv, ontvangende_school_id, (status = 'geplaatst') DESC, controledatum NULLS LAST, id) WHERE status IN ('geplaatst', 'gestart')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX overdracht.overdracht_nazorg_school_lijst_idx`);
    await q.query(`DROP INDEX overdracht.overdracht_nazorg_lijst_idx`);
  }
}
