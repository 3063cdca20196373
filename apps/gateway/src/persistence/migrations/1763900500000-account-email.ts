import { MigrationInterface, QueryRunner } from 'typeorm';

/** A person's work e-mail, for the services' deadline digests (issue 15); signed into the actor and the directory card. */
export class AccountEmail1763900500000 implements MigrationInterface {
  name = 'AccountEmail1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.account ADD COLUMN email text CHECK (email ~ '^[^@\\s]+@[^@\\s]+$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE gateway.account DROP COLUMN email`);
  }
}
