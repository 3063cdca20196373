import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which SWVs exist is data (config/swv-register.json), not a list in the schema: the
 * CHECK (swv IN ('PO', 'VO')) becomes a check of the id's format only.
 */
export class SwvUitRegister1763900200000 implements MigrationInterface {
  name = 'SwvUitRegister1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.account DROP CONSTRAINT account_swv_check,
      ADD CONSTRAINT account_swv_formaat CHECK (swv ~ '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.account DROP CONSTRAINT account_swv_formaat, ADD CONSTRAINT account_swv_check CHECK (swv IN ('PO', 'VO'))`);
  }
}
