import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys for partner systems (gemeente): only the SHA-256 of a key is stored. */
export class ApiKeys1763900100000 implements MigrationInterface {
  name = 'ApiKeys1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE gateway.api_sleutel (
      sleutel_hash text PRIMARY KEY,
      account_id uuid NOT NULL REFERENCES gateway.account(id) ON DELETE CASCADE,
      omschrijving text NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now(),
      ingetrokken_op timestamptz
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE gateway.api_sleutel`);
  }
}
