import { MigrationInterface, QueryRunner } from 'typeorm';

/** The case-service kit stores each state with its format version (parsed on load); existing states are format 1. */
export class ZaakFormaat1764000250000 implements MigrationInterface {
  name = 'ZaakFormaat1764000250000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE toeleiding.aanvraag ADD COLUMN formaat integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE toeleiding.aanvraag ALTER COLUMN formaat DROP DEFAULT`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE toeleiding.aanvraag DROP COLUMN formaat`);
  }
}
