import { MigrationInterface, QueryRunner } from 'typeorm';

const TABELLEN = ['school', 'leerling', 'aanvraag', 'telling'];

/**
 * Which SWVs exist is data (config/swv-register.json), not a list in the schema: every
 * CHECK (swv IN ('PO', 'VO')) becomes a check of the id's format only.
 */
export class SwvUitRegister1764000200000 implements MigrationInterface {
  name = 'SwvUitRegister1764000200000';

  async up(q: QueryRunner): Promise<void> {
    for (const tabel of TABELLEN) {
      await q.query(`ALTER TABLE toeleiding.${tabel} DROP CONSTRAINT ${tabel}_swv_check,
        ADD CONSTRAINT ${tabel}_swv_formaat CHECK (swv ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$')`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const tabel of TABELLEN) {
      await q.query(`ALTER TABLE toeleiding.${tabel} DROP CONSTRAINT ${tabel}_swv_formaat, ADD CONSTRAINT ${tabel}_swv_check CHECK (swv IN ('PO', 'VO'))`);
    }
  }
}
