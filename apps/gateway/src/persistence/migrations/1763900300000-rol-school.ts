import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 16: the role `school`, a person of one school (organisatie = the school's id in
 * the toeleiding register; the board follows from that register).
 */
export class RolSchool1763900300000 implements MigrationInterface {
  name = 'RolSchool1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.account DROP CONSTRAINT IF EXISTS account_rol_check`);
    await q.query(
      `ALTER TABLE gateway.account ADD CONSTRAINT account_rol_check CHECK (rol IN ('consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder', 'school'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM gateway.account WHERE rol = 'school'`);
    await q.query(`ALTER TABLE gateway.account DROP CONSTRAINT IF EXISTS account_rol_check`);
    await q.query(`ALTER TABLE gateway.account ADD CONSTRAINT account_rol_check CHECK (rol IN ('consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder'))`);
  }
}
