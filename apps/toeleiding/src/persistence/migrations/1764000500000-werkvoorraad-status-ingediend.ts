import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A status filter sorted newest first (sorteer=ingediend) read every case of the status in
 * the SWV and sorted them: closed statuses (onherroepelijk, verlopen …) grow with every
 * school year. With this index the page is an ordered range scan that stops after the page
 * (bench/landelijk: 5,900 buffers → a few hundred in the largest SWV of the national set).
 */
export class WerkvoorraadStatusIngediend1764000500000 implements MigrationInterface {
  name = 'WerkvoorraadStatusIngediend1764000500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX aanvraag_swv_status_ingediend ON toeleiding.aanvraag (swv, status, ingediend_op DESC NULLS LAST, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX toeleiding.aanvraag_swv_status_ingediend`);
  }
}
