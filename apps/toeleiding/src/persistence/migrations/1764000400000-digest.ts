import { MigrationInterface, QueryRunner } from 'typeorm';
import { digestTabelSql } from '@pao/zaak';

/** The daily deadline digest: which person got which day's mail, and the people's work e-mail. */
export class Digest1764000400000 implements MigrationInterface {
  name = 'Digest1764000400000';

  async up(q: QueryRunner): Promise<void> {
    // medewerkerTabelSql has the column for a schema made from now on; this one was made before.
    await q.query(`ALTER TABLE toeleiding.medewerker ADD COLUMN IF NOT EXISTS email text`);
    for (const sql of digestTabelSql('toeleiding')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE toeleiding.digest_verzonden`);
    await q.query(`ALTER TABLE toeleiding.medewerker DROP COLUMN email`);
  }
}
